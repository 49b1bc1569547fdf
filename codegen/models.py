"""Component schemas -> msgspec Structs in ``ascapi.models``, one module per schema.

One module per schema keeps imports minimal: decoding ``AppsResponse`` loads ``App`` and the
resources that may be ``included``, nothing else. Inline objects become classes in the module of
the schema that holds them, named by their path (``AppAttributes``, ``AppRelationshipsBuilds``),
and identical inline shapes within a module share one class.

Every field is optional and nullable at run time (lenient decoding); what the spec says is kept in
the strict-validation metadata (``__ascapi_required__``, ``__ascapi_nullable__``,
``__ascapi_enums__``) that ``ascapi._jsonapi.validate_strict`` reads. Type checkers see what the
spec says where only responses use a schema: a required member is declared twice, plainly
(``data: App``) under ``if TYPE_CHECKING:`` and leniently (``App | None | UnsetType = UNSET``) in
its ``else:``, the one msgspec reads. Enums are ``str`` at run time and ``Literal[...] | str`` for
type checkers (``_L`` is ``typing.Literal`` only under TYPE_CHECKING; at run time ``_L[...]``
evaluates to ``str``).

``included`` arrays are typed, at run time, with ``Included.of(mapping)``: the JSON:API type ->
model mapping of that array's own discriminator, because one type may mean different schemas in
different documents (``inAppPurchases`` is ``InAppPurchase`` in ``AppResponse`` but
``InAppPurchaseV2`` elsewhere). ``ascapi.models`` also fills the package-wide registry, used for
the types a document does not list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .naming import pascal, snake
from .spec import Spec, operations

REF = "#/components/schemas/"


def ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).removeprefix(REF)


def enum_values(node: dict[str, Any]) -> list[str] | None:
    """The values of a non-empty string enum; an empty enum (spec bug) is a free string."""
    values = node.get("enum")
    return [str(v) for v in values] if values else None


def literal(values: list[str]) -> str:
    return "_L[" + ", ".join(json.dumps(v) for v in values) + "] | str"


@dataclass
class ModuleCtx:
    name: str                                     # module name under ascapi.models
    imports: dict[str, str] = field(default_factory=dict)   # class -> module it comes from
    classes: list[str] = field(default_factory=list)        # class source blocks, in order
    shapes: dict[str, str] = field(default_factory=dict)    # canonical inline schema -> class
    enum_consts: dict[tuple[str, ...], str] = field(default_factory=dict)
    uses: set[str] = field(default_factory=set)             # "dt", "Any", "Included"
    exported: list[str] = field(default_factory=list)
    type_imports: dict[str, str] = field(default_factory=dict)  # only for type checkers
    # included discriminator mapping (type -> schema) -> alias
    unions: dict[tuple[tuple[str, str], ...], str] = field(default_factory=dict)
    plain_required: bool = False  # type checkers see required members without None/UNSET


class ModelGenerator:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.schemas
        self.modules: dict[str, str] = {}
        for name in self.schemas:
            module = snake(name)
            if module in self.modules.values():
                raise ValueError(f"two schemas map to module {module}")
            self.modules[name] = module
        self.documents = self._response_documents()
        self.response_only = self._response_only()
        self.taken: set[str] = set(self.schemas)   # class names in use across the package
        self.exports: dict[str, str] = {}          # class name -> module
        self.data_items: dict[str, str] = {}       # document -> class of its `data` list items

    def _response_documents(self) -> set[str]:
        names: set[str] = set()
        for _, _, op, _ in operations(self.spec.doc):
            for response in op["responses"].values():
                for media in response.get("content", {}).values():
                    schema = media.get("schema", {})
                    if "$ref" in schema and self.schemas[ref_name(schema)].get("type") == "object":
                        names.add(ref_name(schema))
        return names

    def _response_only(self) -> set[str]:
        """Schemas that responses use and request bodies do not (users never build these)."""
        roots: dict[str, set[str]] = {"responses": set(), "requests": set()}
        for _, _, op, _ in operations(self.spec.doc):
            for response in op["responses"].values():
                self._refs(response.get("content", {}), roots["responses"])
            self._refs(op.get("requestBody", {}).get("content", {}), roots["requests"])
        reached = {key: self._closure(names) for key, names in roots.items()}
        return reached["responses"] - reached["requests"]

    def _closure(self, names: set[str]) -> set[str]:
        seen: set[str] = set()
        stack = sorted(names)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                found: set[str] = set()
                self._refs(self.schemas[name], found)
                stack.extend(sorted(found - seen))
        return seen

    def _refs(self, node: Any, found: set[str]) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                found.add(ref_name(node))
            for value in node.values():
                self._refs(value, found)
        elif isinstance(node, list):
            for value in node:
                self._refs(value, found)

    # -- public ---------------------------------------------------------------------------

    def generate(self) -> dict[str, str]:
        """Module name -> source body (without banner), for every schema."""
        out = {}
        for name in self.schemas:
            out[self.modules[name]] = self.module_source(name)
        return out

    def included_types(self) -> dict[str, str]:
        """JSON:API type -> "module:Class" for the registry that decodes ``included``.

        Where several schemas share a type (v1/v2 variants, inline-create shapes), the one that
        response documents' discriminators name most often wins (ties: the later version)."""
        votes: dict[str, dict[str, int]] = {}
        for schema in self.schemas.values():
            self._count_mappings(schema, votes)
        table = {}
        for type_name, counts in sorted(votes.items()):
            best = max(sorted(counts), key=lambda n: (counts[n], n))
            table[type_name] = f"ascapi.models.{self.modules[best]}:{best}"
        return table

    def _count_mappings(self, node: Any, votes: dict[str, dict[str, int]]) -> None:
        if isinstance(node, dict):
            mapping = node.get("discriminator", {}).get("mapping", {})
            for type_name, target in mapping.items():
                name = target.removeprefix(REF)
                if not name.endswith("InlineCreate"):
                    counts = votes.setdefault(type_name, {})
                    counts[name] = counts.get(name, 0) + 1
            for value in node.values():
                self._count_mappings(value, votes)
        elif isinstance(node, list):
            for value in node:
                self._count_mappings(value, votes)

    # -- modules ----------------------------------------------------------------------------

    def module_source(self, name: str) -> str:
        schema = self.schemas[name]
        ctx = ModuleCtx(self.modules[name], plain_required=name in self.response_only)
        if schema.get("type") == "object":
            base = "Document" if name in self.documents else "Model"
            self.emit_class(ctx, name, schema, base)
        else:
            ctx.exported.append(name)
            self.exports[name] = ctx.name
        return self.render(ctx, name, schema)

    def render(self, ctx: ModuleCtx, name: str, schema: dict[str, Any]) -> str:
        lines = ["from __future__ import annotations", ""]
        lines += ["from typing import TYPE_CHECKING"]
        if "Any" in ctx.uses:
            lines[-1] = "from typing import TYPE_CHECKING, Any"
        if "dt" in ctx.uses:
            lines.insert(2, "import datetime as _dt")
        if ctx.classes:
            lines.append("")
            lines.append("import msgspec")
            bases = sorted({"Model", "UNSET", "UnsetType"} | ({"Document"} if "Document" in ctx.uses else set())
                           | ({"Included"} if "Included" in ctx.uses else set()))
            lines.append(f"from ascapi._jsonapi import {', '.join(bases)}")
        for cls, module in sorted(ctx.imports.items(), key=lambda kv: (kv[1], kv[0])):
            lines.append(f"from ascapi.models.{module} import {cls}")
        lines += ["", "if TYPE_CHECKING:", "    from typing import Literal as _L", ""]
        if ctx.unions:
            lines.append("    from ascapi._jsonapi import Resource")
        for cls, module in sorted(ctx.type_imports.items(), key=lambda kv: (kv[1], kv[0])):
            if cls in ctx.imports:
                continue
            lines.append(f"    from ascapi.models.{module} import {cls}")
        for mapping, alias in ctx.unions.items():
            names = sorted({target for _, target in mapping})
            lines.append(f"    {alias} = {' | '.join((*names, 'Resource'))}")
        lines += ["else:", "    from ascapi.models._support import Lit as _L", ""]
        for mapping, alias in ctx.unions.items():
            targets = ", ".join(f"{json.dumps(t)}: \"ascapi.models.{self.modules[n]}:{n}\""
                                for t, n in mapping)
            lines.append(f"    {alias} = Included.of({{{targets}}})")
        lines.append("")
        lines.append(f"__all__ = [{', '.join(json.dumps(c) for c in ctx.exported)}]")
        lines.append("")
        if schema.get("type") != "object":
            values = enum_values(schema)
            if values:
                lines.append(f"{name} = {literal(values).removesuffix(' | str')}")
                lines.append('"""Open enum: values Apple adds later decode as plain strings."""')
            elif schema.get("format") == "binary":
                lines.append(f"{name} = bytes")
            else:
                lines.append(f"{name} = str")
        for members, const in ctx.enum_consts.items():
            lines.append(f"{const} = frozenset({{{', '.join(json.dumps(v) for v in members)}}})")
        for block in ctx.classes:
            lines += ["", "", block]
        return "\n".join(lines).rstrip() + "\n"

    def class_name(self, ctx: ModuleCtx, hint: str) -> str:
        name = hint
        n = 2
        while name in self.taken:
            name = f"{hint}{n}"
            n += 1
        self.taken.add(name)
        return name

    def emit_class(self, ctx: ModuleCtx, cls: str, schema: dict[str, Any], base: str) -> None:
        if base == "Document":
            ctx.uses.add("Document")
        ctx.exported.append(cls)
        self.exports[cls] = ctx.name
        # reserve the slot first so a class reads before the inline classes it creates
        slot = len(ctx.classes)
        ctx.classes.append("")
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", []))
        fields: list[str] = []
        req, nullable, enums = [], [], []
        # consecutive required members: (as type checkers see them, as msgspec does)
        plain: tuple[list[str], list[str]] = ([], [])
        seen: dict[str, str] = {}
        for wire, prop in props.items():
            attr = snake(wire)
            if attr in seen:
                raise ValueError(f"{cls}: {wire} and {seen[attr]} both become {attr}")
            seen[attr] = wire
            ann = self.annotation(ctx, prop, cls + pascal(wire))
            if wire == "data" and cls in self.schemas and ann.startswith("list["):
                self.data_items[cls] = ann[5:-1]
            rename = "" if attr == wire else f', name="{wire}"'
            default = f"msgspec.field(default=UNSET{rename})" if rename else "UNSET"
            lenient = f"{attr}: {ann} | None | UnsetType = {default}"
            if ctx.plain_required and wire in required:
                plain[0].append(f"        {attr}: {ann}{' | None' if prop.get('nullable') else ''}")
                plain[1].append(f"        {lenient}")
            else:
                fields += self.plain_block(plain)
                fields.append(f"    {lenient}")
            if wire in required:
                req.append(attr)
            if prop.get("nullable"):
                nullable.append(attr)
            values = self.enum_of(prop)
            if values:
                enums.append((attr, self.enum_const(ctx, values)))
        fields += self.plain_block(plain)
        # kw_only: type checkers accept members without a default after ones with a default
        keywords = ", kw_only=True" if any(f.startswith("    if TYPE_CHECKING") for f in fields) else ""
        body = [f"class {cls}({base}{keywords}):", *fields]
        if req:
            body.append(f"    __ascapi_required__ = frozenset({{{', '.join(json.dumps(a) for a in sorted(req))}}})")
        # an explicit empty set tells strict validation that nothing here may be null
        members = ", ".join(json.dumps(a) for a in sorted(nullable))
        body.append(f"    __ascapi_nullable__ = frozenset({{{members}}})" if nullable
                    else "    __ascapi_nullable__ = frozenset[str]()")
        if enums:
            pairs = ", ".join(f'"{a}": {c}' for a, c in enums)
            body.append(f"    __ascapi_enums__ = {{{pairs}}}")
        ctx.classes[slot] = "\n".join(body)

    @staticmethod
    def plain_block(plain: tuple[list[str], list[str]]) -> list[str]:
        """The pending required members, twice: typed plainly for type checkers, leniently for
        msgspec (which reads the ``else:`` branch); the pending lists are emptied."""
        checked, lenient = plain
        if not checked:
            return []
        block = ["    if TYPE_CHECKING:", *checked, "    else:", *lenient]
        checked.clear()
        lenient.clear()
        return block

    def enum_of(self, prop: dict[str, Any]) -> list[str] | None:
        node = prop
        if node.get("type") == "array":
            node = node.get("items", {})
        if "$ref" in node:
            node = self.schemas[ref_name(node)]
        return enum_values(node) if node.get("type") == "string" else None

    def enum_const(self, ctx: ModuleCtx, values: list[str]) -> str:
        key = tuple(values)
        if key not in ctx.enum_consts:
            ctx.enum_consts[key] = f"_E{len(ctx.enum_consts)}"
        return ctx.enum_consts[key]

    # -- annotations ------------------------------------------------------------------------

    def annotation(self, ctx: ModuleCtx, node: dict[str, Any], hint: str) -> str:
        if "$ref" in node:
            return self.ref_annotation(ctx, ref_name(node))
        if "oneOf" in node:
            return self.one_of(ctx, node)
        kind = node.get("type")
        if kind == "array":
            return f"list[{self.annotation(ctx, node.get('items', {}), hint)}]"
        if kind == "object":
            if not node.get("properties"):
                ctx.uses.add("Any")
                return "dict[str, Any]"
            return self.inline_class(ctx, node, hint)
        if kind == "string":
            values = enum_values(node)
            if values:
                return literal(values)
            fmt = node.get("format")
            if fmt in ("date-time", "date"):
                ctx.uses.add("dt")
                return "_dt.datetime" if fmt == "date-time" else "_dt.date"
            return "bytes" if fmt == "binary" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        ctx.uses.add("Any")
        return "Any"

    def ref_annotation(self, ctx: ModuleCtx, name: str) -> str:
        target = self.schemas[name]
        if target.get("type") != "object":
            # enums and string aliases are inlined: no import just to learn it is a str
            return self.annotation(ctx, {k: v for k, v in target.items() if k != "title"}, name)
        if self.modules[name] != ctx.name:
            ctx.imports[name] = self.modules[name]
        return name

    def one_of(self, ctx: ModuleCtx, node: dict[str, Any]) -> str:
        members = node["oneOf"]
        if "discriminator" in node:
            # decoded by JSON:API type through the registry; typed as the union for checkers
            ctx.uses.add("Included")
            declared = node["discriminator"].get("mapping", {})
            mapping = tuple(sorted((t, str(target).removeprefix(REF)) for t, target in declared.items()))
            for name in sorted({ref_name(m) for m in members}):
                if self.modules[name] != ctx.name:
                    ctx.type_imports[name] = self.modules[name]
            if mapping not in ctx.unions:
                ctx.unions[mapping] = f"_Included{len(ctx.unions) or ''}"
            return ctx.unions[mapping]
        objects = [m for m in members if ("$ref" in m and self.schemas[ref_name(m)].get("type") == "object")
                   or m.get("type") == "object"]
        others = [m for m in members if m not in objects]
        if len(objects) <= 1 and len(others) <= 1:
            # msgspec can tell one str-like member from one object member apart
            parts = [self.annotation(ctx, m, "Member") for m in others + objects]
            return " | ".join(parts)
        # several undiscriminated objects (error sources, request `included`): keep them as dicts
        ctx.uses.add("Any")
        return "dict[str, Any]"

    def inline_class(self, ctx: ModuleCtx, node: dict[str, Any], hint: str) -> str:
        shape = json.dumps(node, sort_keys=True)
        if shape in ctx.shapes:
            return ctx.shapes[shape]
        cls = self.class_name(ctx, hint)
        ctx.shapes[shape] = cls
        self.emit_class(ctx, cls, node, "Model")
        return cls


