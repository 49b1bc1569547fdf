"""Load Apple's spec, apply the overlay, and describe it in ``spec.lock``."""

from __future__ import annotations

import copy
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SPEC = HERE.parent.parent / "shared" / "openapi" / "app-store-connect-openapi-4.4.1.json"
OVERLAY = HERE / "overlay.json"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Spec:
    doc: dict[str, Any]       # the spec with the overlay applied
    version: str
    sha256: str               # of Apple's file, before the overlay
    source: Path              # Apple's file as read
    overlay_sha256: str       # of the overlay applied

    @property
    def schemas(self) -> dict[str, Any]:
        return self.doc["components"]["schemas"]


def spec_path() -> Path:
    return Path(os.environ.get("ASCAPI_SPEC") or DEFAULT_SPEC)


def load(path: Path | None = None, overlay: Path = OVERLAY) -> Spec:
    source = path or spec_path()
    raw = source.read_bytes()
    patches = overlay.read_bytes()
    doc = json.loads(raw)
    for patch in json.loads(patches)["patches"]:
        apply_patch(doc, patch)
    return Spec(doc=doc, version=doc["info"]["version"], sha256=hashlib.sha256(raw).hexdigest(),
                source=source, overlay_sha256=hashlib.sha256(patches).hexdigest())


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def apply_patch(doc: dict[str, Any], patch: dict[str, Any]) -> None:
    """Apply one RFC 6902 add/remove/replace/test; a pointer that no longer matches (or a
    failed test) is an error, so a patch made obsolete by a new spec version is noticed
    instead of silently applied to the wrong place."""
    if not patch.get("reason"):
        raise ValueError(f"overlay patch without a reason: {patch}")
    *parents, last = [_unescape(t) for t in patch["path"].lstrip("/").split("/")]
    node: Any = doc
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    op = patch["op"]
    value = copy.deepcopy(patch.get("value"))
    if op == "test":
        found = node[int(last)] if isinstance(node, list) else node.get(last)
        if found != value:
            raise ValueError(f"overlay test failed at {patch['path']}: found {found!r}, expected {value!r}")
        return
    if isinstance(node, list):
        if op == "add":
            if last == "-":
                node.append(value)
            else:
                node.insert(int(last), value)
        elif op == "remove":
            del node[int(last)]
        else:
            node[int(last)] = value
        return
    if op in ("remove", "replace") and last not in node:
        raise KeyError(f"overlay path {patch['path']} not found")
    if op == "remove":
        del node[last]
    else:
        node[last] = value


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(path, METHOD, operation, parameters incl. path-item ones) in spec order."""
    out = []
    for path, item in doc["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                own = {(p["name"], p["in"]) for p in op.get("parameters", [])}
                params = [p for p in shared if (p["name"], p["in"]) not in own] + op.get("parameters", [])
                out.append((path, method.upper(), op, params))
    return out


def lock(spec: Spec) -> str:
    ops = operations(spec.doc)
    data = {
        "spec": spec.source.name,
        "version": spec.version,
        "sha256": spec.sha256,
        "overlay_sha256": spec.overlay_sha256,
        "paths": len(spec.doc["paths"]),
        "operations": len(ops),
        "deprecated_operations": sum(1 for _, _, op, _ in ops if op.get("deprecated")),
        "schemas": len(spec.schemas),
    }
    return json.dumps(data, indent=2) + "\n"
