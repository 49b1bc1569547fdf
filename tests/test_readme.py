"""The README's ```python examples run as written, in order, against the emulator over HTTP."""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys

import pytest

from ascapi.emulator import Emulator

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def test_readme_has_runnable_examples() -> None:
    assert len(python_blocks()) >= 8


def test_readme_names_the_examples_that_are_not_run() -> None:
    """```py blocks are illustrations (placeholders, no emulator): the text must not claim
    that they run, and must say which they are."""
    text = README.read_text(encoding="utf-8")
    illustrations = re.findall(r"^```py\n(.*?)^```", text, re.S | re.M)
    intro = text.split("### Credentials")[0]
    assert "Not run" in intro
    assert {"Credentials" in b or "Emulator" in b for b in illustrations} == {True}
    assert ("credentials" in intro) and ("emulator set-up" in intro)


def test_readme_examples_run_against_the_emulator(
    monkeypatch: pytest.MonkeyPatch, tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emu = Emulator(seed=0)
    key = emu.add_key()
    key_file = tmp_path / f"AuthKey_{key.key_id}.p8"
    key_file.write_text(key.private_key, encoding="utf-8")
    with emu.serve(port=0) as base_url:
        monkeypatch.setenv("ASC_KEY_ID", key.key_id)
        monkeypatch.setenv("ASC_ISSUER_ID", key.issuer_id)
        monkeypatch.setenv("ASC_PRIVATE_KEY_PATH", str(key_file))
        monkeypatch.delenv("ASC_PRIVATE_KEY", raising=False)
        monkeypatch.setenv("ASC_BASE_URL", base_url)
        namespace: dict[str, object] = {"__name__": "readme"}
        for number, block in enumerate(python_blocks(), 1):
            try:
                exec(compile(block, f"README.md block {number}", "exec"), namespace)
            except Exception as exc:  # pragma: no cover - the message is the point
                pytest.fail(f"README block {number} failed: {exc!r}\n{block}")
    out = capsys.readouterr().out
    assert "Example Notes com.example.notes" in out
    assert "apps.builds.list" in out
    assert "404 NOT_FOUND" in out


def test_readme_examples_type_check(tmp_path: pathlib.Path) -> None:
    """Strict mypy over the examples, as one module, as a user's type checker would see them."""
    script = tmp_path / "readme_examples.py"
    script.write_text("\n".join(python_blocks()), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--follow-imports=silent",
         str(script)],
        capture_output=True, text=True, cwd=README.parent, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
