"""``python -m bench``: install the pinned baselines if missing, run every benchmark, print the
table of ratios and write ``bench/RESULTS.md`` with the numbers and the machine they came from."""

from __future__ import annotations

import argparse
import importlib.metadata
import math
import os
import pathlib
import platform
import subprocess
import sys
import time
from collections.abc import Callable

HERE = pathlib.Path(__file__).resolve().parent
REQUIREMENTS = HERE / "requirements.txt"


def _pins() -> list[tuple[str, str]]:
    pins = []
    for line in REQUIREMENTS.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins.append((name.strip(), version.strip()))
    return pins


def ensure_requirements() -> None:
    """``pip install --no-deps`` the pinned baselines unless all are there at those versions."""
    missing = []
    for name, version in _pins():
        try:
            if importlib.metadata.version(name) != version:
                missing.append(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(name)
    if missing:
        print(f"installing bench requirements ({', '.join(missing)})", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "-r",
                        str(REQUIREMENTS)], check=True)
        importlib.invalidate_caches()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine() -> list[str]:
    cpu = platform.processor() or "?"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    packages = ["ascapi", "httpx", "msgspec", "pydantic", "orjson", "asconnect", "appstoreconnect",
                "requests"]
    return [
        f"- CPU: {cpu}, {os.cpu_count()} logical cores (shared with other work while measured)",
        f"- OS: {platform.platform()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- load average at the end (1, 5, 15 min): {load}",
        "- packages: " + ", ".join(f"{p} {_version(p)}" for p in packages),
    ]


def _suites(quick: bool) -> dict[str, Callable[[], list]]:  # type: ignore[type-arg]
    from . import decode, imports, others, overhead, paging

    q = 3 if quick else 1  # --quick divides the repetitions
    return {
        "decode": lambda: decode.run(rounds=max(3, 9 // q)),
        "request": lambda: overhead.run(rounds=max(3, 9 // q), inner=200 // q,
                                        http_rounds=max(3, 7 // q), http_inner=max(5, 40 // q)),
        "pagination": lambda: paging.run(rounds=max(3, 7 // q)),
        "import": lambda: imports.run(rounds=max(3, 9 // q)),
        "other clients": lambda: others.run(rounds=max(3, 7 // q), inner=max(3, 10 // q)),
    }


def _fmt_ratio(ratio: float) -> str:
    return "n/a" if math.isnan(ratio) else f"{ratio:.2f}x"


def table(rows: list) -> list[str]:  # type: ignore[type-arg]
    lines = ["| group | measured | against | ratio | measured ms | baseline ms | note |",
             "|---|---|---|---:|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {r.group} | {r.name} | {r.baseline} | {_fmt_ratio(r.ratio)} | "
                     f"{r.per_op_ms:.3f} | {r.baseline_per_op_ms:.3f} | {r.note} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", action="append", help="run only this group (repeatable)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (noisier)")
    parser.add_argument("--no-install", action="store_true",
                        help="do not install bench/requirements.txt; missing baselines are skipped")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"),
                        help="where to write the results (default: bench/RESULTS.md)")
    args = parser.parse_args(argv)
    if not args.no_install:
        ensure_requirements()
    suites = _suites(args.quick)
    unknown = set(args.only or ()) - set(suites)
    if unknown:
        parser.error(f"unknown group(s) {sorted(unknown)}; known: {sorted(suites)}")
    rows = []
    started = time.perf_counter()
    for name, suite in suites.items():
        if args.only and name not in args.only:
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(suite())
    elapsed = time.perf_counter() - started
    lines = table(rows)
    print("\n".join(lines))
    text = "\n".join([
        "# ascapi benchmark results",
        "",
        "Written by `python -m bench` (`make bench`); do not edit by hand. Every ratio is the",
        "median over rounds of (measured time / baseline time), the two run side by side in each",
        "round, so below 1 means faster than the baseline. Times are medians per operation and",
        "move with the machine's load; the ratios are what to compare across runs.",
        "",
        *lines,
        "",
        "## Machine",
        "",
        *machine(),
        f"- run took {elapsed:.0f} s{' (--quick)' if args.quick else ''}",
        "",
    ])
    if not args.only:
        pathlib.Path(args.output).write_text(text, encoding="utf-8")
        print(f"\nwritten to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
