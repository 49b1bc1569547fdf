"""Run Prism (`@stoplight/prism-cli`, pinned in package.json) as a mock of Apple's spec.

One Prism at a time: it takes tens of seconds and several hundred MB to load the 7 MB spec, so
the session keeps a single process and restarts it only when the mode (static, dynamic + seed)
changes. It runs in its own process group so teardown stops node and anything it forked.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from ._spec import REPO_ROOT

PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
READY_TIMEOUT = float(os.environ.get("ASCAPI_PRISM_TIMEOUT", "120"))


@dataclass(frozen=True)
class PrismMode:
    dynamic: bool = False
    seed: int | None = None

    @property
    def label(self) -> str:
        return f"dynamic seed {self.seed}" if self.dynamic else "static"

    def args(self) -> list[str]:
        if not self.dynamic:
            return []
        return ["-d"] + ([] if self.seed is None else ["--seed", str(self.seed)])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self.mode: PrismMode | None = None
        self.url = ""
        self._proc: subprocess.Popen[bytes] | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="prism-", suffix=".log", delete=False)
        self.load_seconds = 0.0

    def ensure(self, mode: PrismMode) -> str:
        """The base URL of a Prism running in `mode`, starting (or restarting) it if needed."""
        if self._proc is not None and self._proc.poll() is None and self.mode == mode:
            return self.url
        self.stop()
        port = free_port()
        cmd = [str(PRISM_BIN), "mock", "--errors", "-h", "127.0.0.1", "-p", str(port)]
        cmd += ["-v", "warn", *mode.args(), str(self.spec)]
        self._log.truncate(0)
        started = time.monotonic()
        self._proc = subprocess.Popen(
            cmd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True, cwd=REPO_ROOT
        )
        self.mode, self.url = mode, f"http://127.0.0.1:{port}"
        self._wait_ready(started)
        self.load_seconds = time.monotonic() - started
        return self.url

    def _wait_ready(self, started: float) -> None:
        assert self._proc is not None
        while time.monotonic() - started < READY_TIMEOUT:
            if self._proc.poll() is not None:
                raise RuntimeError(f"prism exited with {self._proc.returncode}:\n{self.log_tail()}")
            try:
                # Any HTTP answer means the spec is loaded and the router is up.
                httpx.get(f"{self.url}/v1/apps", timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"prism did not answer within {READY_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def log_tail(self, size: int = 3000) -> str:
        self._log.flush()
        return Path(self._log.name).read_bytes()[-size:].decode(errors="replace")

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        # The whole group: node may have forked workers that outlive it.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        self.mode = None

    def close(self) -> None:
        self.stop()
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)
