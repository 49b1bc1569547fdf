"""Request-body checks against the spec index, answered with Apple's ENTITY_ERROR codes."""

from __future__ import annotations

import re
from typing import Any

from ._errors import ApiError, entity_error
from ._store import Store

# re.ASCII: \d would also match other scripts' digits ('٢٠٢٥')
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", re.ASCII)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _type_ok(value: Any, desc: dict[str, Any]) -> bool:
    if value is None:
        return bool(desc.get("n"))
    kind = desc.get("t")
    if kind == "string":
        if not isinstance(value, str):
            return False
        if desc.get("e") and value not in desc["e"]:
            return False
        if desc.get("f") == "date-time":
            return bool(_DATE_TIME.fullmatch(value))
        if desc.get("f") == "date":
            return bool(_DATE.fullmatch(value))
        return True
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        item = desc.get("i")
        return isinstance(value, list) and (item is None or all(_type_ok(v, item) for v in value))
    return isinstance(value, dict)


def check_attributes(spec: dict[str, Any], attrs: Any, *, create: bool) -> dict[str, Any]:
    if attrs is None:
        attrs = {}
    if not isinstance(attrs, dict):
        raise entity_error("ATTRIBUTE.INVALID", "'attributes' must be an object.", "/data/attributes")
    allowed = spec.get("attrs", {})
    for name, value in attrs.items():
        pointer = f"/data/attributes/{name}"
        if name not in allowed:
            raise entity_error("ATTRIBUTE.UNKNOWN", f"The attribute '{name}' can not be included in this request.", pointer)
        if not _type_ok(value, allowed[name]):
            enum = allowed[name].get("e")
            hint = f" Allowed values: {', '.join(enum)}." if enum else ""
            raise entity_error("ATTRIBUTE.INVALID", f"'{value}' is not a valid value for the attribute '{name}'.{hint}", pointer)
    if create:
        for name in spec.get("req_attrs", []):
            if attrs.get(name) is None:
                raise entity_error("ATTRIBUTE.REQUIRED", f"You must provide a value for the attribute '{name}' with this request", f"/data/attributes/{name}")
    return attrs


def _linkage(store: Store, value: Any, target: str, pointer: str) -> str:
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        raise entity_error("RELATIONSHIP.INVALID", "A linkage needs 'type' and 'id'.", pointer)
    if value.get("type") != target:
        raise entity_error("RELATIONSHIP.INVALID", f"The type must be '{target}'.", f"{pointer}/type")
    if store.find(target, value["id"]) is None:
        raise ApiError(404, "NOT_FOUND", "The specified resource does not exist",
                       f"There is no resource of type '{target}' with id '{value['id']}'", pointer=f"{pointer}/id")
    return str(value["id"])


def check_relationships(store: Store, spec: dict[str, Any], rels: Any, *, create: bool) -> dict[str, Any]:
    """Relationship name -> id, [ids] or None, every target checked to exist."""
    rels = rels or {}
    if not isinstance(rels, dict):
        raise entity_error("RELATIONSHIP.INVALID", "'relationships' must be an object.", "/data/relationships")
    allowed = spec.get("rels", {})
    out: dict[str, Any] = {}
    for name, value in rels.items():
        pointer = f"/data/relationships/{name}"
        info = allowed.get(name)
        if info is None:
            raise entity_error("RELATIONSHIP.UNKNOWN", f"The relationship '{name}' can not be included in this request.", pointer)
        data = value.get("data") if isinstance(value, dict) else None
        if info.get("many"):
            if not isinstance(data, list):
                raise entity_error("RELATIONSHIP.INVALID", "A to-many relationship needs a 'data' array.", f"{pointer}/data")
            out[name] = [_linkage(store, d, info["type"], f"{pointer}/data/{n}") for n, d in enumerate(data)]
        else:
            out[name] = None if data is None else _linkage(store, data, info["type"], f"{pointer}/data")
    if create:
        for name in spec.get("req_rels", []):
            if out.get(name) in (None, []):
                raise entity_error("RELATIONSHIP.REQUIRED", f"You must provide a value for the relationship '{name}' with this request", f"/data/relationships/{name}")
    return out


def linkage_ids(store: Store, target: str, body: Any, *, many: bool) -> list[str]:
    data = body.get("data") if isinstance(body, dict) else None
    if many:
        if not isinstance(data, list):
            raise entity_error("INVALID", "The body must carry a 'data' array of linkages.", "/data", 422)
        return [_linkage(store, d, target, f"/data/{n}") for n, d in enumerate(data)]
    if data is None:
        return []
    return [_linkage(store, data, target, "/data")]
