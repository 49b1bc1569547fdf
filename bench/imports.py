"""Start-up cost, each in a fresh interpreter: ``import ascapi``, ``import ascapi`` plus a first
``client.apps.list()`` against a canned transport (token signing, the resource and model modules
loaded on first touch), against ``import httpx``.

Each child reports its own wall time from before the import to after the work, so interpreter
start-up (the same for all) is not part of the number. Rounds alternate the candidates.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import textwrap

from . import _fixtures
from ._timing import Row

GROUP = "import"
BASELINE = "import httpx"

_TIMED = """
import time
_t0 = time.perf_counter()
{body}
print(time.perf_counter() - _t0)
"""

_FIRST_CALL = """
import os
import ascapi, httpx
body = open(os.environ["BENCH_BODY"], "rb").read()
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body,
                                headers={{"content-type": "application/json"}}))
creds = ascapi.Credentials("{key_id}", "{issuer_id}", os.environ["BENCH_KEY"])
with ascapi.Client(creds, transport=transport) as client:
    assert client.apps.list().data
"""

SCRIPTS = {
    BASELINE: "import httpx",
    "import ascapi": "import ascapi",
    "import ascapi + first apps.list()": _FIRST_CALL.format(key_id=_fixtures.KEY_ID,
                                                             issuer_id=_fixtures.ISSUER_ID),
}


def _env(workdir: str) -> dict[str, str]:
    body_file = os.path.join(workdir, "apps.json")
    with open(body_file, "wb") as fh:
        fh.write(_fixtures.apps_page())
    env = dict(os.environ, BENCH_BODY=body_file, BENCH_KEY=_fixtures.private_key_pem())
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(script: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    code = _TIMED.format(body=textwrap.dedent(script))
    return subprocess.run([sys.executable, *args, "-c", code], env=env, capture_output=True,
                          text=True, check=True, timeout=120)


def _self_times(script: str, env: dict[str, str]) -> dict[str, float]:
    stderr = _child(script, env, "-X", "importtime").stderr
    per_package: dict[str, float] = {}
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            package = match.group(2).split(".")[0]
            per_package[package] = per_package.get(package, 0.0) + int(match.group(1)) / 1e3
    return per_package


def top_imports(env: dict[str, str], count: int = 5) -> list[tuple[str, float]]:
    """Top-level packages costing most (self time, ms) on the first-call path and not already
    loaded by ``import httpx`` (which, for one, pulls in rich and click for its CLI if present)."""
    first = _self_times(SCRIPTS["import ascapi + first apps.list()"], env)
    httpx_only = _self_times(SCRIPTS[BASELINE], env)
    extra = {p: ms for p, ms in first.items() if p not in httpx_only}
    return sorted(extra.items(), key=lambda kv: -kv[1])[:count]


def run(rounds: int = 7, workdir: str | None = None) -> list[Row]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        env = _env(workdir or tmp)
        for script in SCRIPTS.values():
            _child(script, env)  # byte-compile once so every round reads .pyc files
        times: dict[str, list[float]] = {name: [] for name in SCRIPTS}
        for r in range(rounds):
            names = list(SCRIPTS)
            for name in names[r % len(names):] + names[:r % len(names)]:
                times[name].append(float(_child(SCRIPTS[name], env).stdout.split()[-1]))
        top = top_imports(env)
    base = times[BASELINE]
    note = "top self time on first call beyond httpx's: " + ", ".join(f"{p} {ms:.0f} ms" for p, ms in top)
    rows = []
    for name in SCRIPTS:
        if name == BASELINE:
            continue
        ratio = statistics.median(a / b for a, b in zip(times[name], base, strict=True))
        rows.append(Row(GROUP, name, BASELINE, ratio, statistics.median(times[name]) * 1e3,
                        statistics.median(base) * 1e3,
                        note if name != "import ascapi" else ""))
    return rows
