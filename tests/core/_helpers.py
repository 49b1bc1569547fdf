"""Helpers for the core tests: throwaway keys, credentials, mock transports, both client kinds."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

import ascapi

KEY_ID = "ABC123DEFG"
ISSUER = "69a6de70-0000-47e3-e053-5b8c7c11a4d1"
API = "https://api.appstoreconnect.apple.com"
RL = {"X-Rate-Limit": "user-hour-lim:3600;user-hour-rem:3599;"}

_KEY = ec.generate_private_key(ec.SECP256R1())


def pem(key: Any = _KEY) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def public_key() -> ec.EllipticCurvePublicKey:
    return _KEY.public_key()


def creds(**kwargs: Any) -> ascapi.Credentials:
    return ascapi.Credentials(KEY_ID, ISSUER, pem(), **kwargs)


def jresp(status: int = 200, body: Any = None, headers: dict[str, str] | None = None
          ) -> httpx.Response:
    all_headers = {"Content-Type": "application/json", **RL, **(headers or {})}
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, headers=all_headers, content=content)


def errors_body(*items: dict[str, Any]) -> dict[str, Any]:
    return {"errors": list(items)}


class Recorder:
    """A MockTransport handler answering from a list (or a function) and recording requests."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], Any]
                 ) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def urls(self) -> list[str]:
        return [str(r.url) for r in self.requests]


def client(mode: str, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    kwargs.setdefault("sleep", lambda s: None)
    cls = ascapi.Client if mode == "sync" else ascapi.AsyncClient
    credentials = kwargs.pop("credentials", None) or creds()
    return cls(credentials, transport=httpx.MockTransport(handler), **kwargs)


async def resolve(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def collect(pages: Any, **kwargs: Any) -> list[Any]:
    if isinstance(pages, ascapi.Page):
        return list(pages.iter(**kwargs))
    return [item async for item in pages.iter(**kwargs)]
