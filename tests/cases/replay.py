"""Generic replay of a ../shared/cases fixture (format: shared/cases/README.md).

Reusable by every case test:

* :func:`load_case` reads ``Cnn.json`` (``$ASCAPI_CASES`` or ``<repo>/../shared/cases``).
* :func:`make_key` generates a throwaway P-256 key and applies a ``private_key_form``.
* :class:`FrozenClock` is the client's ``time.time`` (``install`` patches it) and the server clock.
* :class:`SleepRecorder` is an injectable ``sleep`` (sync or async clients) that records waits.
* :class:`ReplayTransport` answers with the case's responses by its match rules, checks bearer
  tokens (``token_check``), serves ``reject_response`` / ``fallback_response``, advances clocks and
  records every request.
* :func:`check_requests` compares the recorded traffic with the case's ``request`` entries.
"""

from __future__ import annotations

import base64
import gzip
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

API_HOST = "api.appstoreconnect.apple.com"
API_BASE = f"https://{API_HOST}"
CASES_DIR = Path(os.environ.get("ASCAPI_CASES", Path(__file__).resolve().parents[3] / "shared"
                                / "cases"))


def load_case(case_id: str) -> dict[str, Any]:
    path = CASES_DIR / f"{case_id}.json"
    if not path.exists():
        pytest.skip(f"case fixtures not found at {CASES_DIR}")
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return case


# --- keys --------------------------------------------------------------------------------------

def new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def pkcs8_pem(key: Any) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


KEY_FORMS = ("pem", "pem_with_literal_backslash_n", "crlf", "one_line", "base64_der", "bytes",
             "pem_with_whitespace")


def key_form(pem: str, form: str) -> str | bytes:
    """Apply a ``private_key_form`` transformation to an LF PKCS#8 PEM."""
    if form == "pem":
        return pem
    if form == "pem_with_literal_backslash_n":
        return pem.replace("\n", "\\n")
    if form == "crlf":
        return pem.replace("\n", "\r\n")
    if form == "one_line":
        return pem.replace("\n", " ").strip()
    if form == "base64_der":
        return "".join(line for line in pem.splitlines() if not line.startswith("-----"))
    if form == "bytes":
        return pem.encode()
    if form == "pem_with_whitespace":
        return "\n\n  " + pem + "  \n"
    raise ValueError(f"unknown private_key_form {form!r}")


def make_key(given: dict[str, Any]) -> tuple[str | bytes, ec.EllipticCurvePublicKey | None]:
    """(what to hand the client, public key to verify with) for a case's ``given``."""
    form = given.get("private_key_form", "pem")
    if form == "literal_text":
        return given["private_key_text"], None
    key = new_key()
    return key_form(pkcs8_pem(key), form), key.public_key()


# --- clocks and sleep ------------------------------------------------------------------------------

