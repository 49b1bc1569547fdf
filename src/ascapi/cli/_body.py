"""Request bodies from flags: one flag per keyword of the generated method.

``client.beta_groups.create(name="QA", app="123")`` is
``ascapi beta-groups create --name QA --app 123``: attributes and relationship ids are the
method's keyword parameters, so the flags are read from its signature (and, for enums, from the
``Literal`` aliases its module declares for type checkers). This runs only when the command does.
"""

from __future__ import annotations

import argparse
import ast
import functools
import inspect
import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ._app import ArgumentsError, _read_body

if TYPE_CHECKING:
    from .._operations import Operation

# Keywords every generated method takes, and the options every command has.
NOT_FIELDS = frozenset({"body", "extra_headers", "extra_query", "timeout"})
RESERVED = frozenset({"body", "output", "columns", "all", "help"})
DEST_PREFIX = "field_"  # flags' attribute names, apart from those of query parameters
SCALARS = {"str": "string", "int": "integer", "float": "number", "bool": "boolean"}
DATE_TYPES = {"date": "DATE", "datetime": "DATETIME"}


@dataclass(frozen=True, slots=True)
class Field:
    """One keyword of a method's request body, as the command line takes it."""

    keyword: str
    kind: str  # "string" | "integer" | "number" | "boolean" | "list" | "json"
    choices: tuple[str, ...] = ()  # for a list: what each item may be
    needed: bool = False  # the method cannot do without it unless --body is given
    metavar: str = "VALUE"

    @property
    def flag(self) -> str:
        return "--" + self.keyword.replace("_", "-")

    @property
    def dest(self) -> str:
        return DEST_PREFIX + self.keyword


def fields(op: Operation) -> list[Field]:
    """The body keywords of ``op``'s method: attributes, relationship ids, linkage ids."""
    method = _method(op)
    aliases = _enum_aliases(method.__module__)
    taken = {param.keyword for param in op.params} | NOT_FIELDS
    found = []
    for param in inspect.signature(method).parameters.values():
        if param.name in taken or param.name in RESERVED:
            continue
        field = _field(param.name, str(param.annotation), aliases)
        # Linkage ids (`ids`, `related_id`) come right after the resource id, not keyword-only.
        found.append(replace(field, needed=param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD))
    return found


def add_flags(parser: argparse.ArgumentParser, op: Operation) -> None:
    """Add the body's flags and ``--body`` (either, not both) to ``parser``."""
    group = parser.add_argument_group("request body (flags, or --body with the whole document)")
    group.add_argument("--body", help=f"{op.body_type} as JSON, @FILE, or - for stdin")
    for field in fields(op):
        help_text = "required unless --body is given" if field.needed else None
        if field.kind == "boolean":
            group.add_argument(
                field.flag, dest=field.dest, action=argparse.BooleanOptionalAction, help=help_text
            )
        elif field.kind == "list":
            group.add_argument(
                field.flag,
                dest=field.dest,
                action="append",
                type=_items(field.choices),
                metavar=f"{field.metavar}[,{field.metavar}]",
                help=_joined(help_text, _one_of(field.choices), "comma-separated or repeated"),
            )
        else:
            group.add_argument(
                field.flag,
                dest=field.dest,
                type=_CONVERTERS[field.kind],
                choices=field.choices or None,
                metavar=field.metavar,
                help=_joined(help_text, _one_of(field.choices)),
            )


def keywords(args: argparse.Namespace, found: list[Field]) -> dict[str, Any]:
    """The keywords to call the method with: the given flags, or ``body=`` from ``--body``."""
    given = {f: getattr(args, f.dest) for f in found if getattr(args, f.dest) is not None}
    if args.body is not None:
        if given:
            flags = ", ".join(f.flag for f in given)
            raise ArgumentsError(f"--body cannot be combined with {flags}; pass one or the other")
        return {"body": _read_body(args.body)}
    missing = [f.flag for f in found if f.needed and f not in given]
    if missing:
        raise ArgumentsError(f"{' and '.join(missing)} (or --body) is required")
    if not given:
        shown = ", ".join(f.flag for f in found[:3]) + (", ..." if len(found) > 3 else "")
        raise ArgumentsError(f"nothing to send: pass {shown or 'the fields'} or --body")
    result: dict[str, Any] = {}
    for field, value in given.items():
        if field.kind == "list":  # appended, each already split at commas
            value = [item for chunk in value for item in chunk]
        result[field.keyword] = value
    return result


# --------------------------------------------------------------------------- signatures


