"""``python -m codegen [--out ROOT]``: regenerate every generated file from Apple's spec.

ROOT defaults to the repository; the regenerate-and-diff test points it at a temp dir.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import apidoc, spec
from .models import SUPPORT as MODELS_SUPPORT
from .models import ModelGenerator, package_init, package_stub
from .operations import analyse
from .resources import SUPPORT as RESOURCES_SUPPORT
from .resources import ResourceWriter, namespaces_source, registry_source

REPO = Path(__file__).resolve().parent.parent


def banner(s: spec.Spec) -> str:
    return (f"# Generated from App Store Connect API {s.version} (sha256 {s.sha256}).\n"
            "# Do not edit; run python -m codegen.\n")


def render(s: spec.Spec) -> dict[str, str]:
    """Relative path -> content of every generated file (Python ones not yet formatted)."""
    models = ModelGenerator(s)
    files = {f"src/ascapi/models/{name}.py": src for name, src in models.generate().items()}
    files["src/ascapi/models/_support.py"] = MODELS_SUPPORT
    files["src/ascapi/models/__init__.py"] = package_init(models.exports, models.included_types())
    files["src/ascapi/models/__init__.pyi"] = package_stub(models.exports)
    ops = analyse(s)
    writer = ResourceWriter(ops, models)
    for name, src in writer.generate().items():
        files[f"src/ascapi/resources/{name}.py"] = src
    files["src/ascapi/resources/_support.py"] = RESOURCES_SUPPORT
    files["src/ascapi/resources/__init__.py"] = (
        '"""Generated resource classes; reached through ``client.<namespace>``."""\n')
    files["src/ascapi/_namespaces.py"] = namespaces_source(ops)
    files["src/ascapi/_registry.py"] = registry_source(ops)
    head = banner(s)
    files = {path: head + "\n" + src for path, src in files.items()}
    files["api.md"] = apidoc.render(s, ops, writer)
    files["codegen/spec.lock"] = spec.lock(s)
    return files


def write(root: Path, files: dict[str, str]) -> None:
    # generated directories are replaced wholesale so a removed schema leaves no stale module
    for directory in ("src/ascapi/models", "src/ascapi/resources"):
        shutil.rmtree(root / directory, ignore_errors=True)
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)


def ruff_format(root: Path) -> None:
    """Format the Python output with fixed settings, independent of any config near ROOT."""
    paths = [str(root / p) for p in ("src/ascapi/models", "src/ascapi/resources",
                                     "src/ascapi/_registry.py", "src/ascapi/_namespaces.py")]
    ruff = Path(sys.executable).parent / "ruff"
    command = [str(ruff) if ruff.exists() else "ruff"]
    base = ["--isolated", "--line-length", "100", "--target-version", "py310"]
    subprocess.run([*command, "check", "--fix-only", "--select", "I", "--quiet", *base, *paths], check=True)
    subprocess.run([*command, "format", "--quiet", *base, *paths], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO, help="root to write into (default: the repo)")
    parser.add_argument("--spec", type=Path, default=None, help="Apple's spec (default: $ASCAPI_SPEC or ../shared)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    s = spec.load(args.spec)
    files = render(s)
    write(args.out, files)
    ruff_format(args.out)
    if importlib.util.find_spec("codegen.emulator_index") is not None:
        emulator = args.out / "src/ascapi/emulator"
        emulator.mkdir(parents=True, exist_ok=True)
        importlib.import_module("codegen.emulator_index").write(s.doc, emulator)
    elapsed = time.perf_counter() - started
    print(f"codegen: {len(files)} files for spec {s.version} in {elapsed:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
