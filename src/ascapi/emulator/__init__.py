"""A local, stateful App Store Connect: `ascapi.emulator`.

    emu = Emulator(seed=0)                       # seeded demo team; Emulator(seed=None) starts empty
    key = emu.add_key()                          # KeyCredentials(key_id, issuer_id, private_key PEM)
    httpx.Client(transport=emu.transport())      # in-process; emu.async_transport() for AsyncClient
    with emu.serve(port=0) as base_url: ...      # real HTTP on 127.0.0.1 in a background thread
    emu.inject_fault("/v1/apps*", status=503, rate=0.5)
    emu.inject_fault("/v1/builds", status=429, window="burst", retry_after=2, times=1)  # Apple's 429
    emu.reject_next_asset("IMAGE_INCORRECT_DIMENSIONS")  # the next committed asset ends FAILED
    emu.reject_next_build("90035")               # the next build upload ends FAILED (no build is made)

Asset uploads and analytics report segments live on a second, unauthenticated host
(`emu.upload_origin`; its own port under `serve`), which refuses requests carrying a token.

`Emulator(state_file=path)` resumes from and saves to a JSON file after every request that changed
something; a file that can not be used raises `StateFileError` (a ValueError) at once.

`main(argv)` is the command line (`ascapi emulator serve` calls it).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import pathlib
import sys
from collections.abc import Iterator

import httpx

from ._adapters import AsgiApp, AsyncEmulatorTransport, EmulatorTransport
from ._auth import KeyCredentials
from ._core import DEFAULT_API_ORIGIN, VENDOR_NUMBER
from ._core import Emulator as _Core
from ._faults import Fault
from ._http import Request, Response
from ._state import StateFileError

__all__ = ["DEFAULT_API_ORIGIN", "VENDOR_NUMBER", "Emulator", "Fault", "KeyCredentials", "Request",
           "Response", "StateFileError", "main", "serve"]


class Emulator(_Core):
    def transport(self) -> httpx.BaseTransport:
        return EmulatorTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return AsyncEmulatorTransport(self)

    def asgi_app(self) -> AsgiApp:
        return AsgiApp(self)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0, *, upload_port: int = 0,
              log_level: str = "warning") -> Iterator[str]:
        """Real HTTP in a background thread; yields the base URL (`http://127.0.0.1:PORT`)."""
        from ._server import serve_in_thread

        with serve_in_thread(self, host, port, upload_port, log_level) as base_url:
            yield base_url

    def serve_forever(self, host: str = "127.0.0.1", port: int = 8000, *, upload_port: int = 0,
                      log_level: str = "info") -> None:
        from ._server import serve_forever

        serve_forever(self, host, port, upload_port, log_level)


def serve(host: str = "127.0.0.1", port: int = 8000, state_file: str | pathlib.Path | None = None,
          seed: int | None = 0, *, rate_limit: int = 3600, upload_port: int = 0,
          key_dir: str | pathlib.Path | None = None, log_level: str = "info") -> None:
    """Run the emulator until interrupted. With `key_dir`, a new key is written there as
    `AuthKey_<KEYID>.p8` and its ids printed, so other tools can authenticate."""
    emu = Emulator(seed, rate_limit=rate_limit, state_file=state_file)
    if key_dir is not None:
        key = emu.add_key()
        directory = pathlib.Path(key_dir)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / f"AuthKey_{key.key_id}.p8"
        path.write_text(key.private_key, encoding="utf-8")
        path.chmod(0o600)
        print(f"key file: {path}\nkey id: {key.key_id}\nissuer id: {key.issuer_id}", flush=True)
    else:  # said once the state file has loaded, so a bad one is still a one-line error
        kept = " (or use a key kept in the --state file)" if state_file is not None else ""
        print("ascapi emulator: no API key made, so requests get 401; pass --key-dir DIR to write "
              f"one and print its key and issuer ids{kept}", file=sys.stderr, flush=True)
    emu.serve_forever(host, port, upload_port=upload_port, log_level=log_level)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ascapi emulator serve", description="Run the local App Store Connect.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--upload-port", type=int, default=0, help="port of the upload host (0: any free one)")
    parser.add_argument("--state", dest="state_file", help="JSON file to keep state in and resume from")
    parser.add_argument("--seed", type=int, default=0, help="seed of the demo team")
    parser.add_argument("--empty", action="store_true", help="start without the demo team")
    parser.add_argument("--rate-limit", type=int, default=3600, help="requests per key per hour")
    parser.add_argument("--key-dir", help="write a new AuthKey_<KEYID>.p8 here and print its ids")
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper())
    try:
        serve(args.host, args.port, args.state_file, None if args.empty else args.seed,
              rate_limit=args.rate_limit, upload_port=args.upload_port, key_dir=args.key_dir,
              log_level=args.log_level)
    except KeyboardInterrupt:
        return 0
    return 0
