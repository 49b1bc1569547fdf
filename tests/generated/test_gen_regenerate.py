"""Running the generator again reproduces the committed output byte for byte."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = ["src/ascapi/models", "src/ascapi/resources"]
GENERATED_FILES = ["src/ascapi/_registry.py", "src/ascapi/_namespaces.py", "api.md", "codegen/spec.lock"]


def _spec_available() -> bool:
    sys.path.insert(0, str(REPO))
    try:
        from codegen.spec import spec_path
    finally:
        sys.path.pop(0)
    return spec_path().exists()


pytestmark = pytest.mark.skipif(not _spec_available(), reason="Apple's spec is not on this machine")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.py*"))
            if p.suffix in (".py", ".pyi")}


def test_regenerating_into_a_temp_dir_matches_the_committed_output(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run([sys.executable, "-m", "codegen", "--out", str(tmp_path)], cwd=REPO, env=env,
                   check=True, capture_output=True)
    for directory in GENERATED:
        fresh, committed = _tree(tmp_path / directory), _tree(REPO / directory)
        assert sorted(fresh) == sorted(committed), f"{directory}: modules added or removed"
        changed = [name for name in fresh if fresh[name] != committed[name]]
        assert not changed, f"{directory}: regenerated output differs: {changed[:10]}"
    for name in GENERATED_FILES:
        assert filecmp.cmp(tmp_path / name, REPO / name, shallow=False), f"{name} differs"


def test_every_generated_file_carries_the_banner() -> None:
    lock = (REPO / "codegen/spec.lock").read_text()
    for directory in GENERATED:
        for module in [*(REPO / directory).rglob("*.py"), *(REPO / directory).rglob("*.pyi")]:
            head = module.read_text().splitlines()[:2]
            assert head[0].startswith("# Generated from App Store Connect API 4.4.1 (sha256 "), module
            assert head[0].split("sha256 ")[1].rstrip(").") in lock
            assert head[1] == "# Do not edit; run python -m codegen.", module
