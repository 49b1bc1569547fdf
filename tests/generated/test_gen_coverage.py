"""Every operation of the spec is a method on Client and AsyncClient, under one python path."""

from __future__ import annotations

import inspect
import json
import warnings
from pathlib import Path

import httpx
import pytest
from _gen_helpers import async_client, client

import ascapi
from ascapi._operations import Operation

REPO = Path(__file__).resolve().parents[2]


def _resolve(root: object, python_path: str) -> object:
    obj = root
    for part in python_path.split("."):
        obj = getattr(obj, part)
    return obj


def _no_network(request: httpx.Request) -> httpx.Response:
    return httpx.Response(204)


def test_registry_has_every_operation_once() -> None:
    ops = ascapi.operations()
    lock = json.loads((REPO / "codegen/spec.lock").read_text())
    assert len(ops) == lock["operations"] == 1263
    assert len({op.operation_id for op in ops}) == 1263
    assert len({op.python_path for op in ops}) == 1263
    assert sum(op.deprecated for op in ops) == lock["deprecated_operations"] == 159
    assert ascapi.operation("apps_builds_getToManyRelated").python_path == "apps.builds.list"
    with pytest.raises(KeyError):
        ascapi.operation("noSuchOperation")


def test_every_operation_is_a_sync_and_async_twin_with_the_same_signature() -> None:
    sync, aio = client(_no_network), async_client(_no_network)
    for op in ascapi.operations():
        method = _resolve(sync, op.python_path)
        twin = _resolve(aio, op.python_path)
        assert callable(method) and callable(twin), op.python_path
        params = inspect.signature(method).parameters
        assert list(params) == list(inspect.signature(twin).parameters), op.python_path
        for p in op.params:
            assert p.keyword in params, (op.python_path, p.wire)
        assert list(params)[-3:] == ["extra_headers", "extra_query", "timeout"]
        if op.body_type:
            assert "body" in params
        if op.paged:
            assert "cursor" in params
        first = method.__doc__.strip().splitlines()
        assert first[0] == op.operation_id and first[2].strip() == f"{op.method} {op.path}"
        assert inspect.iscoroutinefunction(twin) == (not op.paged)


@pytest.mark.parametrize("op", [op for op in ascapi.operations() if op.deprecated][:5],
                         ids=lambda op: op.operation_id)
def test_deprecated_operations_warn(op: Operation) -> None:
    c = client(lambda r: httpx.Response(204))
    args = ["1"] if any(p.location == "path" for p in op.params) else []
    required = {p.keyword: "x" for p in op.params if p.required and p.location == "query"}
    body = {"body": {"data": {}}} if op.body_type else {}
    with pytest.warns(DeprecationWarning, match=op.operation_id):
        try:
            _resolve(c, op.python_path)(*args, **required, **body)  # type: ignore[operator]
        except ascapi.AscError:
            pass  # a 204 where a document was expected may not decode; the warning came first


def test_an_undeprecated_operation_does_not_warn() -> None:
    c = client(lambda r: httpx.Response(204))
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        c.builds.beta_groups.remove("1", ["g"])


def test_api_md_lists_every_method() -> None:
    text = (REPO / "api.md").read_text()
    for op in ascapi.operations():
        assert f"`client.{op.python_path}(" in text, op.python_path
        assert op.operation_id in text