SUPPORT = '''"""Run-time helpers of the generated models."""

from __future__ import annotations

from typing import Any


class _OpenLiteral:
    """``Lit["A", "B"]`` is ``str`` at run time, so msgspec decodes values Apple adds later;
    type checkers see ``typing.Literal`` instead (the models import it under TYPE_CHECKING)."""

    def __getitem__(self, values: Any) -> type[str]:
        return str


Lit = _OpenLiteral()
'''


def package_init(exports: dict[str, str], included: dict[str, str]) -> str:
    """``ascapi.models``: classes load on first attribute access; ``included`` types registered."""
    names = ",\n".join(f"    {json.dumps(name)}: {json.dumps(module)}" for name, module in sorted(exports.items()))
    types = ",\n".join(f"    {json.dumps(t)}: {json.dumps(target)}" for t, target in sorted(included.items()))
    return f'''"""Models of every App Store Connect schema (msgspec Structs), loaded lazily.

``from ascapi.models import App`` imports only the module that defines ``App``.
"""

from __future__ import annotations

import importlib
from typing import Any

from ascapi._jsonapi import INCLUDED

_MODULES: dict[str, str] = {{
{names},
}}

# JSON:API type -> model, for decoding `included` items (imported when first seen).
INCLUDED.register_many({{
{types},
}})


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f"{{__name__}}.{{module}}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = sorted(_MODULES)
'''


def package_stub(exports: dict[str, str]) -> str:
    """``ascapi/models/__init__.pyi``: what the lazy ``__getattr__`` returns, for type checkers."""
    lines = ['"""Type checkers\' view of ``ascapi.models``: each class from its own module."""', ""]
    for name, module in sorted(exports.items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"from ascapi.models.{module} import {name} as {name}")
    return "\n".join(lines) + "\n"