def _method(op: Operation) -> Callable[..., Any]:
    """``op``'s generated method, from the resource classes alone (no client, no credentials)."""
    from .._namespaces import SyncNamespaces

    # Resources only keep the client they are given; nothing is called on it here.
    target: Any = object.__new__(SyncNamespaces)
    for name in op.python_path.split("."):
        target = getattr(target, name)
    method: Callable[..., Any] = target
    return method


def _field(keyword: str, annotation: str, aliases: Mapping[str, tuple[str, ...]]) -> Field:
    """How a parameter annotated ``annotation`` (a string: the modules postpone them) is typed."""
    try:
        members = _union(ast.parse(annotation, mode="eval").body)
    except SyntaxError:
        return Field(keyword, "json")
    sequences = [s for s in (_subscript(m, "Sequence") for m in members) if s is not None]
    if sequences:
        item = _field(keyword, ast.unparse(sequences[0].slice), aliases)
        if item.kind in ("string", "integer", "number"):
            return Field(keyword, "list", item.choices, metavar=item.metavar)
        return Field(keyword, "json", metavar="JSON")
    kinds: set[str] = set()
    choices: tuple[str, ...] = ()
    metavar = "VALUE"
    for member in members:
        literal = _subscript(member, "Literal")
        if isinstance(member, ast.Constant) and member.value is None:
            continue
        if isinstance(member, ast.Name) and member.id == "UnsetType":
            continue
        if isinstance(member, ast.Name) and member.id in SCALARS:
            kinds.add(SCALARS[member.id])
        elif isinstance(member, ast.Name) and member.id in aliases:
            choices = aliases[member.id]
        elif literal is not None:
            choices = _literal(literal)
        elif isinstance(member, ast.Attribute) and member.attr in DATE_TYPES:
            metavar = DATE_TYPES[member.attr]
        else:  # a model, a mapping, Any: written as JSON
            return Field(keyword, "json", metavar="JSON")
    if choices:
        return Field(keyword, "string", choices)
    if "boolean" in kinds:
        return Field(keyword, "boolean")
    for kind in ("integer", "number"):
        if kind in kinds:
            return Field(keyword, kind, metavar="N")
    return Field(keyword, "string", metavar=metavar)


def _union(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union(node.left) + _union(node.right)
    return [node]


def _subscript(node: ast.expr, name: str) -> ast.Subscript | None:
    """``node`` if it is ``name[...]`` (``Sequence[str]``, also ``typing.Sequence[str]``)."""
    if not isinstance(node, ast.Subscript):
        return None
    base = node.value
    found = base.id if isinstance(base, ast.Name) else getattr(base, "attr", None)
    return node if found == name else None


def _literal(node: ast.Subscript) -> tuple[str, ...]:
    try:
        values = ast.literal_eval(node.slice)
    except ValueError:
        return ()
    values = values if isinstance(values, tuple) else (values,)
    return tuple(str(v) for v in values)


@functools.cache
def _enum_aliases(module_name: str) -> dict[str, tuple[str, ...]]:
    """``_Enum3 = Literal["A", "B"]``: aliases a generated module declares for type checkers only.

    They do not exist at run time, so they are read from the module's source; without the
    source the flags simply take any value.
    """
    try:
        tree = ast.parse(inspect.getsource(sys.modules[module_name]))
    except (KeyError, OSError, TypeError, SyntaxError):
        return {}
    aliases: dict[str, tuple[str, ...]] = {}
    blocks = [node.body for node in tree.body if isinstance(node, ast.If)]
    for statement in (s for block in [tree.body, *blocks] for s in block):
        if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
            continue
        target, literal = statement.targets[0], _subscript(statement.value, "Literal")
        if isinstance(target, ast.Name) and literal is not None:
            aliases[target.id] = _literal(literal)
    return aliases


# --------------------------------------------------------------------------- values


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON ({exc})") from None


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": int,
    "number": float,
    "json": _json_value,
}


def _items(choices: tuple[str, ...]) -> Callable[[str], list[str]]:
    def split(text: str) -> list[str]:
        values = [v.strip() for v in text.split(",") if v.strip()]
        wrong = [v for v in values if choices and v not in choices]
        if wrong:
            raise argparse.ArgumentTypeError(
                f"invalid choice: {', '.join(map(repr, wrong))} (choose from {', '.join(choices)})"
            )
        return values

    split.__name__ = "list"  # argparse names the converter in its "invalid list value" message
    return split


def _one_of(choices: tuple[str, ...]) -> str | None:
    if not choices:
        return None
    return "one of: " + ", ".join(choices[:12]) + (", ..." if len(choices) > 12 else "")


def _joined(*parts: str | None) -> str | None:
    return "; ".join(p for p in parts if p) or None
