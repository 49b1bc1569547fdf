"""The CLI end to end against the in-process emulator (real registry, real client)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ascapi.cli import main

pytest.importorskip("ascapi.emulator")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_with_filter_and_get(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    state = str(tmp_path / "state.json")
    code, out, err = run(
        capsys,
        "--emulator",
        "--state",
        state,
        "apps",
        "list",
        "--filter-bundle-id",
        "com.example.notes",
    )
    assert code == 0, err
    (app,) = [json.loads(line) for line in out.splitlines()]
    assert app["type"] == "apps" and app["attributes"]["bundleId"] == "com.example.notes"
    code, out, err = run(
        capsys,
        "--emulator",
        "--state",
        state,
        "apps",
        "get",
        app["id"],
        "--fields-apps",
        "name,bundleId",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert doc["data"]["id"] == app["id"]
    assert set(doc["data"]["attributes"]) == {"name", "bundleId"}


def test_all_pages_through(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--emulator", "apps", "list", "--limit", "1")
    one = out.splitlines()
    code, out, err = run(capsys, "--emulator", "apps", "list", "--limit", "1", "--all")
    assert code == 0, err
    every = [json.loads(line)["id"] for line in out.splitlines()]
    assert len(one) == 1 and len(every) > 1 and len(set(every)) == len(every)


def test_api_and_local_errors_have_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--emulator", "apps", "get", "does-not-exist")
    assert out == ""
    assert code == 1 and "NotFoundError" in err and "404" in err
    code, _, err = run(capsys, "--emulator", "apps", "list", "--limit", "500")
    assert code == 2 and "limit=500" in err


def test_resource_help_lists_actions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "apps", "--help")
    assert code == 0
    assert "ascapi apps list" in out and "ascapi apps get" in out
    code, out, err = run(capsys, "no-such-thing", "list")
    assert code == 2 and "unknown resource 'no-such-thing'" in err


def test_operations_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--output", "ndjson", "operations", "appScreenshots_createInstance")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {
        "command": "ascapi app-screenshots create",
        "operation_id": "appScreenshots_createInstance",
        "method": "POST",
        "path": "/v1/appScreenshots",
    } in rows
