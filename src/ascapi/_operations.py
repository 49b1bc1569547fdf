"""Every operation of the spec as data: ``ascapi.operations()`` and ``ascapi.operation(id)``.

Backed by the generated ``ascapi._registry`` (plain tuples, cheap to load); the dataclasses are
built on first use and cached. Tools (the CLI, the contract tests) drive every operation with
these rows: ``python_path`` is the attribute path on a client, ``params`` map wire names to the
method's keywords.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["Operation", "Param", "operation", "operations"]


@dataclass(frozen=True, slots=True)
class Param:
    wire: str                    # "filter[bundleId]", "id"
    keyword: str                 # "filter_bundle_id", "id"
    location: str                # "path" | "query"
    required: bool
    schema: Mapping[str, Any]    # the parameter's JSON schema (compact)
    deprecated: bool


@dataclass(frozen=True, slots=True)
class Operation:
    operation_id: str            # "apps_builds_getToManyRelated"
    method: str                  # "GET"
    path: str                    # "/v1/apps/{id}/builds"
    python_path: str             # "apps.builds.list"
    params: tuple[Param, ...]
    body_type: str | None        # model name in ascapi.models
    response_type: str | None    # model name; None for 204 and non-JSON results
    paged: bool                  # returns Page / AsyncPager
    result: str                  # "json" | "bytes" | "text"
    deprecated: bool
    tags: tuple[str, ...]
    csv: bool                    # JSON by default; accept="text/csv" returns the CSV text


@lru_cache(maxsize=1)
def operations() -> tuple[Operation, ...]:
    """Every operation of the spec, in spec order."""
    from . import _registry

    schemas = _registry.SCHEMAS
    return tuple(
        Operation(
            operation_id=row[0],
            method=row[1],
            path=row[2],
            python_path=row[3],
            params=tuple(
                Param(wire, keyword, location, required, schemas[index], deprecated)
                for wire, keyword, location, required, index, deprecated in row[4]
            ),
            body_type=row[5],
            response_type=row[6],
            paged=row[7],
            result=row[8],
            deprecated=row[9],
            tags=tuple(row[10]),
            csv=row[11],
        )
        for row in _registry.OPERATIONS
    )


@lru_cache(maxsize=1)
def _by_id() -> dict[str, Operation]:
    return {op.operation_id: op for op in operations()}


def operation(operation_id: str) -> Operation:
    """The operation with this operationId; ``KeyError`` if the spec has none."""
    try:
        return _by_id()[operation_id]
    except KeyError:
        raise KeyError(f"no operation {operation_id!r} in the App Store Connect spec") from None
