"""Body fields as flags, short usage errors, and `ascapi operations` without a match."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ascapi.cli import USAGE, main
from ascapi.cli._body import Field, _field

pytest.importorskip("ascapi.emulator")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class Team:
    """One emulator state file shared by the runs of a test."""

    def __init__(self, capsys: pytest.CaptureFixture[str], state: Path) -> None:
        self.capsys, self.state = capsys, str(state)

    def run(self, *argv: str) -> tuple[int, str, str]:
        return run(self.capsys, "--emulator", "--state", self.state, *argv)

    def json(self, *argv: str) -> dict[str, object]:
        code, out, err = self.run("--output", "json", *argv)
        assert code == 0, err
        doc: dict[str, object] = json.loads(out)
        return doc

    def ids(self, *argv: str) -> list[str]:
        code, out, err = self.run("--output", "ndjson", *argv)
        assert code == 0, err
        return [json.loads(line)["id"] for line in out.splitlines()]


@pytest.fixture
def team(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Team:
    return Team(capsys, tmp_path / "team.json")


def data(doc: dict[str, object]) -> dict[str, object]:
    value = doc["data"]
    assert isinstance(value, dict)
    return value


def attributes(doc: dict[str, object]) -> dict[str, object]:
    value = data(doc)["attributes"]
    assert isinstance(value, dict)
    return value


# --------------------------------------------------------------------------- body flags


def test_create_with_flags_and_read_it_back(team: Team) -> None:
    (app_id,) = team.ids("apps", "list", "--filter-bundle-id", "com.example.notes")
    builds = team.ids("apps", "builds", "list", app_id)[:2]
    created = team.json(
        "beta-groups", "create", "--name", "QA team", "--app", app_id,
        "--public-link-enabled", "--no-feedback-enabled", "--public-link-limit", "5",
        "--builds", ",".join(builds),
    )  # fmt: skip
    group_id = str(data(created)["id"])
    doc = team.json("beta-groups", "get", group_id)
    assert attributes(doc) | {"createdDate": None} == attributes(created) | {"createdDate": None}
    assert attributes(doc)["name"] == "QA team"
    assert attributes(doc)["publicLinkEnabled"] is True
    assert attributes(doc)["feedbackEnabled"] is False
    assert attributes(doc)["publicLinkLimit"] == 5
    assert data(team.json("beta-groups", "app", "get", group_id))["id"] == app_id
    assert sorted(team.ids("beta-groups", "builds", "list", group_id)) == sorted(builds)


def test_update_with_a_flag(team: Team) -> None:
    (app_id,) = team.ids("apps", "list", "--filter-bundle-id", "com.example.notes")
    version_id = team.ids("apps", "app-store-versions", "list", app_id)[0]
    code, _, err = team.run(
        "--output", "json", "app-store-versions", "update", version_id,
        "--copyright", "2026 Example Inc.",
    )  # fmt: skip
    assert code == 0, err
    doc = team.json("app-store-versions", "get", version_id)
    assert attributes(doc)["copyright"] == "2026 Example Inc."


def test_linkage_ids_are_a_flag(team: Team) -> None:
    (app_id,) = team.ids("apps", "list", "--filter-bundle-id", "com.example.notes")
    build_id = team.ids("apps", "builds", "list", app_id)[0]
    group_id = str(data(team.json("beta-groups", "create", "--name", "Ext", "--app", app_id))["id"])
    code, _, err = team.run("beta-groups", "builds", "add", group_id, "--ids", build_id)
    assert code == 0, err
    assert team.ids("beta-groups", "builds", "list", group_id) == [build_id]
    code, out, err = team.run("beta-groups", "builds", "add", group_id)
    assert (code, out) == (2, "") and "ascapi: --ids (or --body) is required" in err


def test_body_is_the_alternative_not_both(team: Team) -> None:
    (app_id,) = team.ids("apps", "list", "--filter-bundle-id", "com.example.notes")
    body = {
        "data": {
            "type": "betaGroups",
            "attributes": {"name": "From JSON"},
            "relationships": {"app": {"data": {"type": "apps", "id": app_id}}},
        }
    }
    created = team.json("beta-groups", "create", "--body", json.dumps(body))
    assert attributes(created)["name"] == "From JSON"
    code, out, err = team.run(
        "beta-groups", "create", "--body", json.dumps(body), "--name", "X", "--app", app_id
    )
    assert (code, out) == (2, "")
    assert "ascapi: --body cannot be combined with --name, --app" in err
    assert err.startswith("usage: ascapi beta-groups create [options]\n")
    code, _, err = team.run("beta-groups", "create")
    assert code == 2 and "nothing to send: pass --name" in err


def test_enum_flags_take_their_choices(team: Team) -> None:
    code, out, err = team.run("app-store-versions", "update", "1", "--release-type", "SOON")
    assert (code, out) == (2, "")
    assert "invalid choice: 'SOON'" in err and "AFTER_APPROVAL" in err


def test_body_flags_are_in_the_help_without_credentials(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("ASC_KEY_ID", "ASC_ISSUER_ID", "ASC_PRIVATE_KEY", "ASC_PRIVATE_KEY_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ASCAPI_CONFIG", str(tmp_path / "none.ini"))
    code, out, _ = run(capsys, "app-store-versions", "update", "--help")
    assert code == 0
    assert out.startswith("usage: ascapi app-store-versions update ID [options]\n")
    assert "--copyright" in out and "--uses-idfa, --no-uses-idfa" in out
    assert "one of: MANUAL, AFTER_APPROVAL, SCHEDULED" in out and "--body" in out


ALIASES = {"_Enum3": ("IPHONE", "IPAD")}


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("str | None | UnsetType", Field("x", "string")),
        ("bool | None | UnsetType", Field("x", "boolean")),
        ("int | None | UnsetType", Field("x", "integer", metavar="N")),
        ("_dt.date | str | None | UnsetType", Field("x", "string", metavar="DATE")),
        ("_Enum3 | str | None | UnsetType", Field("x", "string", ("IPHONE", "IPAD"))),
        ('Literal["A", "B"] | None', Field("x", "string", ("A", "B"))),
        ("Sequence[str] | str | None | UnsetType", Field("x", "list")),
        ("Sequence[_Enum3 | str] | None | UnsetType", Field("x", "list", ("IPHONE", "IPAD"))),
        ("Checksums | Mapping[str, Any] | None | UnsetType", Field("x", "json", metavar="JSON")),
        ("Sequence[CiAction | Mapping[str, Any]] | None", Field("x", "json", metavar="JSON")),
        ("Any | None | UnsetType", Field("x", "json", metavar="JSON")),
    ],
)
def test_annotations_become_flag_kinds(annotation: str, expected: Field) -> None:
    assert _field("x", annotation, ALIASES) == expected


# --------------------------------------------------------------------------- usage errors


def test_a_missing_id_prints_a_short_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--emulator", "apps", "get")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "usage: ascapi apps get ID [options]",
        "ascapi: the following arguments are required: ID",
        "see `ascapi apps get --help`",
    ]


def test_an_unknown_flag_prints_a_short_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--emulator", "apps", "get", "1", "--colour", "red")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "usage: ascapi apps get ID [options]",
        "ascapi: unrecognized arguments: --colour red",
        "see `ascapi apps get --help`",
    ]


def test_required_options_are_in_the_short_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "reports", "finance", "--vendor", "1")
    assert code == 2
    assert err.splitlines() == [
        "usage: ascapi reports finance --vendor N --region REGION --date DATE [options]",
        "ascapi: the following arguments are required: --region, --date",
        "see `ascapi reports finance --help`",
    ]
    code, _, err = run(capsys, "upload", "screenshot")
    assert code == 2 and err.startswith(
        "usage: ascapi upload screenshot SET_ID FILE... [options]\n"
    )


# --------------------------------------------------------------------------- operations


def test_operations_without_a_match_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "operations", "zzzz")
    assert (code, out, err) == (1, "", "ascapi: no operation matches 'zzzz'\n")


def test_operations_help_states_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "operations", "--help")
    assert code == 0 and out.startswith("usage: ascapi operations [TEXT]")
    assert "1 no operation matches TEXT" in out
    assert "no operation matching TEXT" in " ".join(USAGE.split())
