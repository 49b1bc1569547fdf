"""An independent check of every request the client sends, straight from Apple's spec.

Prism 5.12 misses three things (DESIGN.md section 10): query names with brackets are never
matched (so `fields[...]`, `filter[...]`, `limit[...]` values go unchecked, and required ones are
refused whatever is sent), undeclared query keys pass, and so do out-of-enum array items. Here:
- our own strict pass: method, path template, every query key declared, no repeats, every value
  allowed by its schema (comma-joined arrays, enums, integer bounds, booleans), required present,
  and, when the test knows what it asked for, the decoded query equal to it exactly;
- openapi-core 0.23.1 over the whole request (parameters, security, JSON body against its schema).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Mapping
from functools import cached_property
from typing import Any
from urllib.parse import parse_qsl, unquote

import httpx

from ._spec import Spec, SpecOperation

APPLE_HOST = "https://api.appstoreconnect.apple.com"


class RequestValidator:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    @cached_property
    def _openapi(self) -> Any:
        from openapi_core import Config, OpenAPI

        # The spec check is skipped: it takes seconds and only repeats what NOTES.md measured.
        return OpenAPI.from_dict(dict(self.spec.document), config=Config(spec_validator_cls=None))

    def check(
        self,
        operation: SpecOperation,
        request: httpx.Request,
        *,
        expected_id: str | None = None,
        expected_query: Mapping[str, str] | None = None,
        expected_body: Any = None,
    ) -> list[str]:
        """Every problem found with `request` as a call of `operation`; empty when valid."""
        problems: list[str] = []
        if request.method != operation.method:
            problems.append(f"method {request.method}, spec says {operation.method}")
        problems += self._check_path(operation, request, expected_id)
        pairs, query_problems = self._parse_query(request)
        problems += query_problems
        problems += self.check_query(operation, pairs)
        if expected_query is not None:
            sent = dict(pairs)
            if sent != dict(expected_query):
                problems.append(
                    f"query {sent!r} differs from the arguments given {dict(expected_query)!r}"
                )
        problems += self._check_body(operation, request, expected_body)
        if not request.headers.get("authorization", "").startswith("Bearer "):
            problems.append("no bearer token")
        if not problems:
            problems += self.openapi_core_check(operation, request, pairs)
        return problems

    def _check_path(
        self, operation: SpecOperation, request: httpx.Request, expected_id: str | None
    ) -> list[str]:
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        pattern = "^" + re.escape(operation.path).replace(r"\{id\}", "(?P<id>[^/]+)") + "$"
        match = re.match(pattern, raw_path)
        if match is None:
            return [f"path {raw_path!r} does not match {operation.path}"]
        if "id" in match.groupdict():
            got = unquote(match["id"])
            if expected_id is not None and got != expected_id:
                return [f"path id {got!r}, expected {expected_id!r}"]
        return []

    @staticmethod
    def _parse_query(request: httpx.Request) -> tuple[list[tuple[str, str]], list[str]]:
        query = request.url.query.decode("ascii")
        if not query:
            return [], []
        try:
            pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=True)
        except ValueError as exc:
            return [], [f"malformed query string {query!r}: {exc}"]
        return pairs, []

    def check_query(self, operation: SpecOperation, pairs: list[tuple[str, str]]) -> list[str]:
        problems: list[str] = []
        declared = operation.query
        seen: set[str] = set()
        for key, value in pairs:
            if key in seen:
                problems.append(f"query key {key!r} sent twice")
            seen.add(key)
            param = declared.get(key)
            if param is None:
                problems.append(f"query key {key!r} is not declared for {operation.operation_id}")
                continue
            problems += [f"{key}: {p}" for p in self.check_value(param.schema, value)]
        for name, param in declared.items():
            if param.required and name not in seen:
                problems.append(f"required query parameter {name!r} missing")
        return problems

    def check_value(self, schema: Mapping[str, Any], value: str) -> list[str]:
        """Problems with one query value, read as `style: form, explode: false` says."""
        kind = schema.get("type")
        if kind == "array":
            items = value.split(",")
            if value == "" or any(item == "" for item in items):
                return [f"empty item in {value!r}"]
            out: list[str] = []
            for item in items:
                out += self.check_value(schema.get("items", {}), item)
            return out
        if kind == "integer":
            if not re.fullmatch(r"-?[0-9]+", value):
                return [f"{value!r} is not an integer"]
            number = int(value)
            if "minimum" in schema and number < schema["minimum"]:
                return [f"{number} < minimum {schema['minimum']}"]
            if "maximum" in schema and number > schema["maximum"]:
                return [f"{number} > maximum {schema['maximum']}"]
            return []
        if kind == "boolean":
            return [] if value in ("true", "false") else [f"{value!r} is not true/false"]
        enum = schema.get("enum")
        if enum and value not in enum:
            return [f"{value!r} not in enum"]
        return []

    def _check_body(
        self, operation: SpecOperation, request: httpx.Request, expected_body: Any
    ) -> list[str]:
        content = request.content
        if operation.body_schema is None:
            return [f"unexpected body {content[:80]!r}"] if content else []
        ctype = request.headers.get("content-type", "")
        if ctype.split(";")[0].strip() != "application/json":
            return [f"body content-type {ctype!r}"]
        try:
            sent = json.loads(content)
        except ValueError as exc:
            return [f"body is not JSON: {exc}"]
        if expected_body is not None and sent != expected_body:
            return [f"body {sent!r} differs from the body given {expected_body!r}"]
        return []

    def openapi_core_check(
        self, operation: SpecOperation, request: httpx.Request, pairs: list[tuple[str, str]]
    ) -> list[str]:
        from openapi_core.testing import MockRequest
        from werkzeug.datastructures import ImmutableMultiDict

        mock = MockRequest(
            APPLE_HOST,
            request.method,
            unquote(request.url.raw_path.decode("ascii").split("?", 1)[0]),
            args=ImmutableMultiDict(pairs),  # type: ignore[arg-type]
            headers={"Authorization": request.headers.get("authorization", "")},
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        try:
            with warnings.catch_warnings():
                # It warns about each deprecated parameter sent; sending them is the point here.
                warnings.simplefilter("ignore", DeprecationWarning)
                self._openapi.validate_request(mock)
        except Exception as exc:
            cause = exc.__cause__
            detail = getattr(cause, "schema_errors", None)
            reasons = "; ".join(str(e.message) for e in detail) if detail else repr(cause or exc)
            return [f"openapi-core: {type(exc).__name__}: {reasons}"[:600]]
        return []
