"""Query parameters: validation against the spec index, then filter, sort and paging."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._errors import ApiError, param_invalid
from ._http import ascii_digits
from ._index import Route
from ._store import Record, Store

DEFAULT_LIMIT = 50
# the related-items cap used when `limit[rel]` is absent (Apple documents 50 as the usual maximum)
DEFAULT_INCLUDED_LIMIT = 50


@dataclass
class Query:
    pairs: list[tuple[str, str]]
    values: dict[str, str] = field(default_factory=dict)

    def csv(self, name: str) -> list[str]:
        raw = self.values.get(name)
        return [v for v in raw.split(",") if v] if raw else []

    def fields(self) -> dict[str, set[str]]:
        return {k[7:-1]: set(self.csv(k)) for k in self.values if k.startswith("fields[")}

    def filters(self) -> dict[str, list[str]]:
        return {k[7:-1]: self.csv(k) for k in self.values if k.startswith("filter[")}

    def exists(self) -> dict[str, bool]:
        return {k[7:-1]: v == "true" for k, v in self.values.items() if k.startswith("exists[")}

    def limit_of(self, rel: str) -> int:
        raw = self.values.get(f"limit[{rel}]")
        return int(raw) if raw else DEFAULT_INCLUDED_LIMIT


def illegal(name: str) -> ApiError:
    return ApiError(
        400,
        "PARAMETER_ERROR.ILLEGAL",
        "A parameter is not allowed for this request",
        f"The parameter '{name}' can not be used with this request",
        parameter=name,
    )


def parse_query(route: Route, pairs: list[tuple[str, str]]) -> Query:
    """Check every key is declared for the operation and every value allowed, like Apple."""
    query = Query(pairs)
    allowed = route.params
    pageable = "limit" in allowed
    for name, value in pairs:
        if name in query.values:
            raise param_invalid(name, f"The parameter '{name}' was provided more than once")
        if name == "cursor" and pageable:
            query.values[name] = value
            continue
        spec = allowed.get(name)
        if spec is None:
            raise illegal(name)
        _check_value(name, value, spec)
        query.values[name] = value
    for name, spec in allowed.items():
        if spec.get("r") and name not in query.values:
            raise ApiError(
                400,
                "PARAMETER_ERROR.REQUIRED",
                "A required parameter is missing",
                f"The parameter '{name}' is required",
                parameter=name,
            )
    return query


def _check_value(name: str, value: str, spec: dict[str, Any]) -> None:
    kind = spec.get("t")
    if kind == "integer":
        if not re.fullmatch(r"-?[0-9]+", value):  # not isdigit(): it takes '²' and '٣'
            raise param_invalid(name, f"'{value}' is not a valid integer for the parameter '{name}'")
        number = int(value)
        if number < 1 or ("max" in spec and number > spec["max"]):
            top = spec.get("max")
            raise param_invalid(
                name, f"The value '{value}' for the parameter '{name}' must be between 1 and {top}"
            )
        return
    if kind == "boolean":
        if value not in ("true", "false"):
            raise param_invalid(name, f"'{value}' is not a valid boolean for the parameter '{name}'")
        return
    enum = spec.get("e")
    items = value.split(",") if kind == "array" else [value]
    if not value:
        raise param_invalid(name, f"The parameter '{name}' has no value")
    if enum:
        for item in items:
            if item not in enum:
                raise param_invalid(name, f"'{item}' is not a valid value for the parameter '{name}'")


# ---- cursors ----------------------------------------------------------------------------
def encode_cursor(offset: int) -> str:
    raw = json.dumps({"offset": str(offset)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        offset = json.loads(raw)["offset"]
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise param_invalid("cursor", "The cursor is not valid") from None
    if not isinstance(offset, str) or not ascii_digits(offset):
        raise param_invalid("cursor", "The cursor is not valid")
    return int(offset)


# ---- filter, exists, sort ---------------------------------------------------------------
def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _values_of(store: Store, rtype: str, ident: str, rec: Record, path: list[str]) -> list[Any]:
    """Values reached from a record by a dotted filter name (`appStoreVersions.appStoreState`)."""
    head, rest = path[0], path[1:]
    if head == "id" and not rest:
        return [ident]
    if head in store.index.relationships(rtype):
        ids = store.linked(rtype, ident, head)
        if not rest:
            return ids
        target = store.index.relationships(rtype)[head]["type"]
        out: list[Any] = []
        for tid in ids:
            out.extend(_values_of(store, target, tid, store.get(target, tid), rest))
        return out
    value = rec["attributes"].get(head)
    return value if isinstance(value, list) else [value]


def apply_filters(
    store: Store, rtype: str, items: list[tuple[str, Record]], query: Query
) -> list[tuple[str, Record]]:
    for name, wanted in query.filters().items():
        allowed = set(wanted)
        path = name.split(".")
        if path[0] != "id" and path[0] not in store.index.attributes(rtype) and path[0] not in store.index.relationships(rtype):
            continue  # a filter on something the emulator does not model (e.g. a computed field)
        items = [
            (i, r)
            for i, r in items
            if any(_as_text(v) in allowed for v in _values_of(store, rtype, i, r, path) if v is not None)
        ]
    for name, want in query.exists().items():
        items = [(i, r) for i, r in items if _exists(store, rtype, i, r, name) == want]
    return items


def _exists(store: Store, rtype: str, ident: str, rec: Record, name: str) -> bool:
    if name in store.index.relationships(rtype):
        return bool(store.linked(rtype, ident, name))
    return rec["attributes"].get(name) not in (None, "", [])


def apply_sort(items: list[tuple[str, Record]], sort: str | None) -> list[tuple[str, Record]]:
    if not sort:
        return items
    for key in reversed([k for k in sort.split(",") if k]):
        name, desc = (key[1:], True) if key.startswith("-") else (key, False)
        if name == "id":  # numeric ids (apps, ...) in number order, like Apple
            numeric = all(ascii_digits(i) for i, _ in items)
            items = sorted(items, key=lambda p: (len(p[0]), p[0]) if numeric else p[0], reverse=desc)
            continue
        present = [p for p in items if p[1]["attributes"].get(name) is not None]
        missing = [p for p in items if p[1]["attributes"].get(name) is None]
        present.sort(key=_attribute_key(name), reverse=desc)
        items = present + missing  # nulls last whichever the direction
    return items


def _attribute_key(name: str) -> Callable[[tuple[str, Record]], Any]:
    def key(item: tuple[str, Record]) -> Any:
        return item[1]["attributes"][name]

    return key


def page_bounds(query: Query, total: int) -> tuple[int, int, int]:
    """(offset, end, limit) of the page a request asks for."""
    limit = int(query.values.get("limit", DEFAULT_LIMIT))
    offset = decode_cursor(query.values.get("cursor"))
    return offset, min(offset + limit, total), limit
