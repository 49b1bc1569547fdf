"""Adapters around the pure handler: httpx transports (in-process) and an ASGI app (real HTTP)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import httpx

from ._core import Emulator
from ._http import Request, Response

log = logging.getLogger("ascapi.emulator")


class DroppedConnection(ConnectionAbortedError):
    """Ends a response half-way on purpose (dropped-connection fault): the server closes the socket."""


class QuietDrops(logging.Filter):
    """Keeps the server's "Exception in ASGI application" traceback out of the log for deliberate drops."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedConnection))


def quiet_drops(logger: logging.Logger) -> None:
    if not any(isinstance(f, QuietDrops) for f in logger.filters):
        logger.addFilter(QuietDrops())


def _request(request: httpx.Request, body: bytes) -> Request:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in request.headers.raw}
    return Request(request.method, str(request.url), headers, body)


def _httpx_response(answer: Response) -> httpx.Response:
    if answer.drop:  # the body would stop half-way: surface it as httpx does for a real socket
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
    return httpx.Response(answer.status, headers=answer.headers, content=answer.body)


def _read_timeout(request: httpx.Request, delay: float) -> float | None:
    """The client's read timeout when a latency fault outlasts it (then the wait ends in
    httpx.ReadTimeout, as over a socket); None when the answer comes in time."""
    timeout = (request.extensions.get("timeout") or {}).get("read")
    return float(timeout) if timeout is not None and delay > timeout else None


class EmulatorTransport(httpx.BaseTransport):
    """`httpx.Client(transport=emu.transport())`: every request answered in-process."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.emulator.handle(_request(request, request.read()))
        if answer.delay:
            timeout = _read_timeout(request, answer.delay)
            time.sleep(answer.delay if timeout is None else timeout)
            if timeout is not None:
                raise httpx.ReadTimeout("timed out", request=request)
        return _httpx_response(answer)


class AsyncEmulatorTransport(httpx.AsyncBaseTransport):
    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.emulator.handle(_request(request, await request.aread()))
        if answer.delay:
            timeout = _read_timeout(request, answer.delay)
            await asyncio.sleep(answer.delay if timeout is None else timeout)
            if timeout is not None:
                raise httpx.ReadTimeout("timed out", request=request)
        return _httpx_response(answer)


class AsgiApp:
    """The same handler as an ASGI 3 app. Requests to the upload port are told apart by the
    socket they arrived on, so upload URLs point at a different port than the API."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.upload_ports: set[int] = set()
        self.closing = asyncio.Event()  # set when the server shuts down: latency faults end early

    async def pause(self, delay: float) -> None:
        """Wait out a latency fault, or less: the server's shutdown cuts it short (the answer is
        then sent at once) rather than waiting for it and cancelling the request."""
        with contextlib.suppress(asyncio.TimeoutError):  # TimeoutError itself from 3.11
            await asyncio.wait_for(self.closing.wait(), delay)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host, port = scope.get("server") or ("127.0.0.1", 0)
        if port in self.upload_ports:
            origin = self.emulator.upload_origin
        else:
            origin = f"{scope.get('scheme', 'http')}://{headers.get('host', f'{host}:{port}')}"
        query = scope.get("query_string", b"").decode("latin-1")
        url = origin + scope.get("raw_path", scope["path"].encode()).decode("latin-1").split("?")[0]
        url += f"?{query}" if query else ""
        answer = self.emulator.handle(Request(scope["method"], url, headers, bytes(body)))
        if answer.delay:
            await self.pause(answer.delay)
        await self._send(send, answer)

    @staticmethod
    async def _send(send: Any, answer: Response) -> None:
        headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers
                   if k.lower() != "content-length"]
        headers.append((b"content-length", str(len(answer.body)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        if answer.drop:
            # half the promised body, then the connection goes: clients see an incomplete message
            await send({"type": "http.response.body", "body": answer.body[: len(answer.body) // 2],
                        "more_body": True})
            log.debug("fault injection: connection dropped mid-response (status %s)", answer.status)
            raise DroppedConnection("fault injection: connection dropped mid-response")
        await send({"type": "http.response.body", "body": answer.body})