class FrozenClock:
    """Client clock (what ``time.time()`` returns) and server clock, moved by hand or per request."""

    def __init__(self, client_now: float = 1767225600, server_now: float | None = None) -> None:
        self.client_now = float(client_now)
        self.server_now = float(client_now if server_now is None else server_now)

    @classmethod
    def from_given(cls, given: dict[str, Any]) -> FrozenClock:
        clock = given.get("clock", {})
        return cls(clock.get("client_now", 1767225600), clock.get("server_now"))

    def __call__(self) -> float:
        return self.client_now

    def advance(self, seconds: float) -> None:
        self.client_now += seconds
        self.server_now += seconds

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make ``time.time`` (which the client's token minting reads) return the client clock."""
        monkeypatch.setattr("time.time", self)


class SleepRecorder:
    """Injected ``sleep``: records each wait and returns at once (works for both clients)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


# --- traffic -------------------------------------------------------------------------------------

def decoded_query(url: httpx.URL | str) -> list[tuple[str, str]]:
    query = urlsplit(str(url)).query
    return parse_qsl(query, keep_blank_values=True)


def query_matches(url: httpx.URL | str, expected: dict[str, str]) -> bool:
    """Percent-decoded pairs, any order; a repeated key never matches."""
    pairs = decoded_query(url)
    return len(pairs) == len(dict(pairs)) and dict(pairs) == expected


def body_json(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


def bearer(request: httpx.Request) -> str | None:
    value = request.headers.get("authorization")
    if value is None:
        return None
    assert value.startswith("Bearer "), "Authorization is not a bearer token"
    return value[len("Bearer "):]


def jwt_parts(token: str) -> tuple[dict[str, Any], dict[str, Any], bytes]:
    head, payload, signature = token.split(".")

    def b64(s: str) -> bytes:
        return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))

    return json.loads(b64(head)), json.loads(b64(payload)), b64(signature)


_RULE = re.compile(r"^(\w+)(?: - (\w+))? (<=|<|>=|>|==) (\w+|\d+)$")


def check_rule(rule: str, values: dict[str, float]) -> bool:
    match = _RULE.match(rule.strip())
    assert match, f"unsupported token rule {rule!r}"
    left = values[match.group(1)] - (values[match.group(2)] if match.group(2) else 0)
    right = float(match.group(4)) if match.group(4).isdigit() else values[match.group(4)]
    op = match.group(3)
    return {"<=": left <= right, "<": left < right, ">=": left >= right, ">": left > right,
            "==": left == right}[op]


def response_from(entry: dict[str, Any]) -> httpx.Response:
    headers = {k: v for k, v in entry.get("headers", {}).items() if k.lower() != "content-length"}
    if "json" in entry:
        content = json.dumps(entry["json"]).encode()
    elif "gzip_text" in entry:
        content = gzip.compress(entry["gzip_text"].encode())  # no Content-Encoding: raw gzip file
    else:
        content = entry.get("text", "").encode()
    return httpx.Response(entry["status"], headers=headers, content=content)


@dataclass
class Sent:
    """One request as it reached the transport, with what the mock made of it."""

    request: httpx.Request
    server_now: float
    client_now: float
    token_ok: bool | None = None
    answer: str = ""  # "entry N", "reject", "fallback"

    @property
    def url(self) -> str:
        return str(self.request.url)

    @property
    def method(self) -> str:
        return self.request.method

    @property
    def token(self) -> str | None:
        return bearer(self.request)


@dataclass
class ReplayTransport:
    """The mock server of one case. Use ``transport()`` for a Client or an AsyncClient."""

    case: dict[str, Any]
    clock: FrozenClock = field(default_factory=FrozenClock)
    public_key: Any = None
    sent: list[Sent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.entries = [{**e, "_left": e.get("repeat", 1)} for e in self.case.get("responses", [])]
        given = self.case.get("given", {})
        self.token_check = given.get("token_check")
        self.reject = given.get("reject_response")
        self.fallback = given.get("fallback_response")
        clock = given.get("clock", {})
        self.advance_per_request = clock.get("advance_per_request_s", 0)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    # matching ---------------------------------------------------------------------------------

    @staticmethod
    def fits(match: dict[str, Any] | None, request: httpx.Request) -> bool:
        if not match:
            return True
        if "method" in match and match["method"] != request.method:
            return False
        if "url" in match:
            return str(request.url) == match["url"]
        if "path" in match and (request.url.host != API_HOST or request.url.path != match["path"]):
            return False
        if "query" in match and not query_matches(request.url, match["query"]):
            return False
        return "json" not in match or body_json(request) == match["json"]

    def token_problems(self, token: str | None) -> list[str]:
        check = self.token_check
        if token is None:
            return ["no bearer token"]
        header, claims, _ = jwt_parts(token)
        problems = []
        if header != check["header"]:
            problems.append(f"header {header} != {check['header']}")
        for key, value in check.get("claims", {}).items():
            if claims.get(key) != value:
                problems.append(f"claim {key}={claims.get(key)!r}")
        values = {"iat": claims.get("iat", 0), "exp": claims.get("exp", 0),
                  "server_now": self.clock.server_now}
        for rule in check.get("rules", []):
            if rule.startswith("signature"):
                try:
                    jwt.decode(token, self.public_key, algorithms=["ES256"],
                               audience="appstoreconnect-v1",
                               options={"verify_exp": False, "verify_iat": False,
                                        "verify_nbf": False})
                except jwt.PyJWTError as exc:
                    problems.append(f"signature: {exc}")
            elif not check_rule(rule, values):
                problems.append(f"rule failed: {rule} with {values}")
        return problems

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        sent = Sent(request, self.clock.server_now, self.clock.client_now)
        self.sent.append(sent)
        try:
            if self.token_check and request.url.host == API_HOST:
                problems = self.token_problems(bearer(request))
                sent.token_ok = not problems
                if problems:
                    sent.answer = "reject: " + "; ".join(problems)
                    return response_from(self.reject)
            for index, entry in enumerate(self.entries):
                if entry["_left"] > 0 and self.fits(entry.get("match"), request):
                    entry["_left"] -= 1
                    sent.answer = f"entry {index}"
                    return response_from(entry)
            if self.fallback is not None:
                sent.answer = "fallback"
                return response_from(self.fallback)
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        finally:
            self.clock.advance(self.advance_per_request)

    # checks ---------------------------------------------------------------------------------

    def assert_all_used(self) -> None:
        unused = [i for i, e in enumerate(self.entries) if e["_left"] > 0 and not e.get("optional")]
        assert not unused, f"response entries {unused} were never requested (client stopped early)"

    def answers(self, prefix: str) -> int:
        return sum(1 for s in self.sent if s.answer.startswith(prefix))

    def hosts(self) -> set[str]:
        return {s.request.url.host for s in self.sent}


def expected_requests(case: dict[str, Any]) -> list[dict[str, Any]]:
    requests = case.get("request", [])
    entries = requests if isinstance(requests, list) else [requests]
    expanded = []
    for entry in entries:
        if entry.get("must_not_send"):
            continue
        expanded.extend([entry] * entry.get("repeat", 1))
    return expanded


def check_request(expected: dict[str, Any], sent: httpx.Request) -> None:
    """Assert that one recorded request satisfies one ``request`` entry of the case."""
    assert sent.method == expected["method"], (sent.method, expected["method"])
    if "url" in expected:
        assert str(sent.url) == expected["url"]
    else:
        assert sent.url.host == API_HOST and sent.url.path == expected["path"], str(sent.url)
        if "query" in expected:
            pairs = decoded_query(sent.url)
            assert len(pairs) == len(dict(pairs)), f"repeated query key in {sent.url}"
            assert dict(pairs) == expected["query"]
    for name, value in expected.get("headers", {}).items():
        if value is None:
            assert name not in sent.headers, f"header {name} must be absent"
        else:
            assert sent.headers.get(name, "").split(";")[0].strip() == value, name
    if "json" in expected:
        assert body_json(sent) == expected["json"]
    if "body_ascii" in expected:
        assert sent.content == expected["body_ascii"].encode("ascii")


def check_requests(case: dict[str, Any], sent: list[Sent]) -> None:
    """The recorded traffic equals the case's ``request`` list (optional entries may be skipped)."""
    expected = expected_requests(case)
    i = 0
    for entry in expected:
        if i < len(sent):
            try:
                check_request(entry, sent[i].request)
            except AssertionError:
                if entry.get("optional"):
                    continue
                raise
            i += 1
        else:
            assert entry.get("optional"), f"request never sent: {entry}"
    assert i == len(sent), f"{len(sent) - i} unexpected extra request(s): {[s.url for s in sent[i:]]}"
