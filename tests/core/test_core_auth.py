"""Credentials: key forms, key errors, claims, caching, concurrency, 401 re-mint, token scoping."""

from __future__ import annotations

import asyncio
import base64
import threading
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

import ascapi
from ascapi import _auth
from tests.cases.replay import KEY_FORMS, jwt_parts, key_form
from tests.core._helpers import (
    API,
    ISSUER,
    KEY_ID,
    Recorder,
    client,
    creds,
    errors_body,
    jresp,
    pem,
    public_key,
    resolve,
)

MODES = ["sync", "async"]


def verify(token: str) -> dict[str, Any]:
    return jwt.decode(token, public_key(), algorithms=["ES256"], audience="appstoreconnect-v1",
                      options={"verify_exp": False, "verify_iat": False})


@pytest.mark.parametrize("form", KEY_FORMS)
def test_every_key_form_is_accepted(form: str) -> None:
    credentials = ascapi.Credentials(KEY_ID, ISSUER, key_form(pem(), form))
    assert verify(credentials.token())["iss"] == ISSUER


def test_key_from_path_bytes_der_and_quoted_env_value(tmp_path: Path) -> None:
    path = tmp_path / f"AuthKey_{KEY_ID}.p8"
    path.write_text(pem())
    for key in (path, str(path), pem().encode(), '"' + pem().replace("\n", "\\n") + '"'):
        assert verify(ascapi.Credentials(KEY_ID, ISSUER, key).token())
    der = serialization.load_pem_private_key(pem().encode(), None).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    assert verify(ascapi.Credentials(KEY_ID, ISSUER, der).token())
    assert verify(ascapi.Credentials(KEY_ID, ISSUER, base64.b64encode(der).decode()).token())


def _pem_of(key: Any, fmt: Any = serialization.PrivateFormat.PKCS8,
            enc: Any = None) -> str:
    return key.private_bytes(serialization.Encoding.PEM, fmt,
                             enc or serialization.NoEncryption()).decode()


BAD_KEYS = {
    "empty": ("", "empty"),
    "blank": ("   \n ", "empty"),
    "words": ("not-a-real-key-just-some-placeholder-words", "neither PEM nor base64"),
    "rsa": (_pem_of(rsa.generate_private_key(public_exponent=65537, key_size=2048)),
            "not an EC key"),
    "p384": (_pem_of(ec.generate_private_key(ec.SECP384R1())), "secp384r1"),
    "encrypted": (_pem_of(ec.generate_private_key(ec.SECP256R1()),
                          enc=serialization.BestAvailableEncryption(b"pw")), "encrypted"),
    "public": (ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode(),
        "public key"),
    "truncated": (pem()[:120], "truncated"),
    "base64 garbage": ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx",
                       "not a private key"),
}


@pytest.mark.parametrize("name", list(BAD_KEYS))
def test_bad_keys_fail_at_construction_with_the_reason(name: str) -> None:
    text, reason = BAD_KEYS[name]
    with pytest.raises(ascapi.InvalidPrivateKeyError) as info:
        ascapi.Credentials(KEY_ID, ISSUER, text)
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, ascapi.AscError)
    assert reason in str(error), str(error)
    assert "P-256" in str(error)
    body = "".join(line for line in text.splitlines() if "-----" not in line).strip()
    if body:
        assert body[:40] not in str(error) and body[:40] not in repr(error)
    assert error.__cause__ is None  # nothing from the parser (which may quote input) is chained


def test_missing_key_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ascapi.InvalidPrivateKeyError, match="was not found"):
        ascapi.Credentials(KEY_ID, ISSUER, tmp_path / "AuthKey_NOPE.p8")


@pytest.mark.parametrize("text", ["/tmp/nope/key.pem", "/tmp/nope/asc_key", "keys/AuthKey_X.p8",
                                  "AuthKey_X.p8", "secret.key", "~/nope/AuthKey_X.p8",
                                  " ./key.PEM "])
def test_a_missing_path_given_as_text_is_reported_as_not_found(text: str) -> None:
    with pytest.raises(ascapi.InvalidPrivateKeyError, match="was not found") as info:
        ascapi.Credentials(KEY_ID, ISSUER, text)
    assert "neither PEM nor base64" not in str(info.value)
    assert "~" not in str(info.value)  # the path tried, expanded


