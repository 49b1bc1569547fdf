"""Shared fixtures of the generated-surface tests: a client on an httpx MockTransport."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

import ascapi

Handler = Callable[[httpx.Request], httpx.Response]


def credentials() -> ascapi.Credentials:
    key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    return ascapi.Credentials("ABC123DEFG", "69a6de70-0000-4000-8000-000000000000", key)


def client(handler: Handler, **kwargs: object) -> ascapi.Client:
    return ascapi.Client(credentials(), transport=httpx.MockTransport(handler), max_retries=0,
                         **kwargs)  # type: ignore[arg-type]


def async_client(handler: Handler, **kwargs: object) -> ascapi.AsyncClient:
    return ascapi.AsyncClient(credentials(), transport=httpx.MockTransport(handler), max_retries=0,
                              **kwargs)  # type: ignore[arg-type]
