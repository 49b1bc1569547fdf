from __future__ import annotations

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ascapi.emulator import Emulator, KeyCredentials

from .conftest import API, first_error, mint


def _get(emu: Emulator, token: str | None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    with httpx.Client(transport=emu.transport(), base_url=API) as client:
        return client.get("/v1/apps", headers=headers)


def test_valid_team_token_is_accepted(emu: Emulator, key: KeyCredentials) -> None:
    response = _get(emu, mint(key))
    assert response.status_code == 200
    assert len(response.json()["data"]) == 4


def test_individual_key_uses_sub_user(emu: Emulator) -> None:
    key = emu.add_key(individual=True)
    assert key.issuer_id is None
    assert _get(emu, mint(key)).status_code == 200
    # an individual key's token must not carry an issuer
    assert _get(emu, mint(key, iss="69a6de70-0000-0000-0000-000000000000")).status_code == 401


@pytest.mark.parametrize(
    ("claims", "why"),
    [
        ({"aud": "appstoreconnect-v2"}, "audience"),
        ({"lifetime": 21 * 60}, "lifetime over 20 minutes"),
        ({"iat_offset": 300}, "issued in the future"),
        ({"iat_offset": -1300}, "expired"),
        ({"iss": "00000000-0000-0000-0000-000000000000"}, "wrong issuer"),
        ({"exp": None}, "no exp"),
    ],
)
def test_bad_tokens_get_apple_401(emu: Emulator, key: KeyCredentials, claims: dict, why: str) -> None:
    args = {k: claims.pop(k) for k in ("lifetime", "iat_offset") if k in claims}
    response = _get(emu, mint(key, **args, **claims))
    assert response.status_code == 401, why
    err = first_error(response)
    assert err["code"] == "NOT_AUTHORIZED"
    assert "x-rate-limit" in response.headers


def test_signature_from_another_key_is_refused(emu: Emulator, key: KeyCredentials) -> None:
    other = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    forged = KeyCredentials(key.key_id, key.issuer_id, other)
    assert _get(emu, mint(forged)).status_code == 401


def test_unknown_kid_missing_header_and_garbage(emu: Emulator, key: KeyCredentials) -> None:
    assert _get(emu, mint(KeyCredentials("NOPE123456", key.issuer_id, key.private_key))).status_code == 401
    assert _get(emu, None).status_code == 401
    assert _get(emu, "not-a-jwt").status_code == 401


def test_hs256_token_is_refused(emu: Emulator, key: KeyCredentials) -> None:
    token = jwt.encode({"iss": key.issuer_id, "aud": "appstoreconnect-v1"}, "s" * 32, algorithm="HS256",
                       headers={"kid": key.key_id})
    assert _get(emu, token).status_code == 401


def test_registered_existing_key(emu: Emulator) -> None:
    private = ec.generate_private_key(ec.SECP256R1())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = private.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    emu.register_key("ABCDEFGHIJ", public, "69a6de70-1111-2222-3333-444444444444")
    key = KeyCredentials("ABCDEFGHIJ", "69a6de70-1111-2222-3333-444444444444", pem)
    assert _get(emu, mint(key)).status_code == 200


def test_key_never_in_repr(emu: Emulator) -> None:
    key = emu.add_key()
    assert "PRIVATE" not in repr(key) and key.private_key.startswith("-----BEGIN PRIVATE KEY-----")


def test_scoped_token_only_reaches_its_scope(emu: Emulator, key: KeyCredentials) -> None:
    token = mint(key, scope=["GET /v1/apps?filter[bundleId]=com.example.notes"])
    with httpx.Client(transport=emu.transport(), base_url=API,
                      headers={"Authorization": f"Bearer {token}"}) as client:
        # order of parameters does not matter; limit, cursor and sort are ignored
        assert client.get("/v1/apps", params={"limit": "2", "filter[bundleId]": "com.example.notes"}).status_code == 200
        assert client.get("/v1/apps").status_code == 401
        assert client.get("/v1/builds", params={"filter[bundleId]": "com.example.notes"}).status_code == 401


def test_long_lived_tokens_only_for_scoped_xcode_cloud_reads(emu: Emulator, key: KeyCredentials) -> None:
    month = 30 * 24 * 3600
    ci = mint(key, lifetime=month, scope=["GET /v1/ciProducts"])
    with httpx.Client(transport=emu.transport(), base_url=API) as client:
        ok = client.get("/v1/ciProducts", headers={"Authorization": f"Bearer {ci}"})
        assert ok.status_code == 200
        apps = mint(key, lifetime=month, scope=["GET /v1/apps"])
        assert client.get("/v1/apps", headers={"Authorization": f"Bearer {apps}"}).status_code == 401
        unscoped = mint(key, lifetime=month)
        assert client.get("/v1/ciProducts", headers={"Authorization": f"Bearer {unscoped}"}).status_code == 401
