"""JWT verification as Apple does it: ES256 against registered public keys, `aud`, lifetime."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ._errors import ApiError

AUDIENCE = "appstoreconnect-v1"
MAX_LIFETIME = 20 * 60
CLOCK_SKEW = 60


@dataclass(frozen=True)
class KeyCredentials:
    """A key registered with the emulator. The private key never appears in repr()."""

    key_id: str
    issuer_id: str | None
    private_key: str = field(repr=False)

    @property
    def individual(self) -> bool:
        return self.issuer_id is None


@dataclass
class RegisteredKey:
    key_id: str
    issuer_id: str | None
    public_key: ec.EllipticCurvePublicKey

    def public_pem(self) -> str:
        return self.public_key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()


def unauthorized(detail: str) -> ApiError:
    return ApiError(
        401,
        "NOT_AUTHORIZED",
        "Authentication credentials are missing or invalid.",
        detail,
    )


class KeyRing:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.keys: dict[str, RegisteredKey] = {}
        self.clock = clock

    def register(self, key_id: str, public_key: ec.EllipticCurvePublicKey, issuer_id: str | None) -> None:
        self.keys[key_id] = RegisteredKey(key_id, issuer_id, public_key)

    def verify(self, authorization: str | None) -> RegisteredKey:
        """The key that signed the bearer token, or a 401 ApiError saying what is wrong."""
        generic = "Provide a properly configured and signed bearer token, and make sure that it has not expired."
        if not authorization or not authorization.startswith("Bearer "):
            raise unauthorized(generic)
        token = authorization[len("Bearer ") :].strip()
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise unauthorized(generic) from None
        key = self.keys.get(str(header.get("kid")))
        if header.get("alg") != "ES256" or key is None:
            raise unauthorized(generic)
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key.public_key,
                algorithms=["ES256"],
                audience=AUDIENCE,
                options={"require": ["exp", "iat", "aud"], "verify_exp": False, "verify_iat": False},
            )
        except jwt.PyJWTError:
            raise unauthorized(generic) from None
        self._check_times(claims, generic)
        self._check_subject(key, claims, generic)
        return key

    def _check_times(self, claims: dict[str, Any], generic: str) -> None:
        now = self.clock()
        iat, exp = claims["iat"], claims["exp"]
        if not isinstance(iat, (int, float)) or not isinstance(exp, (int, float)):
            raise unauthorized(generic)
        if exp <= now or iat > now + CLOCK_SKEW or exp - iat > MAX_LIFETIME:
            raise unauthorized(generic)

    @staticmethod
    def _check_subject(key: RegisteredKey, claims: dict[str, Any], generic: str) -> None:
        if key.issuer_id is None:  # individual key: sub "user", no iss
            if claims.get("sub") != "user" or "iss" in claims:
                raise unauthorized(generic)
        elif claims.get("iss") != key.issuer_id:
            raise unauthorized(generic)


class RateLimiter:
    """A rolling-hour request budget per key, reported in Apple's `X-Rate-Limit` header."""

    WINDOW = 3600.0

    def __init__(self, limit: int = 3600, clock: Callable[[], float] = time.time) -> None:
        self.limit = limit
        self.clock = clock
        self._spent: dict[str, deque[float]] = {}

    def remaining(self, key_id: str | None) -> int:
        if key_id is None:
            return self.limit
        stamps = self._spent.setdefault(key_id, deque())
        horizon = self.clock() - self.WINDOW
        while stamps and stamps[0] <= horizon:
            stamps.popleft()
        return max(0, self.limit - len(stamps))

    def consume(self, key_id: str) -> bool:
        """Spend one request; False when the budget is already spent."""
        if self.remaining(key_id) <= 0:
            return False
        self._spent[key_id].append(self.clock())
        return True

    def header(self, key_id: str | None) -> str:
        return f"user-hour-lim:{self.limit};user-hour-rem:{self.remaining(key_id)};"
