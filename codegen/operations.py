"""Operations of the spec, analysed once: names, parameters, body and response shapes.

The resource writer, the registry writer and api.md all read these records, so the three can
never disagree about an operation.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .models import REF, enum_values, ref_name
from .naming import check_unique, python_path, snake
from .spec import Spec, operations

OPTION_KEYWORDS = ("extra_headers", "extra_query", "timeout")
DOCS = "https://developer.apple.com/documentation/appstoreconnectapi/"


@dataclass
class Param:
    wire: str
    keyword: str
    location: str                 # "path" | "query"
    required: bool
    schema: dict[str, Any]
    deprecated: bool
    maximum: int | None


@dataclass
class BodyField:
    """One keyword argument that fills a request document."""
    keyword: str
    wire: str
    kind: str                     # "attribute" | "one" | "many"
    schema: dict[str, Any]        # attribute schema; for relationships the linkage schema
    type_name: str | None = None  # JSON:API type of a relationship target


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    python_path: str
    params: list[Param]
    body_type: str | None
    body_kind: str | None         # "document" | "linkages" | "linkage" | None
    body_type_name: str | None    # JSON:API `type` of the body's data
    body_fields: list[BodyField] = field(default_factory=list)
    attributes_required: bool = False
    included_types: list[str] = field(default_factory=list)  # inline creates of a compound request
    response_type: str | None = None
    item_type: str | None = None  # `data` item of a paged response
    paged: bool = False
    result: str = "json"          # "json" | "bytes" | "text"
    csv_choice: bool = False      # JSON by default, CSV through accept="text/csv"
    accept: str | None = None     # vendor media type to ask for
    deprecated: bool = False
    tags: tuple[str, ...] = ()

    @property
    def namespace(self) -> tuple[str, ...]:
        return tuple(self.python_path.split(".")[:-1])

    @property
    def method_name(self) -> str:
        return self.python_path.rsplit(".", 1)[1]

    @property
    def has_id(self) -> bool:
        return any(p.location == "path" for p in self.params)

    @property
    def doc_url(self) -> str:
        slug = self.path.strip("/").replace("/", "-").replace("{id}", "_id_")
        return f"{DOCS}{self.method.lower()}-{slug.lower()}"


def analyse(spec: Spec) -> list[Operation]:
    schemas = spec.schemas
    ops = [_operation(schemas, path, method, op, params)
           for path, method, op, params in operations(spec.doc)]
    check_unique({op.operation_id: op.python_path for op in ops})
    return ops


def _operation(schemas: dict[str, Any], path: str, method: str, op: dict[str, Any],
               raw_params: list[dict[str, Any]]) -> Operation:
    params = [_param(p) for p in raw_params]
    result = Operation(
        operation_id=op["operationId"], method=method, path=path,
        python_path=python_path(op["operationId"]), params=params,
        body_type=None, body_kind=None, body_type_name=None,
        deprecated=bool(op.get("deprecated")), tags=tuple(op.get("tags", ())),
    )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        result.body_type = ref_name(body)
        _body(schemas, result, schemas[result.body_type])
    _response(schemas, result, op["responses"])
    _check_keywords(result)
    return result


def _param(p: dict[str, Any]) -> Param:
    schema = {k: v for k, v in p["schema"].items() if k not in ("description", "examples")}
    maximum = schema.get("maximum")
    return Param(wire=p["name"], keyword=snake(p["name"]), location=p["in"],
                 required=bool(p.get("required")), schema=schema,
                 deprecated=bool(p.get("deprecated")), maximum=maximum)


def _body(schemas: dict[str, Any], op: Operation, schema: dict[str, Any]) -> None:
    data = schema["properties"]["data"]
    if data.get("type") == "array":
        op.body_kind = "linkages"
        op.body_type_name = (enum_values(data["items"]["properties"]["type"]) or [None])[0]
        return
    props = data["properties"]
    op.body_type_name = (enum_values(props["type"]) or [None])[0]
    if set(props) <= {"type", "id"}:
        op.body_kind = "linkage"
        return
    op.body_kind = "document"
    included = schema["properties"].get("included")
    if included:
        items = included["items"]
        op.included_types = [ref_name(i) for i in items.get("oneOf", [items])]
    attributes = props.get("attributes", {})
    op.attributes_required = "attributes" in data.get("required", [])
    for wire, attr in attributes.get("properties", {}).items():
        op.body_fields.append(BodyField(snake(wire), wire, "attribute", attr))
    for wire, rel in props.get("relationships", {}).get("properties", {}).items():
        linkage = rel["properties"]["data"]
        many = linkage.get("type") == "array"
        target = linkage["items"] if many else linkage
        type_name = (enum_values(target.get("properties", {}).get("type", {})) or [None])[0]
        op.body_fields.append(BodyField(snake(wire), wire, "many" if many else "one", linkage, type_name))


def _response(schemas: dict[str, Any], op: Operation, responses: dict[str, Any]) -> None:
    for code in sorted(c for c in responses if c.startswith("2")):
        content = responses[code].get("content")
        if not content:
            continue
        json_schema = content.get("application/json", {}).get("schema")
        if json_schema:
            op.response_type = ref_name(json_schema)
            op.csv_choice = "text/csv" in content
            doc = schemas[op.response_type]
            links = doc.get("properties", {}).get("links", {})
            data = doc.get("properties", {}).get("data", {})
            if links.get("$ref") == REF + "PagedDocumentLinks" and data.get("type") == "array":
                op.paged = True
                op.item_type = ref_name(data["items"]) if "$ref" in data["items"] else None
        elif "text/csv" in content:
            op.result = "text"
        elif "application/a-gzip" in content:
            op.result = "bytes"
        else:
            media, body = next(iter(content.items()))
            op.accept = media
            op.response_type = ref_name(body["schema"])
        return


def _check_keywords(op: Operation) -> None:
    """Keyword names of one method must be unique; rename relationships that clash."""
    taken = {p.keyword for p in op.params} | set(OPTION_KEYWORDS) | {"body", "cursor", "accept", "ids", "related_id"}
    if op.included_types:
        taken.add("included")
    for f in op.body_fields:
        if f.keyword in taken and f.kind != "attribute":
            f.keyword += "_ids" if f.kind == "many" else "_id"
        if f.keyword in taken:
            raise ValueError(f"{op.operation_id}: keyword {f.keyword} is used twice")
        taken.add(f.keyword)


def compact_schema(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True, separators=(",", ":"))
