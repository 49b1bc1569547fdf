"""The committed spec index is what the generator writes from Apple's spec today."""

from __future__ import annotations

import importlib.resources
import pathlib

import pytest

from ascapi.emulator._index import load_index
from codegen import emulator_index

from .test_conformance import SPEC


@pytest.mark.skipif(not SPEC.exists(), reason="Apple's spec is not available")
def test_committed_index_matches_regeneration(tmp_path: pathlib.Path) -> None:
    emulator_index.write(emulator_index.load_spec(SPEC), tmp_path)
    fresh = (tmp_path / emulator_index.INDEX_NAME).read_text(encoding="utf-8")
    committed = importlib.resources.files("ascapi.emulator").joinpath("_spec_index.json").read_text(encoding="utf-8")
    assert fresh == committed, "run python -m codegen.emulator_index"


def test_index_covers_every_operation_and_routes() -> None:
    index = load_index()
    assert len(index.routes) == 1263 and len({r.op for r in index.routes}) == 1263
    route, ident = index.match("GET", "/v1/apps/123/relationships/betaGroups") or (None, None)
    assert route is not None and route.kind == "linkages_many" and ident == "123"
    assert route.target == "betaGroups" and route.params["limit"]["max"] == 200
    screenshots = index.match("POST", "/v1/appScreenshots")
    assert screenshots is not None and screenshots[0].body is not None
    assert screenshots[0].body["req_attrs"] == ["fileName", "fileSize"]
    assert index.relationships("appStoreVersions")["app"] == {"type": "apps", "many": False}
    assert index.match("PUT", "/v1/apps") is None
