"""Operations -> sync and async resource classes in ``ascapi.resources``, one module per
top-level namespace, plus ``ascapi._namespaces`` that hangs them on the clients.

Annotations are never evaluated at run time (``from __future__ import annotations``), so
models are imported under TYPE_CHECKING for the signatures and inside each method body for the
call: importing a resource module loads no model module.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .models import ModelGenerator, enum_values, ref_name
from .naming import pascal
from .operations import BodyField, Operation


@dataclass
class ResCtx:
    module: str
    models: dict[str, str] = field(default_factory=dict)        # class -> models module
    aliases: dict[tuple[str, ...], str] = field(default_factory=dict)  # Literal values -> alias
    uses_unset: bool = False
    uses_support: bool = False
    uses_dt: bool = False
    uses_overload: bool = False


def class_name(namespace: tuple[str, ...], is_async: bool) -> str:
    return ("Async" if is_async else "") + "".join(pascal(part) for part in namespace)


class ResourceWriter:
    def __init__(self, ops: list[Operation], models: ModelGenerator) -> None:
        self.ops = ops
        self.models = models
        self.modules: dict[str, list[Operation]] = defaultdict(list)
        for op in ops:
            self.modules[op.namespace[0]].append(op)

    def item_type(self, op: Operation) -> str | None:
        if op.item_type:
            return op.item_type
        return self.models.data_items.get(op.response_type or "")

    # -- annotations (for type checkers only) ----------------------------------------------

    def model(self, ctx: ResCtx, name: str) -> str:
        ctx.models[name] = self.models.exports[name]
        return name

    def literal(self, ctx: ResCtx, values: list[str]) -> str:
        key = tuple(values)
        if key not in ctx.aliases:
            ctx.aliases[key] = f"_Enum{len(ctx.aliases)}"
        return ctx.aliases[key]

    def value_type(self, ctx: ResCtx, schema: dict[str, Any], open_enum: bool) -> str:
        if "$ref" in schema:
            name = ref_name(schema)
            target = self.models.schemas[name]
            if target.get("type") == "object":
                return f"{self.model(ctx, name)} | Mapping[str, Any]"
            schema = target
        kind = schema.get("type")
        if kind == "array":
            return f"Sequence[{self.value_type(ctx, schema.get('items', {}), open_enum)}]"
        if kind == "string":
            values = enum_values(schema)
            if values:
                alias = self.literal(ctx, values)
                return f"{alias} | str" if open_enum else alias
            if schema.get("format") in ("date-time", "date"):
                ctx.uses_dt = True
                return f"_dt.{'datetime' if schema['format'] == 'date-time' else 'date'} | str"
            return "str"
        return {"integer": "int", "number": "float", "boolean": "bool"}.get(kind or "", "Any")

    # -- modules -----------------------------------------------------------------------------

    def generate(self) -> dict[str, str]:
        return {name: self.module_source(name, ops) for name, ops in sorted(self.modules.items())}

    def module_source(self, name: str, ops: list[Operation]) -> str:
        ctx = ResCtx(name)
        by_ns: dict[tuple[str, ...], list[Operation]] = defaultdict(list)
        for op in ops:
            by_ns[op.namespace].append(op)
        children: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for ns in by_ns:
            for depth in range(1, len(ns)):
                if ns[:depth + 1] not in children[ns[:depth]]:
                    children[ns[:depth]].append(ns[:depth + 1])
        namespaces = sorted(set(by_ns) | set(children), key=lambda ns: (len(ns), ns))
        blocks = []
        for is_async in (False, True):
            for ns in namespaces:
                blocks.append(self.class_source(ctx, ns, by_ns.get(ns, []), sorted(children.get(ns, [])), is_async))
        return self.render(ctx, blocks, any(children.values()))

    def render(self, ctx: ResCtx, blocks: list[str], has_children: bool) -> str:
        lines = [f'"""The ``{ctx.module}`` namespace of the client: every operation under it, sync and async."""',
                 "", "from __future__ import annotations", ""]
        if has_children:
            lines.append("from functools import cached_property")
        lines.append("from typing import TYPE_CHECKING, overload" if ctx.uses_overload
                     else "from typing import TYPE_CHECKING")
        lines.append("")
        lines.append("from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path")
        if ctx.uses_unset:
            lines.append("from ascapi._jsonapi import UNSET")
        lines.append("from ascapi._types import NOT_GIVEN")
        if ctx.uses_support:
            lines.append("from ascapi.resources import _support")
        lines += ["", "if TYPE_CHECKING:"]
        if ctx.uses_dt:
            lines.append("    import datetime as _dt")
        lines += ["    from collections.abc import Awaitable, Mapping, Sequence" if ctx.uses_overload
                  else "    from collections.abc import Mapping, Sequence",
                  "    from typing import Any, Literal", "",
                  "    import httpx", "",
                  "    from ascapi._jsonapi import UnsetType",
                  "    from ascapi._types import NotGiven",
                  "    from ascapi.pagination import AsyncPager, Page"]
        for cls, module in sorted(ctx.models.items(), key=lambda kv: (kv[1], kv[0])):
            lines.append(f"    from ascapi.models.{module} import {cls}")
        if ctx.aliases:
            lines.append("")
        for values, alias in ctx.aliases.items():
            lines.append(f"    {alias} = Literal[{', '.join(json.dumps(v) for v in values)}]")
        lines.append("")
        for block in blocks:
            lines += ["", block]
        return "\n".join(lines).rstrip() + "\n"

    def class_source(self, ctx: ResCtx, ns: tuple[str, ...], ops: list[Operation],
                     children: list[tuple[str, ...]], is_async: bool) -> str:
        cls = class_name(ns, is_async)
        base = "AsyncAPIResource" if is_async else "SyncAPIResource"
        first = ops[0].path if ops else ""
        lines = [f"class {cls}({base}):",
                 f'    """``client.{".".join(ns)}``{": " + first.split("{")[0].rstrip("/") if first else ""}"""']
        for child in children:
            child_cls = class_name(child, is_async)
            lines += ["", "    @cached_property", f"    def {child[-1]}(self) -> {child_cls}:",
                      f"        return {child_cls}(self._client)"]
        for op in sorted(ops, key=lambda o: o.method_name):
            lines += ["", self.method_source(ctx, op, is_async)]
        return "\n".join(lines)

    # -- methods -----------------------------------------------------------------------------

    def signature(self, ctx: ResCtx, op: Operation, is_async: bool) -> list[str]:
        args = ["self"]
        if op.has_id:
            args.append("id: str")
        if op.body_kind == "linkages":
            args.append("ids: Sequence[str] | None = None")
        elif op.body_kind == "linkage":
            ctx.uses_unset = True
            args.append("related_id: str | None | UnsetType = UNSET")
        args.append("*")
        query = [p for p in op.params if p.location == "query"]
        for p in sorted(query, key=lambda p: not p.required):
            ann = self.value_type(ctx, p.schema, open_enum=False)
            args.append(f"{p.keyword}: {ann}" if p.required else f"{p.keyword}: {ann} | None = None")
        if op.paged:
            args.append("cursor: str | None = None")
        if op.csv_choice:
            args.append('accept: Literal["application/json", "text/csv"] = "application/json"')
        if op.body_type:
            args.append(f"body: {self.model(ctx, op.body_type)} | Mapping[str, Any] | None = None")
        for f in op.body_fields:
            ctx.uses_unset = True
            args.append(f"{f.keyword}: {self.body_field_type(ctx, f)} | UnsetType = UNSET")
        if op.included_types:
            items = " | ".join(self.model(ctx, name) for name in op.included_types)
            args.append(f"included: Sequence[{items} | Mapping[str, Any]] | UnsetType = UNSET")
        args += ["extra_headers: Mapping[str, str] | None = None",
                 "extra_query: Mapping[str, Any] | None = None",
                 "timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN"]
        return args

    def body_field_type(self, ctx: ResCtx, f: BodyField) -> str:
        if f.kind == "many":
            return "Sequence[str] | str | None"
        if f.kind == "one":
            return "str | None"
        return f"{self.value_type(ctx, f.schema, open_enum=True)} | None"

    def return_type(self, ctx: ResCtx, op: Operation, is_async: bool) -> str:
        if op.result == "bytes":
            return "bytes"
        if op.result == "text":
            return "str"
        if op.response_type is None:
            return "None"
        response = self.model(ctx, op.response_type)
        if op.paged:
            item = self.item_type(op)
            if item:
                self.model(ctx, item)
            pager = "AsyncPager" if is_async else "Page"
            kind = f"{pager}[{response}, {item or 'Any'}]"
            if op.csv_choice:
                return f"{kind} | {'Awaitable[str]' if is_async else 'str'}"
            return kind
        return response

    def method_source(self, ctx: ResCtx, op: Operation, is_async: bool) -> str:
        args = self.signature(ctx, op, is_async)
        returns = self.return_type(ctx, op, is_async)
        # paged async methods return the AsyncPager itself: `await` it or `async for` over it
        head = "async def" if is_async and not op.paged else "def"
        lines = []
        if op.csv_choice:
            ctx.uses_overload = True
            lines += self.csv_overloads(op, args, returns, is_async)
        lines += [f"    {head} {op.method_name}(", *(f"        {a}," for a in args)]
        lines.append(f"    ) -> {returns}:")
        lines += self.docstring(op)
        body = self.call_body(ctx, op, is_async)
        lines += [f"        {line}" if line else "" for line in body]
        return "\n".join(lines)

    def csv_overloads(self, op: Operation, args: list[str], returns: str, is_async: bool) -> list[str]:
        """Two overloads so type checkers know ``accept="text/csv"`` gives text, else a page."""
        page, text = returns.split(" | ", 1)
        out = []
        for accept, result in (('accept: Literal["text/csv"]', text),
                               ('accept: Literal["application/json"] = "application/json"', page)):
            params = [accept if a.startswith("accept:") else a for a in args]
            out += ["    @overload", f"    def {op.method_name}(", *(f"        {a}," for a in params),
                    f"    ) -> {result}: ...", ""]
        return out

    def docstring(self, op: Operation) -> list[str]:
        lines = [f'        """{op.operation_id}', "", f"        {op.method} {op.path}"]
        if op.deprecated:
            lines += ["", "        Deprecated by Apple: calling it warns with DeprecationWarning."]
        if op.csv_choice:
            lines += ["", '        ``accept="text/csv"`` returns the CSV text instead of a page of JSON.']
        if op.body_kind == "document":
            lines += ["", "        Pass ``body`` (a request model or dict), or the keywords that fill it;",
                      "        keywords left out are not sent. Relationships take an id (or a list of ids)."]
        if op.included_types:
            lines += ["", "        ``included`` holds the resources created along with it; relationships name",
                      '        them by their local ids (e.g. ``"${price-1}"``).']
        lines += ["", f"        {op.doc_url}", '        """']
        return lines

    def params_dict(self, op: Operation) -> str:
        items = [f'"{p.wire}": {p.keyword}' for p in op.params if p.location == "query"]
        if op.paged:
            items.append('"cursor": cursor')
        return "{" + ", ".join(items) + "}"

    def maxima(self, op: Operation) -> str | None:
        found = {p.wire: p.maximum for p in op.params if p.maximum is not None}
        if not found:
            return None
        return "{" + ", ".join(f'"{k}": {v}' for k, v in found.items()) + "}"

    def call_body(self, ctx: ResCtx, op: Operation, is_async: bool) -> list[str]:
        lines: list[str] = []
        for name in sorted({n for n in (op.response_type, op.body_type) if n}):
            if name == op.response_type:
                lines.append(f"from ascapi.models.{self.models.exports[name]} import {name}")
        if lines:
            lines.append("")
        lines += self.body_lines(ctx, op)
        target = f'path("{op.path}", id=id)' if op.has_id else f'"{op.path}"'
        kwargs = [f"params={self.params_dict(op)}"] if any(p.location == "query" for p in op.params) or op.paged else []
        maxima = self.maxima(op)
        if maxima:
            kwargs.append(f"maxima={maxima}")
        if op.body_type:
            kwargs.append("body=body")
        if op.deprecated:
            kwargs.append(f'deprecated="{op.operation_id}"')
        kwargs.append("options=options(extra_headers, extra_query, timeout)")
        awaiting = "await " if is_async else ""
        if op.paged:
            page = ["return self._client._get_page(", f"    {target},",
                    *(f"    {k}," for k in kwargs[:-1]), f"    response_type={op.response_type},", f"    {kwargs[-1]},", ")"]
            if op.csv_choice:
                # not awaited here: the async twin hands back the coroutine, so that
                # `await` gives the CSV text just as it gives the first page of JSON
                call = ["return self._client._call(", '    "GET",', f"    {target},",
                        *(f"    {k}," for k in kwargs[:-1]), '    result="text",', '    accept="text/csv",',
                        f"    {kwargs[-1]},", ")"]
                lines += ['if accept == "text/csv":', *(f"    {c}" for c in call)]
            return lines + page
        extra = []
        if op.result != "json":
            extra.append(f'result="{op.result}"')
        elif op.response_type:
            extra.append(f"response_type={op.response_type}")
        if op.accept:
            extra.append(f'accept="{op.accept}"')
        return [*lines, f"return {awaiting}self._client._call(", f'    "{op.method}",', f"    {target},", *(f"    {k}," for k in kwargs[:-1] + extra), f"    {kwargs[-1]},", ")"]

    def body_lines(self, ctx: ResCtx, op: Operation) -> list[str]:
        if op.body_kind is None:
            return []
        ctx.uses_support = True
        if op.body_kind == "linkages":
            return ["if body is None:", f'    body = _support.linkages("{op.body_type_name}", ids)']
        if op.body_kind == "linkage":
            return ["if body is None:", f'    body = _support.linkage("{op.body_type_name}", related_id)']
        attrs = ", ".join(f'"{f.wire}": {self.attribute_value(f)}' for f in op.body_fields if f.kind == "attribute")
        rels = ", ".join(f'"{f.wire}": ("{f.type_name}", {f.kind == "many"}, {f.keyword})'
                         for f in op.body_fields if f.kind != "attribute")
        keywords = [f.keyword for f in op.body_fields] + (["included"] if op.included_types else [])
        given = " or ".join(f"{k} is not UNSET" for k in keywords) or "False"
        included = ["    included=included,"] if op.included_types else []
        return [
            "body = _support.document(",
            "    body,",
            f"    {given},",
            f'    "{op.body_type_name}",',
            f"    {'id' if op.method == 'PATCH' and op.has_id else 'None'},",
            f"    {{{attrs}}},",
            f"    {{{rels}}},",
            f"    attributes_required={op.attributes_required},",
            *included,
            ")",
        ]

    @staticmethod
    def attribute_value(f: BodyField) -> str:
        """The keyword, checked on the way in when it is a date or a date-time (both are `date`s)."""
        check = {"date": "day", "date-time": "instant"}.get(f.schema.get("format", ""))
        return f'_support.{check}({f.keyword}, "{f.keyword}")' if check else f.keyword