def test_key_like_text_with_a_slash_is_never_quoted_as_a_path() -> None:
    fragment = pem().splitlines()[1][:60]  # base64 of a DER key: starts with M, may hold '/'
    for text in (fragment, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49/AwEHBHkwdwIBAQQg"):
        with pytest.raises(ascapi.InvalidPrivateKeyError) as info:
            ascapi.Credentials(KEY_ID, ISSUER, text)
        assert "not found" not in str(info.value) and text not in str(info.value)


def test_tilde_is_expanded_in_key_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    keys = tmp_path / ".appstoreconnect" / "private_keys"
    keys.mkdir(parents=True)
    (keys / f"AuthKey_{KEY_ID}.p8").write_text(pem())
    spelled = f"~/.appstoreconnect/private_keys/AuthKey_{KEY_ID}.p8"
    from_file = ascapi.Credentials.from_file(spelled, issuer_id=ISSUER)
    assert from_file.key_id == KEY_ID and verify(from_file.token())
    assert verify(ascapi.Credentials.from_file(Path(spelled), issuer_id=ISSUER).token())
    assert verify(ascapi.Credentials(KEY_ID, ISSUER, spelled).token())
    assert verify(ascapi.Credentials(KEY_ID, ISSUER, Path(spelled)).token())
    from_env = ascapi.Credentials.from_env({"ASC_PRIVATE_KEY_PATH": spelled,
                                            "ASC_ISSUER_ID": ISSUER})
    assert from_env.key_id == KEY_ID and verify(from_env.token())
    with pytest.raises(ascapi.InvalidPrivateKeyError, match="is a directory"):
        ascapi.Credentials(KEY_ID, ISSUER, "~/.appstoreconnect/private_keys")


@pytest.mark.parametrize(("key_id", "issuer"), [("   ", ISSUER), ("", ISSUER), (None, ISSUER),
                                                 (KEY_ID, "  \t"), (KEY_ID, ""), (KEY_ID, 5)])
def test_blank_ids_are_refused_after_stripping(key_id: Any, issuer: Any) -> None:
    with pytest.raises(ascapi.CredentialsError, match="key_id" if key_id != KEY_ID else "issuer"):
        ascapi.Credentials(key_id, issuer, pem())


def test_ids_are_stripped() -> None:
    credentials = ascapi.Credentials(f"  {KEY_ID}\n", f" {ISSUER} ", pem())
    header, claims, _ = jwt_parts(credentials.token())
    assert header["kid"] == KEY_ID and claims["iss"] == ISSUER


@pytest.mark.parametrize("lifetime", [float("nan"), float("inf"), float("-inf"), "600", None,
                                      True])
def test_lifetime_that_is_not_a_finite_number_is_a_credentials_error(lifetime: Any) -> None:
    with pytest.raises(ascapi.CredentialsError,
                       match="lifetime must be a number of seconds from 120 to 1200"):
        creds(lifetime=lifetime)


def test_repr_and_pickle_never_expose_the_key() -> None:
    credentials = creds()
    token = credentials.token()
    text = repr(credentials)
    assert KEY_ID in text and "PRIVATE" not in text and token not in text
    with pytest.raises(TypeError):
        import pickle

        pickle.dumps(credentials)


def test_team_key_claims_and_header() -> None:
    now = 1_767_225_600
    credentials = creds(clock=lambda: now)
    token = credentials.token()
    header, claims, signature = jwt_parts(token)
    assert header == {"alg": "ES256", "kid": KEY_ID, "typ": "JWT"}
    assert claims == {"iss": ISSUER, "iat": now - 60, "exp": now - 60 + 1200,
                      "aud": "appstoreconnect-v1"}
    assert len(signature) == 64
    verify(token)


def test_individual_key_and_scope() -> None:
    credentials = ascapi.Credentials(KEY_ID, None, pem(), scope=["GET /v1/apps"], lifetime=600)
    claims = verify(credentials.token())
    assert claims["sub"] == "user" and "iss" not in claims
    assert claims["scope"] == ["GET /v1/apps"]
    assert claims["exp"] - claims["iat"] == 600


@pytest.mark.parametrize("lifetime", [1201, 3600, 10])
def test_lifetime_out_of_range_refused(lifetime: int) -> None:
    with pytest.raises(ascapi.CredentialsError, match="lifetime"):
        creds(lifetime=lifetime)


def test_from_file_infers_key_id(tmp_path: Path) -> None:
    path = tmp_path / "AuthKey_ZK4Q8T2M7B.p8"
    path.write_text(pem())
    credentials = ascapi.Credentials.from_file(path, issuer_id=ISSUER)
    assert credentials.key_id == "ZK4Q8T2M7B"
    other = tmp_path / "key.p8"
    other.write_text(pem())
    with pytest.raises(ascapi.CredentialsError, match="key id"):
        ascapi.Credentials.from_file(other, issuer_id=ISSUER)
    assert ascapi.Credentials.from_file(other, issuer_id=ISSUER, key_id="X1").key_id == "X1"


def test_from_env_text_path_and_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"ASC_KEY_ID": KEY_ID, "ASC_ISSUER_ID": ISSUER,
           "ASC_PRIVATE_KEY": pem().replace("\n", "\\n")}
    assert ascapi.Credentials.from_env(env).issuer_id == ISSUER
    path = tmp_path / "AuthKey_PATHKEY123.p8"
    path.write_text(pem())
    from_path = ascapi.Credentials.from_env(
        {"ASC_PRIVATE_KEY_PATH": str(path), "ASC_KEY_TYPE": "individual"}
    )
    assert from_path.key_id == "PATHKEY123" and from_path.issuer_id is None
    with pytest.raises(ascapi.CredentialsError, match="ASC_KEY_ID"):
        ascapi.Credentials.from_env({"ASC_PRIVATE_KEY": pem()})
    with pytest.raises(ascapi.CredentialsError, match="ASC_PRIVATE_KEY"):
        ascapi.Credentials.from_env({"ASC_KEY_ID": KEY_ID})
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ASC_BASE_URL", "http://127.0.0.1:9/")
    with ascapi.Client.from_env() as c:
        assert c.credentials.key_id == KEY_ID and c.base_url == "http://127.0.0.1:9"


