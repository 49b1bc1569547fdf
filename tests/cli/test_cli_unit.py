"""CLI pieces that need neither the registry nor a server: parsing, output, profiles."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from ascapi.cli import main
from ascapi.cli._app import _arguments, _operation_parser, _resolve, load_profile
from ascapi.cli._output import columns_for, emit


def param(
    wire: str,
    keyword: str,
    location: str = "query",
    required: bool = False,
    schema: dict[str, Any] | None = None,
) -> SimpleNamespace:
    return SimpleNamespace(
        wire=wire,
        keyword=keyword,
        location=location,
        required=required,
        schema=schema or {"type": "string"},
        deprecated=False,
    )


LIST_BUILDS = SimpleNamespace(
    operation_id="apps_builds_getToManyRelated",
    method="GET",
    path="/v1/apps/{id}/builds",
    python_path="apps.builds.list",
    paged=True,
    body_type=None,
    deprecated=False,
    params=(
        param("id", "id", "path", True),
        param(
            "fields[builds]",
            "fields_builds",
            schema={
                "type": "array",
                "items": {"type": "string", "enum": ["version", "uploadedDate"]},
            },
        ),
        param("limit", "limit", schema={"type": "integer"}),
        param(
            "exists[preReleaseVersion]", "exists_pre_release_version", schema={"type": "boolean"}
        ),
    ),
)


def test_operation_arguments_become_method_keywords() -> None:
    parser = _operation_parser(LIST_BUILDS, ["apps", "builds", "list"])  # type: ignore[arg-type]
    args = parser.parse_args(
        [
            "123",
            "--fields-builds",
            "version,uploadedDate",
            "--fields-builds",
            "x",
            "--limit",
            "5",
            "--exists-pre-release-version",
            "false",
        ]
    )
    assert _arguments(LIST_BUILDS, args) == (  # type: ignore[arg-type]
        ["123"],
        {
            "fields_builds": ["version", "uploadedDate", "x"],
            "limit": 5,
            "exists_pre_release_version": False,
        },
    )


def test_bad_values_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    parser = _operation_parser(LIST_BUILDS, ["apps", "builds", "list"])  # type: ignore[arg-type]
    with pytest.raises(SystemExit) as info:
        parser.parse_args(["123", "--limit", "many"])
    assert info.value.code == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["123", "--exists-pre-release-version", "maybe"])
    assert "true or false" in capsys.readouterr().err


def test_body_from_file(tmp_path: Path) -> None:
    op = SimpleNamespace(
        **{
            **vars(LIST_BUILDS),
            "params": (),
            "body_type": "AppUpdateRequest",
            "python_path": "apps.update",
            "paged": False,
        }
    )
    body = tmp_path / "body.json"
    body.write_text('{"data": {"type": "apps", "id": "1"}}')
    args = _operation_parser(op, ["apps", "update"]).parse_args(["--body", f"@{body}"])  # type: ignore[arg-type]
    assert _arguments(op, args) == ([], {"body": {"data": {"type": "apps", "id": "1"}}})  # type: ignore[arg-type]


def test_resolve_picks_the_longest_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    ops = (LIST_BUILDS, SimpleNamespace(**{**vars(LIST_BUILDS), "python_path": "apps.list"}))
    monkeypatch.setattr("ascapi.cli._app._registry", lambda: ops)
    op, used, _ = _resolve(["apps", "builds", "list", "123"])
    assert op is LIST_BUILDS and used == 3
    op, used, candidates = _resolve(["apps"])
    assert op is None and {c.python_path for c in candidates} == {"apps.builds.list", "apps.list"}


ROWS = [
    {
        "type": "apps",
        "id": "1",
        "attributes": {
            "name": "Notes",
            "bundleId": "com.example.notes",
            "sku": "N1",
            "contentRightsDeclaration": None,
            "nested": {"a": 1},
        },
    },
    {"type": "apps", "id": "2", "attributes": {"name": "Maps", "bundleId": "com.example.maps"}},
]


def test_ndjson_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    emit(ROWS, fmt=None, paged=True, everything=False)
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["1", "2"]


def test_json_for_a_single_document(capsys: pytest.CaptureFixture[str]) -> None:
    emit({"data": ROWS[0]}, fmt=None, paged=False, everything=False)
    assert json.loads(capsys.readouterr().out)["data"]["id"] == "1"


def test_table_shows_scalar_attributes(capsys: pytest.CaptureFixture[str]) -> None:
    assert columns_for(ROWS) == ["id", "name", "bundleId", "sku", "contentRightsDeclaration"]
    emit(ROWS, fmt="table", paged=True, everything=False)
    out = capsys.readouterr().out
    assert "com.example.maps" in out and "2 item(s)" in out


def test_profiles(tmp_path: Path) -> None:
    cfg = tmp_path / "config.ini"
    cfg.write_text(
        "[default]\nkey_id = ABC\nissuer_id = X\nprivate_key_path = ~/k.p8\n"
        "[ci]\nkey_id = CI1\nprivate_key_path = /k.p8\n"
    )
    ns = argparse.Namespace(config=str(cfg), profile="ci")
    assert load_profile(ns) == {"key_id": "CI1", "private_key_path": "/k.p8"}
    ns.profile = "default"
    assert load_profile(ns)["issuer_id"] == "X"  # type: ignore[index]
    ns.profile = "nope"
    with pytest.raises(Exception, match="not found"):
        load_profile(ns)


def test_help_is_fast_and_imports_nothing_generated() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); from ascapi.cli import main; "
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out: rc = main(['--help'])\n"
        "bad = [m for m in sys.modules if m.startswith(('ascapi._registry', 'ascapi.models', "
        "'ascapi.resources', 'ascapi.cli._app'))]\n"
        "print(rc, bad, 'RESOURCE' in out.getvalue())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 [] True"


def test_no_arguments_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: ascapi" in capsys.readouterr().out
