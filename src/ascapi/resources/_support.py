# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""Run-time helpers of the generated resources: request documents from keyword arguments."""

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
            raise InvalidArgumentError(
                "pass either body= or attribute/relationship keywords, not both"
            )
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