SUPPORT = '''"""Run-time helpers of the generated resources: request documents from keyword arguments."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any

from ascapi._jsonapi import UNSET
from ascapi.errors import InvalidArgumentError


def document(
    body: Any,
    keywords_given: bool,
    type_name: str,
    id: str | None,
    attributes: Mapping[str, Any],
    relationships: Mapping[str, tuple[str, bool, Any]],
    *,
    attributes_required: bool,
    included: Any = UNSET,
) -> Any:
    """The request document: ``body`` as given, or one built from the keywords (UNSET = not sent)."""
    if body is not None:
        if keywords_given:
            raise InvalidArgumentError("pass either body= or attribute/relationship keywords, not both")
        return body
    data: dict[str, Any] = {"type": type_name}
    if id is not None:
        data["id"] = id
    attrs = {k: v for k, v in attributes.items() if v is not UNSET}
    if attrs or attributes_required:
        data["attributes"] = attrs
    rels = {}
    for name, (target, many, value) in relationships.items():
        if value is UNSET:
            continue
        if many:
            ids = [value] if isinstance(value, str) else list(value or ())
            rels[name] = {"data": [{"type": target, "id": i} for i in ids]}
        else:
            rels[name] = {"data": None if value is None else {"type": target, "id": value}}
    if rels:
        data["relationships"] = rels
    if included is UNSET:
        return {"data": data}
    return {"data": data, "included": list(included)}


def day(value: Any, keyword: str) -> Any:
    """A `format: date` attribute: a datetime at midnight counts as its day; any other
    time of day is refused rather than sent as a timestamp the API rejects."""
    if isinstance(value, datetime.datetime):
        if value.timetz() != datetime.time(0, tzinfo=value.tzinfo):
            raise InvalidArgumentError(
                f"{keyword} is a date; pass a datetime.date (or {value.date().isoformat()!r}), not a datetime"
            )
        return value.date()
    return value


def instant(value: Any, keyword: str) -> Any:
    """A `format: date-time` attribute must say its offset: RFC 3339 has no local times."""
    if isinstance(value, datetime.datetime) and value.utcoffset() is None:
        raise InvalidArgumentError(
            f"{keyword} has no time zone; pass an aware datetime, e.g. datetime(..., tzinfo=datetime.timezone.utc)"
        )
    return value


def linkages(type_name: str, ids: Sequence[str] | str | None) -> dict[str, Any]:
    """``{"data": [{"type": ..., "id": ...}, ...]}`` for to-many relationship requests."""
    if ids is None:
        raise InvalidArgumentError("pass the related ids (or body=)")
    items = [ids] if isinstance(ids, str) else list(ids)
    return {"data": [{"type": type_name, "id": i} for i in items]}


def linkage(type_name: str, related_id: Any) -> dict[str, Any]:
    """``{"data": {"type": ..., "id": ...}}`` (or null) for to-one relationship requests."""
    if related_id is UNSET:
        raise InvalidArgumentError("pass the related id, None to clear it, or body=")
    return {"data": None if related_id is None else {"type": type_name, "id": related_id}}
'''


