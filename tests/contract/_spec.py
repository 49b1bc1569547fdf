"""Apple's OpenAPI document, read straight from the spec file and indexed by operationId.

The contract test derives everything it sends and checks from here, never from the generated
code, so a generator mistake cannot hide behind a matching mistake in the test.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_NAME = "app-store-connect-openapi-4.4.1.json"
HTTP_METHODS = ("get", "post", "patch", "put", "delete")


def spec_path() -> Path:
    """`$ASCAPI_SPEC`, else the shared copy beside the repository (DESIGN.md section 2)."""
    env = os.environ.get("ASCAPI_SPEC")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "openapi" / SPEC_NAME


@dataclass(frozen=True)
class SpecParam:
    name: str  # wire name, e.g. "filter[bundleId]"
    location: str  # "path" | "query"
    required: bool
    schema: Mapping[str, Any]
    deprecated: bool


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str  # upper case
    path: str
    params: tuple[SpecParam, ...]
    body_schema: Mapping[str, Any] | None  # the request body's schema ($ref kept)
    success: Mapping[int, tuple[str, ...]]  # status -> media types of the 2xx responses
    deprecated: bool

    @property
    def query(self) -> dict[str, SpecParam]:
        return {p.name: p for p in self.params if p.location == "query"}

    @property
    def bracketed_required(self) -> bool:
        """True for the operations Prism 5.12 refuses whatever is sent (DESIGN.md section 10)."""
        return any(p.required and "[" in p.name for p in self.params if p.location == "query")


class Spec:
    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.schemas: Mapping[str, Any] = document["components"]["schemas"]
        self.operations: dict[str, SpecOperation] = {op.operation_id: op for op in self._walk()}

    def _walk(self) -> Iterator[SpecOperation]:
        for path, item in self.document["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                # Path-item parameters apply to every operation below them (NOTES 2.10).
                by_key = {(p["in"], p["name"]): p for p in [*shared, *op.get("parameters", [])]}
                params = tuple(
                    SpecParam(
                        name=p["name"],
                        location=p["in"],
                        required=bool(p.get("required", False)),
                        schema=p.get("schema", {}),
                        deprecated=bool(p.get("deprecated", False)),
                    )
                    for p in by_key.values()
                )
                body = op.get("requestBody")
                body_schema = body["content"]["application/json"]["schema"] if body else None
                success = {
                    int(code): tuple(resp.get("content", {}))
                    for code, resp in op["responses"].items()
                    if code.startswith("2")
                }
                yield SpecOperation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    params=params,
                    body_schema=body_schema,
                    success=success,
                    deprecated=bool(op.get("deprecated", False)),
                )

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow `$ref`s to a component schema (siblings of `$ref` are ignored, as OAS 3.0 says)."""
        seen = 0
        while "$ref" in schema:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            schema = self.schemas[name]
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref cycle at {name}")
        return schema


def _drop_empty_enums(node: Any) -> None:
    # Five `fields[appKeywords]` carry `enum: []` (NOTES 2.6): the document is invalid OpenAPI
    # with them and the values are free strings in practice.
    if isinstance(node, dict):
        if node.get("enum") == []:
            del node["enum"]
        for value in node.values():
            _drop_empty_enums(value)
    elif isinstance(node, list):
        for value in node:
            _drop_empty_enums(value)


@cache
def load_raw() -> dict[str, Any]:
    with spec_path().open("rb") as fh:
        document: dict[str, Any] = json.load(fh)
    return document


@cache
def load_spec() -> Spec:
    """The spec with empty enums read as free strings (the only normalisation applied)."""
    document = copy.deepcopy(load_raw())
    _drop_empty_enums(document)
    return Spec(document)
