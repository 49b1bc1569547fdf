"""Write the emulator's compact index of Apple's spec (`src/ascapi/emulator/_spec_index.json`).

The emulator must not need the 7 MB spec at run time, so this keeps only what it serves from:
resource types (attributes with types/enums, relationships with target types and cardinality),
and one route per operation (kind, types, allowed query parameters with maxima, body shape,
response kind). Run alone with `python -m codegen.emulator_index [SPEC] [OUT_DIR]`.
"""

from __future__ import annotations

import hashlib
import json
import os
import pathlib
import sys
from typing import Any

DEFAULT_SPEC = pathlib.Path(__file__).resolve().parents[2] / "shared/openapi/app-store-connect-openapi-4.4.1.json"
OUT_DIR = pathlib.Path(__file__).resolve().parents[1] / "src/ascapi/emulator"
INDEX_NAME = "_spec_index.json"

# operationId action suffix -> route kind served by the emulator
ACTIONS = {
    "getCollection": "collection",
    "getInstance": "instance",
    "createInstance": "create",
    "updateInstance": "update",
    "deleteInstance": "delete",
    "getToManyRelated": "related_many",
    "getToOneRelated": "related_one",
    "getToManyRelationship": "linkages_many",
    "getToOneRelationship": "linkage_one",
    "createToManyRelationship": "add",
    "deleteToManyRelationship": "remove",
    "replaceToManyRelationship": "replace",
    "updateToOneRelationship": "set",
    "getMetrics": "metrics",
}


class _Spec:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec["components"]["schemas"]

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.schemas[node["$ref"].rsplit("/", 1)[1]]
        return node

    def ref_name(self, node: Any) -> str | None:
        if isinstance(node, dict) and "$ref" in node:
            return str(node["$ref"].rsplit("/", 1)[1])
        return None


