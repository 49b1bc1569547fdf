"""Other App Store Connect clients from PyPI, listing builds (one page of 24, every item) against
the emulator over loopback HTTP, compared with ascapi doing the same.

- ``asconnect`` (Microsoft): its URL builder is pointed at the emulator.
- ``appstoreconnect`` (Ponytech): its module-level ``BASE_API`` is pointed at the emulator; its
  token code targets PyJWT 1.x (``jwt.encode(...).decode()``) and omits ``iat``, so its claims
  plus ``iat`` are signed with PyJWT 2 here; its usage statistics (sent to a third-party server) are turned off.
- ``applaud`` is not measured: it requires pydantic<2, which cannot share the environment with
  the pydantic v2 baseline of the decode benchmark.

Both of the measured clients call ``requests.get`` without a session, so each request opens a
new connection; ascapi keeps its pool. That difference is part of what a user gets, so it stays.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any

import ascapi

from . import _fixtures
from ._timing import Row, compare

GROUP = "other clients"
ASCAPI = "ascapi builds.list()"
SKIPPED_NOTE = "applaud: needs pydantic<2"


def _asconnect(base_url: str, key: Any) -> Callable[[], list[Any]] | str:
    try:
        import asconnect
        from asconnect.httpclient import HttpClient
    except ImportError:
        return "asconnect not installed"

    class LocalHttpClient(HttpClient):  # type: ignore[misc]
        def generate_url(self, endpoint: str) -> str:
            return f"{base_url}/v1/{endpoint}"

    client = asconnect.Client(key_id=key.key_id, key_contents=key.private_key,
                              issuer_id=key.issuer_id)
    client.build.http_client.__class__ = LocalHttpClient  # the sub-clients share this object
    return lambda: list(client.build.get_builds())


def _appstoreconnect(base_url: str, key: Any) -> Callable[[], list[Any]] | str:
    try:
        import appstoreconnect
        import appstoreconnect.api as asc_api
    except ImportError:
        return "appstoreconnect not installed"
    import jwt

    class LocalApi(appstoreconnect.Api):  # type: ignore[misc]
        def _generate_token(self) -> str:
            # The library's claims plus `iat` (which the emulator requires, as Apple documents),
            # signed with PyJWT 2 (which returns str).
            now = int(time.time())
            self.token_gen_date = now
            return jwt.encode({"iss": self.issuer_id, "iat": now, "exp": now + 1200,
                               "aud": "appstoreconnect-v1"}, self.key_file,
                              headers={"kid": self.key_id, "typ": "JWT"}, algorithm="ES256")

        @property
        def token(self) -> str:
            if self._token is None or time.time() - self.token_gen_date > 900:
                self._token = self._generate_token()
            return self._token  # type: ignore[no-any-return]

    asc_api.BASE_API = base_url
    api = LocalApi(key.key_id, key.private_key, key.issuer_id, submit_stats=False)
    return lambda: list(api.list_builds())


@contextlib.contextmanager
def _served() -> Iterator[tuple[str, Any, ascapi.Client]]:
    emu, _ = _fixtures.emulator()
    key = emu.add_key()
    creds = ascapi.Credentials(key.key_id, key.issuer_id, key.private_key)
    with emu.serve() as base_url, ascapi.Client(creds, base_url=base_url) as client:
        yield base_url, key, client


def run(rounds: int = 7, inner: int = 10) -> list[Row]:
    rows: list[Row] = []
    with _served() as (base_url, key, client):
        found: dict[str, Callable[[], Any]] = {ASCAPI: lambda: list(client.builds.list())}
        skipped = [SKIPPED_NOTE]
        for name, make in (("asconnect get_builds()", _asconnect),
                           ("appstoreconnect list_builds()", _appstoreconnect)):
            made = make(base_url, key)
            if isinstance(made, str):
                skipped.append(made)
                continue
            count = len(made())
            if count != len(found[ASCAPI]()):
                skipped.append(f"{name}: listed {count} items, not the same page")
                continue
            found[name] = made
        timings = compare(found, rounds=rounds, inner=inner)
        note = f"{len(found[ASCAPI]())} builds, loopback HTTP; not measured: " + "; ".join(skipped)
        for name in found:
            if name != ASCAPI:
                rows.append(timings.row(GROUP, name, ASCAPI, note))
                note = ""
        if len(found) == 1:
            rows.append(Row(GROUP, "(no other client installed)", ASCAPI, float("nan"),
                            timings.median(ASCAPI) * 1e3, timings.median(ASCAPI) * 1e3, note))
    return rows
