"""The command line's answers to bad input, its output rules and its emulator plumbing."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ascapi.cli import USAGE, main
from ascapi.cli._app import _make_client, base_url_for, emulator_key_path
from ascapi.cli._output import emit

pytest.importorskip("ascapi.emulator")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pem_key() -> str:
    return (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )


# --------------------------------------------------------------------------- emulator serve


def test_emulator_serve_gets_its_own_options(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    monkeypatch.setattr("ascapi.emulator.main", fake_main)
    argv = ["--port", "8765", "--state", "team.json", "--seed", "5", "--key-dir", "keys"]
    assert main(["emulator", "serve", *argv]) == 0
    assert seen == [argv]


def test_emulator_serve_without_key_dir_says_how_to_get_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("ascapi.emulator.Emulator.serve_forever", lambda *a, **k: None)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "emulator", "serve", "--port", "8765")
    assert (code, out) == (0, "")
    (line,) = err.splitlines()
    assert "401" in line and "pass --key-dir DIR" in line and "PRIVATE KEY" not in line
    code, _, err = run(capsys, "emulator", "serve", "--state", "team.json")
    assert "--key-dir DIR" in err and "--state file" in err
    code, _, err = run(capsys, "emulator", "serve", "--key-dir", "keys")
    assert code == 0 and "401" not in err


def test_emulator_serve_with_key_dir_prints_the_ids_but_no_private_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("ascapi.emulator.Emulator.serve_forever", lambda *a, **k: None)
    code, out, err = run(capsys, "emulator", "serve", "--key-dir", str(tmp_path))
    assert code == 0 and "key id:" in out and "issuer id:" in out
    assert "PRIVATE KEY" not in out + err and "401" not in err


def test_emulator_usage_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert "ascapi emulator serve [--port N] [--state FILE] [--seed N] [--key-dir DIR]" in USAGE
    code, _, err = run(capsys, "emulator", "start")
    assert code == 2 and "--key-dir DIR" in err


# --------------------------------------------------------------------------- base URL


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASC_BASE_URL", "http://env.test")
    profile = {"base_url": "http://profile.test"}
    assert base_url_for(argparse.Namespace(base_url="http://flag.test"), profile) == (
        "http://flag.test"
    )
    assert base_url_for(argparse.Namespace(base_url=None), profile) == "http://profile.test"
    assert base_url_for(argparse.Namespace(base_url=None), {}) == "http://env.test"
    assert base_url_for(argparse.Namespace(base_url=None), None) == "http://env.test"
    monkeypatch.delenv("ASC_BASE_URL")
    assert base_url_for(argparse.Namespace(base_url=None), None) is None


def test_client_from_the_environment_honours_asc_base_url(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("ASC_PRIVATE_KEY_PATH", raising=False)
    monkeypatch.setenv("ASC_KEY_ID", "ABC123DEFG")
    monkeypatch.setenv("ASC_ISSUER_ID", "69a6de70-0000-47e3-e053-5b8c7c11a4d1")
    monkeypatch.setenv("ASC_PRIVATE_KEY", pem_key())
    monkeypatch.setenv("ASC_BASE_URL", "http://127.0.0.1:8765")
    opts = argparse.Namespace(
        emulator=False, config=str(tmp_path / "none.ini"), profile="default", base_url=None
    )
    (tmp_path / "none.ini").write_text("")
    client = _make_client(opts)
    try:
        assert client.base_url == "http://127.0.0.1:8765"
    finally:
        client.close()
    assert "ASC_BASE_URL" in USAGE


# --------------------------------------------------------------------------- bad input


def test_missing_body_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--emulator", "apps", "update", "1", "--body", "@/missing.json")
    assert code == 2 and out == ""
    assert err == "ascapi: cannot read /missing.json: No such file or directory\n"


def test_body_that_is_not_json_names_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    body = tmp_path / "body.json"
    body.write_text("{nope")
    code, _, err = run(capsys, "--emulator", "apps", "update", "1", "--body", f"@{body}")
    assert code == 2 and err.startswith(f"ascapi: {body} is not valid JSON")


@pytest.mark.parametrize(
    "text",
    ["key_id = ABC\n", "[default]\nkey_id = A\n[default]\nkey_id = B\n"],
    ids=["no-section", "duplicate-section"],
)
def test_malformed_config_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    cfg = tmp_path / "config.ini"
    cfg.write_text(text)
    code, _, err = run(capsys, "--config", str(cfg), "apps", "list")
    assert code == 2 and err.startswith(f"ascapi: cannot read {cfg}: ")
    assert "Traceback" not in err


def test_unreadable_config_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cfg = tmp_path / "config.ini"
    cfg.mkdir()  # a directory: open() fails even when running as root
    code, _, err = run(capsys, "--config", str(cfg), "apps", "list")
    assert code == 2 and err.startswith("ascapi: ")


def test_bad_key_file_is_a_usage_error_without_the_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = tmp_path / "AuthKey_ABC123DEFG.p8"
    key.write_text("-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----\n")
    cfg = tmp_path / "config.ini"
    cfg.write_text(f"[default]\nkey_id = ABC123DEFG\nprivate_key_path = {key}\n")
    code, _, err = run(capsys, "--config", str(cfg), "apps", "list")
    assert code == 2 and err.startswith("ascapi: ") and "c2VjcmV0" not in err
    cfg.write_text(f"[default]\nkey_id = ABC123DEFG\nprivate_key_path = {tmp_path}/gone.p8\n")
    code, _, err = run(capsys, "--config", str(cfg), "apps", "list")
    assert code == 2 and "gone.p8" in err


def test_corrupt_emulator_state_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    state.write_text("{not json")
    code, _, err = run(capsys, "--emulator", "--state", str(state), "apps", "list")
    assert code == 2 and err.startswith(f"ascapi: emulator state file {state} is not valid JSON")
    assert err.count(str(state)) == 1 and len(err.strip().splitlines()) == 1


def test_bad_output_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--output", "yaml", "apps", "list"])
    assert info.value.code == 2
    assert "invalid choice: 'yaml'" in capsys.readouterr().err


def test_unknown_columns_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--emulator", "--output", "table", "--columns", "nme", "apps", "list"
    )
    assert code == 2 and out == "" and "no column 'nme'" in err and "name" in err


# --------------------------------------------------------------------------- output rule

LIST = [{"type": "apps", "id": str(i), "attributes": {"name": f"App {i}"}} for i in range(3)]


def test_help_states_the_output_rule() -> None:
    assert "piped, JSON" in USAGE and "for a single document and NDJSON" in USAGE
    assert "json prints a list as one JSON array" in " ".join(USAGE.split())


def test_piped_lists_are_ndjson_and_json_is_one_array(capsys: pytest.CaptureFixture[str]) -> None:
    emit(LIST, fmt=None, paged=True, everything=False)
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == LIST
    emit(LIST, fmt="json", paged=True, everything=False)
    assert json.loads(capsys.readouterr().out) == LIST
    emit({"data": LIST[0]}, fmt="ndjson", paged=False, everything=False)
    assert capsys.readouterr().out.count("\n") == 1


# --------------------------------------------------------------------------- reports

TSV = "Provider\tSKU\tTitle\tUnits\nAPPLE\tN-1\tNotes\t3\nAPPLE\tM-2\tMaps\t5\n"
REPORT = gzip.compress(TSV.encode())


def test_piped_report_is_gunzipped_tsv(capsys: pytest.CaptureFixture[str]) -> None:
    emit(REPORT, fmt=None, paged=False, everything=False)
    assert capsys.readouterr().out == TSV


def test_raw_report_is_the_bytes(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    emit(REPORT, fmt="raw", paged=False, everything=False)
    assert capsysbinary.readouterr().out == REPORT


def test_report_as_table_and_rows(capsys: pytest.CaptureFixture[str]) -> None:
    emit(REPORT, fmt="table", paged=False, everything=False)
    out = capsys.readouterr().out
    assert "Notes" in out and "Maps" in out and "\x1f\x8b" not in out
    emit(REPORT, fmt="ndjson", paged=False, everything=False)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[1] == {"Provider": "APPLE", "SKU": "M-2", "Title": "Maps", "Units": "5"}


def test_csv_text_is_printed_as_is(capsys: pytest.CaptureFixture[str]) -> None:
    emit("code,expires\nA1,2026-01-01\n", fmt="table", paged=False, everything=False)
    assert capsys.readouterr().out == "code,expires\nA1,2026-01-01\n"


def test_sales_report_command_prints_tsv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--emulator", "sales-reports", "list", "--filter-vendor-number", "80012345",
        "--filter-report-type", "SALES", "--filter-report-sub-type", "SUMMARY",
        "--filter-frequency", "DAILY",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Provider\t")


# --------------------------------------------------------------------------- suggestions


def test_unknown_action_suggests_the_close_one(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "apps", "lst")
    assert code == 2 and "unknown action 'lst'" in err and "did you mean 'list'?" in err
    code, _, err = run(capsys, "aps", "list")
    assert code == 2 and "unknown resource 'aps'" in err and "did you mean 'apps'?" in err


# --------------------------------------------------------------------------- tables

WIDE = [
    {
        "type": "builds",
        "id": f"d67e55fd-642b-4a42-aef9-c00b8a64c1b{i}",
        "attributes": {
            "version": f"10{i}",
            "uploadedDate": "2026-01-01T10:00:00.000+00:00",
            "expirationDate": "2026-04-01T10:00:00.000+00:00",
            "expired": False,
            "minOsVersion": "17.0",
            "processingState": "VALID",
            "iconAssetToken": "https://example.com/" + "x" * 80,
            "buildAudienceType": "APP_STORE_ELIGIBLE",
        },
    }
    for i in range(3)
]


def test_wide_tables_fit_80_columns(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    emit(WIDE, fmt="table", paged=True, everything=False)
    lines = capsys.readouterr().out.splitlines()
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 3  # one line per row: nothing wrapped
    assert all(len(line) <= 80 for line in lines)
    assert "d67e55fd-642b-4a42-aef9-c00b8a64c1b0" in body[0] and "VALID" in body[0]


def test_columns_choose_and_long_values_end_with_an_ellipsis(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    emit(WIDE, fmt="table", paged=True, everything=False, columns=["version", "iconAssetToken"])
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if "version" in line)
    assert "iconAssetToken" in header and "processingState" not in header
    assert "…" in out and "x" * 60 not in out


def test_columns_option_reaches_the_table(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    code, out, err = run(
        capsys, "--emulator", "--output", "table", "apps", "list", "--columns", "bundleId"
    )
    assert code == 0, err
    assert "com.example.notes" in out and "Example Notes" not in out


# --------------------------------------------------------------------------- emulator key


def test_emulator_state_keeps_one_cli_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    state = tmp_path / "team.json"
    for _ in range(3):
        code, _, err = run(capsys, "--emulator", "--state", str(state), "apps", "list")
        assert code == 0, err
    keys: list[dict[str, Any]] = json.loads(state.read_text())["keys"]
    assert len(keys) == 1
    key_file = emulator_key_path(state)
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
