"""Real HTTP on loopback with uvicorn: the API on one port, the upload host on another."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn

from ._adapters import AsgiApp, quiet_drops
from ._core import Emulator


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # accepted connections inherit it: without, small answers wait ~40 ms on Nagle + delayed ACK
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class _Server(uvicorn.Server):
    """Ends the app's latency faults first on shutdown, so no request outlives the grace period
    (uvicorn would cancel it and log the traceback)."""

    def __init__(self, config: uvicorn.Config, app: AsgiApp) -> None:
        super().__init__(config)
        self.app = app

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.app.closing.set()
        await super().shutdown(sockets)


def _server(emulator: Emulator, host: str, port: int, upload_port: int,
            log_level: str) -> tuple[uvicorn.Server, list[socket.socket], str]:
    api_sock, upload_sock = _bind(host, port), _bind(host, upload_port)
    app = AsgiApp(emulator)
    app.upload_ports.add(upload_sock.getsockname()[1])
    local = "127.0.0.1" if host in ("", "0.0.0.0") else host  # all interfaces: name one to connect to
    emulator.upload_port = upload_sock.getsockname()[1]
    emulator.upload_origin = f"http://{local}:{emulator.upload_port}"
    config = uvicorn.Config(app, log_level=log_level, lifespan="off", access_log=False,
                            timeout_graceful_shutdown=1)
    quiet_drops(logging.getLogger("uvicorn.error"))  # after Config, which sets up uvicorn's logging
    base_url = f"http://{local}:{api_sock.getsockname()[1]}"
    return _Server(config, app), [api_sock, upload_sock], base_url


@contextlib.contextmanager
def serve_in_thread(emulator: Emulator, host: str = "127.0.0.1", port: int = 0,
                    upload_port: int = 0, log_level: str = "warning") -> Iterator[str]:
    """Serve in a background thread; yields the API base URL; stops the server on exit."""
    server, socks, base_url = _server(emulator, host, port, upload_port, log_level)
    thread = threading.Thread(target=server.run, kwargs={"sockets": socks}, daemon=True,
                              name="ascapi-emulator")
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator's HTTP server did not start")
        time.sleep(0.005)
    try:
        yield base_url
    finally:
        server.should_exit = True
        thread.join(5)
        for sock in socks:
            sock.close()


def serve_forever(emulator: Emulator, host: str = "127.0.0.1", port: int = 8000,
                  upload_port: int = 0, log_level: str = "info") -> None:
    """Block serving until interrupted (Ctrl-C)."""
    server, socks, base_url = _server(emulator, host, port, upload_port, log_level)
    print(f"App Store Connect emulator on {base_url} (uploads on {emulator.upload_origin}); "
          "Ctrl-C to stop", flush=True)
    try:
        server.run(sockets=socks)
    finally:
        for sock in socks:
            sock.close()