def test_token_cached_then_reminted_a_margin_before_expiry() -> None:
    now = [1_000_000.0]
    credentials = creds(clock=lambda: now[0])
    first = credentials.token()
    exp = jwt_parts(first)[1]["exp"]
    now[0] = exp - 121  # more than the margin left: reused
    assert credentials.token() == first
    now[0] = exp - 119  # inside the margin: a new token, well before the expiry second
    second = credentials.token()
    assert second != first and jwt_parts(second)[1]["exp"] - now[0] > 1000


def test_time_time_is_patchable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: 2_000_000_000.0)
    assert jwt_parts(creds().token())[1]["iat"] == 2_000_000_000 - 60


def test_fifty_threads_mint_once(monkeypatch: pytest.MonkeyPatch) -> None:
    credentials = creds()
    mints = []
    original = ascapi.Credentials._mint

    def counting(self: ascapi.Credentials, now: float) -> tuple[str, int]:
        mints.append(now)
        return original(self, now)

    monkeypatch.setattr(ascapi.Credentials, "_mint", counting)
    barrier = threading.Barrier(50)
    tokens: list[str] = []

    def worker() -> None:
        barrier.wait()
        tokens.append(credentials.token())

    threads = [threading.Thread(target=worker) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(mints) == 1 and len(set(tokens)) == 1 and len(tokens) == 50


async def test_five_hundred_tasks_mint_once(monkeypatch: pytest.MonkeyPatch) -> None:
    mints = []
    original = ascapi.Credentials._mint

    def counting(self: ascapi.Credentials, now: float) -> tuple[str, int]:
        mints.append(now)
        return original(self, now)

    monkeypatch.setattr(ascapi.Credentials, "_mint", counting)
    seen: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.add(request.headers["authorization"])
        return jresp(200, {"data": []})

    async with client("async", handler) as c:
        await asyncio.gather(*(c.request("GET", "/v1/apps") for _ in range(500)))
    assert len(mints) == 1 and len(seen) == 1


def test_invalidate_only_drops_the_failed_token() -> None:
    credentials = creds()
    token = credentials.token()
    credentials.invalidate("some-older-token")
    assert credentials.token() == token
    credentials.invalidate(token)
    assert credentials.token() != token


@pytest.mark.parametrize("mode", MODES)
async def test_401_remints_and_retries_once_then_raises(mode: str) -> None:
    unauthorized = jresp(401, errors_body({"status": "401", "code": "NOT_AUTHORIZED",
                                           "detail": "expired"}))
    rec = Recorder(unauthorized, jresp(200, {"data": []}))
    c = client(mode, rec, max_retries=0)
    result = await resolve(c.request("GET", "/v1/apps"))
    assert result.status_code == 200 and len(rec.requests) == 2
    assert rec.requests[0].headers["authorization"] != rec.requests[1].headers["authorization"]

    rec2 = Recorder(unauthorized)
    c2 = client(mode, rec2, max_retries=2)
    with pytest.raises(ascapi.AuthenticationError) as info:
        await resolve(c2.request("GET", "/v1/apps"))
    assert len(rec2.requests) == 2 and info.value.code == "NOT_AUTHORIZED"


@pytest.mark.parametrize("mode", MODES)
async def test_authorization_only_to_the_api_host(mode: str) -> None:
    rec = Recorder(jresp(200, {"data": []}))
    c = client(mode, rec)
    await resolve(c.request("GET", f"{API}/v1/apps"))
    await resolve(c.request("GET", "https://uploads.example.net/part?x=1"))
    await resolve(c.request("GET", "http://api.appstoreconnect.apple.com/v1/apps"))  # scheme differs
    response = await resolve(c._send_unauthenticated("PUT", f"{API}/v1/apps", content=b"abc",
                                                      headers={"Content-Type": "image/png"}))
    assert response.status_code == 200
    auth = [r.headers.get("authorization") for r in rec.requests]
    assert auth[0] and auth[0].startswith("Bearer ")
    assert auth[1:] == [None, None, None]
    assert rec.requests[3].content == b"abc"


def test_key_loading_never_imports_at_import_time() -> None:
    # PyJWT, cryptography and asyncio are imported on first use, not by `import ascapi`.
    import subprocess
    import sys

    code = ("import sys, ascapi; bad = [m for m in sys.modules if m.split('.')[0] in "
            "('jwt', 'cryptography', 'asyncio') or m.startswith(('ascapi.models', 'ascapi.resources', "
            "'ascapi._registry'))]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert _auth.MAX_TOKEN_LIFETIME == 1200
