"""Names: wire names to Python identifiers, and operationIds to attribute paths on a client.

DESIGN.md section 4 fixes the table below; ``EXCEPTIONS`` holds the operations the table
cannot name well. Every operation's python path must be unique (checked by ``check_unique``).
"""

from __future__ import annotations

import keyword
import re

# operationId action -> method name (the last segment of the python path).
ACTIONS: dict[str, str] = {
    "getCollection": "list",
    "getInstance": "get",
    "createInstance": "create",
    "updateInstance": "update",
    "deleteInstance": "delete",
    "getToManyRelated": "list",
    "getToOneRelated": "get",
    "getToManyRelationship": "ids",
    "getToOneRelationship": "ids",
    "createToManyRelationship": "add",
    "deleteToManyRelationship": "remove",
    "replaceToManyRelationship": "replace",
    "updateToOneRelationship": "set",
    # /v1/<resources>/{id}/metrics/<name>: read as "the metrics of <name>"
    "getMetrics": "metrics",
}

# operationId -> python path, for operations the table above would name badly.
# (Spec 4.4.1 needs none: every derived path is unique and reads well.)
EXCEPTIONS: dict[str, str] = {}

# Method names a sub-resource attribute must never shadow.
METHOD_NAMES = frozenset(ACTIONS.values())

_BRACKETS = re.compile(r"[\[\].\-\s]+")
_ACRONYM = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")


def snake(name: str) -> str:
    """``filter[appStoreVersions.appStoreState]`` -> ``filter_app_store_versions_app_store_state``."""
    s = _BRACKETS.sub("_", name)
    s = _ACRONYM.sub(r"\1_\2", s)
    s = _CAMEL.sub(r"\1_\2", s)
    s = re.sub(r"_+", "_", s).strip("_").lower()
    if keyword.iskeyword(s) or not s.isidentifier():
        s += "_"
    return s


def pascal(name: str) -> str:
    """``appStoreVersions`` -> ``AppStoreVersions``; ``fields[apps]`` -> ``FieldsApps``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def python_path(operation_id: str) -> str:
    """``apps_builds_getToManyRelated`` -> ``apps.builds.list``."""
    if operation_id in EXCEPTIONS:
        return EXCEPTIONS[operation_id]
    *segments, action = operation_id.split("_")
    if action not in ACTIONS or not segments:
        raise ValueError(f"no naming rule for operationId {operation_id!r}; add it to EXCEPTIONS")
    return ".".join([*(snake(s) for s in segments), ACTIONS[action]])


def check_unique(paths: dict[str, str]) -> None:
    """Refuse two operations on one python path, and namespaces that shadow a method."""
    seen: dict[str, str] = {}
    for operation_id, path in sorted(paths.items()):
        if path in seen:
            raise ValueError(f"{operation_id} and {seen[path]} both map to {path}")
        seen[path] = operation_id
    namespaces = {p.rsplit(".", 1)[0] for p in paths.values()}
    for ns in namespaces:
        if ns in seen:
            raise ValueError(f"namespace {ns} collides with the method of {seen[ns]}")