def namespaces_source(ops: list[Operation]) -> str:
    tops = sorted({op.namespace[0] for op in ops})
    lines = ['"""Top-level resource namespaces of ``Client`` and ``AsyncClient``.',
             "",
             "Each property imports its resource module on first use, so ``import ascapi`` loads none.",
             '"""',
             "",
             "from __future__ import annotations",
             "",
             "from functools import cached_property",
             "from typing import TYPE_CHECKING, cast",
             "",
             "if TYPE_CHECKING:",
             "    from ascapi._client import AsyncClient, Client"]
    for top in tops:
        lines.append(f"    from ascapi.resources.{top} import {class_name((top,), True)}, {class_name((top,), False)}")
    for is_async in (False, True):
        owner = "AsyncNamespaces" if is_async else "SyncNamespaces"
        client = "AsyncClient" if is_async else "Client"
        lines += ["", "", f"class {owner}:",
                  f'    """The resource namespaces of ``{client}``."""']
        for top in tops:
            cls = class_name((top,), is_async)
            lines += ["", "    @cached_property", f"    def {top}(self) -> {cls}:",
                      f"        from ascapi.resources.{top} import {cls}", "",
                      f'        return {cls}(cast("{client}", self))']
    return "\n".join(lines) + "\n"


def registry_source(ops: list[Operation]) -> str:
    schemas: dict[str, int] = {}
    rows = []
    for op in ops:
        params = []
        for p in op.params:
            index = schemas.setdefault(json.dumps(p.schema, sort_keys=True), len(schemas))
            params.append(repr((p.wire, p.keyword, p.location, p.required, index, p.deprecated)))
        row = (op.operation_id, op.method, op.path, op.python_path, "@PARAMS@", op.body_type,
               op.response_type, op.paged, op.result, op.deprecated, tuple(op.tags), op.csv_choice)
        rows.append("    " + repr(row).replace("'@PARAMS@'", "(" + "".join(f"{p}, " for p in params) + ")") + ",")
    schema_src = ",\n".join(f"    {json.loads(s)!r}" for s in schemas)
    return (
        '"""One row per operation of the spec; read through ``ascapi.operations()``.\n\n'
        "Row: (operation_id, method, path, python_path, params, body_type, response_type, paged,\n"
        "result, deprecated, tags, csv); a param is (wire, keyword, location, required, schema index,\n"
        'deprecated) and its schema is ``SCHEMAS[index]``.\n"""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import Any\n\n"
        f"SCHEMAS: tuple[dict[str, Any], ...] = (\n{schema_src},\n)\n\n"
        "OPERATIONS: tuple[tuple[Any, ...], ...] = (\n" + "\n".join(rows) + "\n)\n"
    )
