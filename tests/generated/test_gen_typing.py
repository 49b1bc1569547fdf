"""mypy checks tests/typing/usage.py: page items are App, awaited gets are typed, members the spec
requires are plain types, ``ascapi.models`` is typed; a wrong keyword or enum value, an unchecked
``attributes`` or an unknown member is an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

WRONG = '''
import ascapi
from ascapi import models

def wrong(client: ascapi.Client) -> None:
    client.apps.list(filter_bundle="com.example")
    client.builds.get("1", no_such_option=True)
    client.apps.list(fields_apps=["notAField"])
    client.apps.get("1").data.attributes.name
    models.App(type="apps", id="1").no_such_member
    models.App(type="apps")
'''


def test_usage_examples_type_check_and_mistakes_are_errors(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(WRONG)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--python-version", "3.11", "--follow-imports=silent",
         "--cache-dir", str(tmp_path / "cache"), "--no-error-summary", "--show-error-codes",
         str(REPO / "tests/typing/usage.py"), str(wrong)],
        cwd=REPO, capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert not [line for line in lines if "usage.py" in line and "wrong_usage" not in line], lines
    errors = {line.split(":")[1] for line in lines if "wrong_usage.py" in line and "error" in line}
    assert errors == {"6", "7", "8", "9", "10", "11"}, result.stdout
    assert 'Unexpected keyword argument "filter_bundle"' in result.stdout
    assert "notAField" in result.stdout and "[list-item]" in result.stdout
    # attributes may be absent (sparse fieldsets): reading one needs a check first
    assert 'Item "None" of "AppAttributes | UnsetType | None" has no attribute "name"' in result.stdout
    # the models package is typed (not Any), and required members are required
    assert '"App" has no attribute "no_such_member"' in result.stdout
    assert 'Missing named argument "id" for "App"' in result.stdout
