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
from ._index import Route

AUDIENCE = "appstoreconnect-v1"
MAX_LIFETIME = 20 * 60
LONG_LIFETIME = 183 * 24 * 3600  # "up to six months" for scoped, GET-only Xcode Cloud tokens
CLOCK_SKEW = 60
# resources a long-lived token may be scoped to (Apple's "Determine the appropriate token lifetime")
LONG_LIVED_RESOURCES = frozenset({
    "ciBuildActions", "ciBuildRuns", "scmGitReferences", "ciIssues", "ciMacOsVersions", "ciProducts",
    "scmProviders", "perfPowerMetrics", "diagnosticSignatures", "diagnosticLogs", "scmPullRequests",
    "scmRepositories", "ciTestResults", "ciWorkflows", "ciXcodeVersions",
})
# "Individual keys aren't able to use Provisioning endpoints, access Sales and Finance, or notaryTool"
TEAM_KEY_ONLY = frozenset({
    "bundleIds", "bundleIdCapabilities", "certificates", "devices", "profiles", "salesReports", "financeReports",
})
# query parameters Apple ignores when it matches a request against a token's scope
SCOPE_IGNORED = frozenset({"limit", "cursor", "sort"})


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

    @property
    def individual(self) -> bool:
        return self.issuer_id is None

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

    def verify(
        self,
        authorization: str | None,
        method: str = "GET",
        path: str = "/",
        query: list[tuple[str, str]] | None = None,
    ) -> RegisteredKey:
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
        scope = claims.get("scope")
        self._check_times(claims, generic, _long_lived(scope))
        self._check_subject(key, claims, generic)
        if scope is not None and not _in_scope(scope, method, path, query or []):
            raise unauthorized("The request is not within the scope of the token.")
        return key

    def _check_times(self, claims: dict[str, Any], generic: str, long_lived: bool) -> None:
        now = self.clock()
        iat, exp = claims["iat"], claims["exp"]
        if not isinstance(iat, (int, float)) or not isinstance(exp, (int, float)):
            raise unauthorized(generic)
        limit = LONG_LIFETIME if long_lived else MAX_LIFETIME
        if exp <= now or iat > now + CLOCK_SKEW or exp - iat > limit:
            raise unauthorized(generic)

    @staticmethod
    def _check_subject(key: RegisteredKey, claims: dict[str, Any], generic: str) -> None:
        if key.issuer_id is None:  # individual key: sub "user", no iss
            if claims.get("sub") != "user" or "iss" in claims:
                raise unauthorized(generic)
        elif claims.get("iss") != key.issuer_id:
            raise unauthorized(generic)


def check_permission(key: RegisteredKey, route: Route) -> None:
    """Refuse what the key may not do, with Apple's 403: individual keys have no Provisioning,
    Sales or Finance access, whatever their user's roles."""
    if key.individual and route.path.split("/")[2] in TEAM_KEY_ONLY:
        raise ApiError(403, "FORBIDDEN_ERROR", "This request is forbidden for security reasons",
                       "The API key in use does not allow this request")


def _parse_scope(entry: str) -> tuple[str, str, set[tuple[str, str]]] | None:
    method, _, target = entry.partition(" ")
    if not target.startswith("/"):
        return None
    path, _, raw = target.partition("?")
    pairs = {tuple(p.split("=", 1)) for p in raw.split("&") if "=" in p}
    return method.upper(), path, {(k, v) for k, v in pairs if k not in SCOPE_IGNORED}


def _in_scope(scope: Any, method: str, path: str, query: list[tuple[str, str]]) -> bool:
    """Apple: order of query parameters does not matter; limit, cursor and sort are ignored."""
    if not isinstance(scope, list):
        return False
    asked = {(k, v) for k, v in query if k not in SCOPE_IGNORED}
    for entry in scope:
        parsed = _parse_scope(entry) if isinstance(entry, str) else None
        if parsed is not None and parsed[0] == method and parsed[1] == path and parsed[2] == asked:
            return True
    return False


def _long_lived(scope: Any) -> bool:
    if not isinstance(scope, list) or not scope:
        return False
    for entry in scope:
        parsed = _parse_scope(entry) if isinstance(entry, str) else None
        if parsed is None or parsed[0] != "GET":
            return False
        segments = parsed[1].strip("/").split("/")
        if not any(s in LONG_LIVED_RESOURCES for s in segments[1:]):
            return False
    return True


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