def _describe(s: _Spec, node: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """A compact type descriptor: t(ype), e(num), f(ormat), n(ullable), i(tems)."""
    nullable = bool(node.get("nullable"))
    target = s.deref(node)
    out: dict[str, Any] = {"t": target.get("type", "object")}
    if target.get("enum"):
        out["e"] = target["enum"]
    if "format" in target:
        out["f"] = target["format"]
    if nullable or target.get("nullable"):
        out["n"] = 1
    if out["t"] == "array" and depth < 1:
        out["i"] = _describe(s, target.get("items", {}), depth + 1)
    return out


def _data_type(s: _Spec, data: Any) -> tuple[str | None, bool]:
    """(JSON:API type, to-many) of a `data` member schema."""
    data = s.deref(data)
    many = data.get("type") == "array"
    item = s.deref(data.get("items", {})) if many else data
    enum = s.deref(item.get("properties", {}).get("type", {})).get("enum") or [None]
    return enum[0], many


def _is_resource(name: str, node: dict[str, Any]) -> bool:
    props = node.get("properties", {})
    if not {"type", "id"} <= props.keys() or name.endswith("InlineCreate"):
        return False
    return bool({"attributes", "relationships", "links"} & props.keys())


def _types(s: _Spec) -> dict[str, Any]:
    types: dict[str, Any] = {}
    for name, node in sorted(s.schemas.items()):
        if not _is_resource(name, node):
            continue
        tname = (node["properties"]["type"].get("enum") or [None])[0]
        if not tname:
            continue
        entry = types.setdefault(tname, {"schemas": [], "attributes": {}, "relationships": {}})
        entry["schemas"].append(name)
        attrs = s.deref(node["properties"].get("attributes", {})).get("properties", {})
        for aname, anode in attrs.items():
            desc = _describe(s, anode)
            known = entry["attributes"].setdefault(aname, desc)
            if "e" in known and "e" in desc:  # v1/v2 schemas of one type: keep values valid for both
                both = [v for v in known["e"] if v in desc["e"]]
                known["e"] = both or known["e"]
        rels = s.deref(node["properties"].get("relationships", {})).get("properties", {})
        for rname, rnode in rels.items():
            rnode = s.deref(rnode)
            if "data" in rnode.get("properties", {}):
                target, many = _data_type(s, rnode["properties"]["data"])
                entry["relationships"].setdefault(rname, {"type": target, "many": many})
            else:  # links only: cardinality/target filled in from the routes below
                entry["relationships"].setdefault(rname, {"type": None, "many": "meta" in rnode.get("properties", {})})
    return types


def _param(s: _Spec, p: dict[str, Any]) -> dict[str, Any]:
    schema = s.deref(p.get("schema", {}))
    out: dict[str, Any] = {"t": schema.get("type", "string")}
    items = s.deref(schema.get("items", {}))
    enum = schema.get("enum") or items.get("enum")
    if enum:
        out["e"] = enum
    if "maximum" in schema:
        out["max"] = schema["maximum"]
    if p.get("required"):
        out["r"] = 1
    return out


def _body(s: _Spec, op: dict[str, Any]) -> dict[str, Any] | None:
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    doc = s.deref(schema)
    data = s.deref(doc["properties"]["data"])
    if data.get("type") == "array" or ("attributes" not in data.get("properties", {}) and "relationships" not in data.get("properties", {})):
        target, many = _data_type(s, doc["properties"]["data"])
        return {"linkage": target, "many": many}
    attrs = s.deref(data["properties"].get("attributes", {}))
    rels = s.deref(data["properties"].get("relationships", {}))
    out: dict[str, Any] = {
        "schema": s.ref_name(schema),
        "type": (s.deref(data["properties"].get("type", {})).get("enum") or [None])[0],
        "attrs": {k: _describe(s, v) for k, v in attrs.get("properties", {}).items()},
        "req_attrs": attrs.get("required", []),
        "rels": {},
        "req_rels": rels.get("required", []),
    }
    for rname, rnode in rels.get("properties", {}).items():
        target, many = _data_type(s, s.deref(rnode)["properties"]["data"])
        out["rels"][rname] = {"type": target, "many": many}
    return out


def _response(s: _Spec, op: dict[str, Any]) -> tuple[int, str | None, str | None, str | None, bool]:
    """(status, schema name, media type, data type, data is a list) of the success response."""
    for code in ("200", "201", "202", "204"):
        resp = op["responses"].get(code)
        if resp is None:
            continue
        content = resp.get("content", {})
        if not content:
            return int(code), None, None, None, False
        media = "application/json" if "application/json" in content else next(iter(content))
        schema = content[media]["schema"]
        doc = s.deref(schema)
        data = doc.get("properties", {}).get("data")
        dtype, many = _data_type(s, data) if data is not None else (None, False)
        return int(code), s.ref_name(schema), media, dtype, many
    raise ValueError(f"no success response for {op['operationId']}")


def _alternatives(op: dict[str, Any], media: str | None) -> list[str]:
    """Other media types the success response declares (`text/csv` beside JSON: content negotiation)."""
    for code in ("200", "201"):
        content = op["responses"].get(code, {}).get("content", {})
        if content:
            return sorted(m for m in content if m != media)
    return []


def _metric(s: _Spec, schema_name: str | None) -> dict[str, Any] | None:
    """Shape of a `*MetricResponse`: data point values with their types, dimensions, granularity."""
    if not schema_name or not schema_name.endswith("MetricResponse"):
        return None
    doc = s.schemas[schema_name]
    item = s.deref(s.deref(doc["properties"]["data"])["items"])["properties"]
    point = s.deref(s.deref(item["dataPoints"])["items"])["properties"]
    values = s.deref(point["values"])["properties"]
    included = s.deref(s.deref(doc["properties"].get("included", {})).get("items", {}))
    return {
        "values": {k: s.deref(v).get("type", "number") for k, v in values.items()},
        "dims": sorted(s.deref(item.get("dimensions", {})).get("properties", {})),
        "granularity": s.deref(item.get("granularity", {})).get("enum"),
        "included": (s.deref(included.get("properties", {}).get("type", {})).get("enum") or [None])[0],
    }


def _routes(s: _Spec) -> list[dict[str, Any]]:
    routes = []
    for path, item in s.spec["paths"].items():
        for method, op in item.items():
            if method == "parameters":
                continue
            action = op["operationId"].rsplit("_", 1)[1]
            kind = ACTIONS.get(action, "other")
            status, resp, media, dtype, _many = _response(s, op)
            if path in ("/v1/salesReports", "/v1/financeReports"):
                kind = "report"
            elif kind not in ("delete",) and resp is not None and dtype is None and status != 204:
                kind = "other"  # metrics, xcode metrics, diagnostic logs: not JSON:API resources
            params = {p["name"]: _param(s, p) for p in op.get("parameters", []) if p.get("in") == "query"}
            route: dict[str, Any] = {
                "method": method.upper(),
                "path": path,
                "op": op["operationId"],
                "kind": kind,
                "status": status,
                "response": resp,
                "media": media,
                "data_type": dtype,
                "params": params,
            }
            alternatives = _alternatives(op, media)
            if alternatives:
                route["alt"] = alternatives
            metric = _metric(s, resp)
            if metric is not None:
                route["metric"] = metric
            body = _body(s, op)
            if body is not None:
                route["body"] = body
            if op.get("deprecated"):
                route["deprecated"] = 1
            routes.append(route)
    return routes


def _owner_types(routes: list[dict[str, Any]]) -> dict[str, str]:
    """Resource type served at each '/vN/segment' prefix, from its instance/collection routes."""
    owners: dict[str, str] = {}
    for r in routes:
        parts = r["path"].split("/")
        if r["kind"] in ("collection", "instance", "update", "create") and len(parts) <= 4:
            t = r["data_type"] or r.get("body", {}).get("type")
            if t:
                owners.setdefault("/".join(parts[:3]), t)
    return owners


def build(spec: dict[str, Any]) -> dict[str, Any]:
    s = _Spec(spec)
    types = _types(s)
    routes = _routes(s)
    owners = _owner_types(routes)
    for r in routes:
        parts = r["path"].split("/")
        r["type"] = owners.get("/".join(parts[:3]), parts[2])
        if r["kind"] in ("collection", "instance", "create", "update", "delete", "report", "other"):
            r["type"] = r["data_type"] or r.get("body", {}).get("type") or r["type"]
            continue
        rel = parts[-1]
        r["rel"] = rel
        target = r["data_type"] or r.get("body", {}).get("linkage")
        many = r["kind"] in ("related_many", "linkages_many", "add", "remove", "replace")
        rels = types.setdefault(r["type"], {"schemas": [], "attributes": {}, "relationships": {}})["relationships"]
        entry = rels.setdefault(rel, {"type": target, "many": many})
        if entry["type"] is None:
            entry["type"] = target
        if r["kind"] not in ("metrics", "other"):
            entry["many"] = many
        r["target"] = entry["type"]
    return {
        "spec_version": spec["info"]["version"],
        "types": types,
        "routes": routes,
    }


def write(spec: dict[str, Any], out_dir: pathlib.Path) -> None:
    """Write `_spec_index.json` into `out_dir` (the emulator package directory)."""
    index = build(spec)
    raw = json.dumps(spec, sort_keys=True).encode()
    index["spec_sha256"] = hashlib.sha256(raw).hexdigest()
    text = json.dumps(index, sort_keys=True, separators=(",", ":"))
    (out_dir / INDEX_NAME).write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    spec_path = pathlib.Path(args[0]) if args else pathlib.Path(os.environ.get("ASCAPI_SPEC", DEFAULT_SPEC))
    out_dir = pathlib.Path(args[1]) if len(args) > 1 else OUT_DIR
    write(load_spec(spec_path), out_dir)


def load_spec(path: pathlib.Path) -> dict[str, Any]:
    """Apple's spec with the project's overlay applied, as `python -m codegen` sees it."""
    try:
        from codegen import spec as overlaid
    except ImportError:  # the generator is not there: the raw spec
        with path.open(encoding="utf-8") as fh:
            return dict(json.load(fh))
    return dict(overlaid.load(path).doc)


if __name__ == "__main__":
    main()
