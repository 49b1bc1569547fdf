"""Credentials and ES256 tokens for the App Store Connect API.

The private key is parsed once, when the credentials are built, from any of the forms users
actually have (PEM, PEM with literal ``\\n`` escapes or CRLF, PEM squashed onto one line, bare
base64 of the DER, bytes, a path). Tokens are minted with PyJWT, cached, and re-minted a margin
before they expire; one lock makes that one mint per lifetime under threads and asyncio tasks
(minting is pure CPU work of well under a millisecond, so holding a lock never awaits).
"""

from __future__ import annotations

import base64
import binascii
import math
import os
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CredentialsError, InvalidPrivateKeyError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ec import EllipticCurvePrivateKey

__all__ = [
    "AUDIENCE",
    "CLOCK_SKEW_BACKDATE",
    "DEFAULT_TOKEN_LIFETIME",
    "MAX_TOKEN_LIFETIME",
    "Credentials",
    "load_private_key",
]

AUDIENCE = "appstoreconnect-v1"
MAX_TOKEN_LIFETIME = 20 * 60  # Apple rejects exp - iat above 20 minutes for most requests
DEFAULT_TOKEN_LIFETIME = MAX_TOKEN_LIFETIME
CLOCK_SKEW_BACKDATE = 60  # iat is set this far in the past so a fast local clock is not "the future"
REFRESH_MARGIN = 120  # re-mint when fewer seconds than this remain (capped at a quarter of the life)
MIN_TOKEN_LIFETIME = CLOCK_SKEW_BACKDATE + 60

KeyInput = str | bytes | os.PathLike[str]

_EXPECTED = ("expected an EC P-256 (ES256) private key in PKCS#8 form, i.e. the contents of the "
             "AuthKey_<KEYID>.p8 file downloaded from App Store Connect")
_PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
_BASE64 = re.compile(r"^[A-Za-z0-9+/]+=*$")
_KEY_FILE = re.compile(r"AuthKey_([A-Za-z0-9]+)\.p8$")


def _bad_key(problem: str) -> InvalidPrivateKeyError:
    return InvalidPrivateKeyError(f"invalid private key: {problem}; {_EXPECTED}")


def _normalise_text(text: str) -> str:
    text = text.strip().strip("\"'").strip()
    # Keys pasted into env vars / CI secrets often carry literal "\n" (and "\r") escapes.
    return text.replace("\\r", "").replace("\\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def _key_bytes_from_text(text: str) -> bytes:
    """DER bytes of the key from PEM (any line layout) or bare base64; classify failures."""
    text = _normalise_text(text)
    if not text:
        raise _bad_key("the key is empty")
    match = _PEM.search(text)
    if match is None and "-----BEGIN" in text:
        raise _bad_key("the PEM text is truncated (no matching END line)")
    if match is not None:
        label, body = match.group(1), match.group(2)
        if "ENCRYPTED" in label or "Proc-Type: 4,ENCRYPTED" in body:
            raise _bad_key("the key is encrypted with a passphrase; export it unencrypted")
        if "PUBLIC KEY" in label or "CERTIFICATE" in label:
            raise _bad_key(f"this is a {label.lower()}, not a private key")
        if "PRIVATE KEY" not in label:
            raise _bad_key(f"the PEM block is a {label.lower()!r}, not a private key")
        body = "".join(line for line in body.split() if ":" not in line)
        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise _bad_key("the PEM body is not valid base64") from None
    compact = "".join(text.split())
    # A P-256 PKCS#8 key is 138 bytes of DER, i.e. about 184 base64 characters.
    if not _BASE64.match(compact) or len(compact) < 64:
        raise _bad_key("the text is neither PEM nor base64 (it looks like ordinary words or a "
                       "placeholder)")
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise _bad_key("the text is not valid base64") from None


def load_private_key(key: KeyInput | Any) -> EllipticCurvePrivateKey:
    """Parse and check an App Store Connect private key; raise :class:`InvalidPrivateKeyError`."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_der_private_key

    if isinstance(key, ec.EllipticCurvePrivateKey):
        der_key: Any = key
    else:
        if isinstance(key, os.PathLike):
            key = _read_key_file(Path(key))
        elif isinstance(key, str) and _looks_like_path(key):
            key = _read_key_file(Path(key.strip()))
        if isinstance(key, (bytes, bytearray, memoryview)):
            raw = bytes(key)
            if raw[:1] == b"\x30":  # binary DER starts with an ASN.1 SEQUENCE tag
                der = raw
            else:
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise _bad_key("the bytes are neither text nor DER") from None
                der = _key_bytes_from_text(text)
        elif isinstance(key, str):
            der = _key_bytes_from_text(key)
        else:
            raise _bad_key(f"got a {type(key).__name__} where text, bytes or a path was expected")
        try:
            der_key = load_der_private_key(der, password=None)
        except TypeError:
            raise _bad_key("the key is encrypted with a passphrase; export it unencrypted") from None
        except Exception:  # cryptography's parser errors carry nothing the user can act on
            raise _bad_key("the data decodes but is not a private key in PKCS#8 (or SEC1) form") from None
    if not isinstance(der_key, ec.EllipticCurvePrivateKey):
        kind = type(der_key).__name__.replace("PrivateKey", "").lstrip("_") or "non-EC"
        raise _bad_key(f"this is not an EC key (found a {kind} key)")
    if der_key.curve.name != "secp256r1":
        raise _bad_key(f"the EC key uses curve {der_key.curve.name}, not P-256 (secp256r1)")
    return der_key


def _looks_like_path(text: str) -> bool:
    """Whether key text names a file: one line, no PEM header, and a key file's suffix, a
    leading ``~``, a path separator, or an existing file or directory. Text that could be a key's
    base64 is not a path (a DER key starts with 0x30, so its base64 with ``M``): the error about
    a missing file quotes the path, and must never quote key material."""
    stripped = text.strip()
    if not stripped or "\n" in stripped or "-----" in stripped or len(stripped) > 4096:
        return False
    compact = "".join(_normalise_text(stripped).split())
    if compact.startswith("M") and _BASE64.match(compact):
        return False
    if stripped.lower().endswith((".p8", ".pem", ".key")) or stripped.startswith("~"):
        return True
    if "/" in stripped or os.sep in stripped:
        return True
    try:
        return os.path.exists(os.path.expanduser(stripped))
    except (OSError, ValueError):
        return False


def _directory(path: Path) -> InvalidPrivateKeyError:
    try:
        found = sorted(p.name for p in path.glob("AuthKey_*.p8"))
    except OSError:
        found = []
    hint = f" (it holds {', '.join(found)})" if found else ""
    return InvalidPrivateKeyError(f"the private key path {str(path)!r} is a directory, expected "
                                  f"the .p8 file{hint}; {_EXPECTED}")


def _read_key_file(path: Path) -> bytes:
    path = path.expanduser()  # "~/.appstoreconnect/private_keys/AuthKey_….p8", as shells do
    if path.is_dir():
        raise _directory(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidPrivateKeyError(f"the private key file {str(path)!r} was not found") from None
    except OSError as exc:
        raise InvalidPrivateKeyError(f"cannot read the private key file {str(path)!r}: "
                                     f"{exc.strerror or exc}") from None


class Credentials:
    """An App Store Connect API key: key id, issuer id (``None`` for an individual key) and the
    private key. Builds and caches the bearer tokens.

    ``lifetime`` is ``exp - iat`` in seconds (at most 20 minutes). ``iat`` is backdated by
    ``CLOCK_SKEW_BACKDATE`` seconds so that a machine whose clock runs a little fast does not
    produce a token from the future. ``clock`` defaults to ``time.time`` (looked up at each call,
    so it can be patched).
    """

    __slots__ = ("_cached", "_clock", "_key", "_lock", "issuer_id", "key_id", "lifetime",
                 "scope")

    def __init__(
        self,
        key_id: str,
        issuer_id: str | None,
        private_key: KeyInput | Any,
        *,
        lifetime: int = DEFAULT_TOKEN_LIFETIME,
        scope: Sequence[str] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        # Checked after stripping: "   " would otherwise sign tokens with kid "".
        if not isinstance(key_id, str) or not key_id.strip():
            raise CredentialsError("key_id is required (the 10-character key ID, e.g. from "
                                   "AuthKey_<KEYID>.p8)")
        if issuer_id is not None and (not isinstance(issuer_id, str) or not issuer_id.strip()):
            raise CredentialsError("issuer_id must be the issuer UUID, or None for an individual key")
        if (isinstance(lifetime, bool) or not isinstance(lifetime, (int, float))
                or not math.isfinite(lifetime)):
            raise CredentialsError(f"lifetime must be a number of seconds from "
                                   f"{MIN_TOKEN_LIFETIME} to {MAX_TOKEN_LIFETIME}, got {lifetime!r}")
        if lifetime > MAX_TOKEN_LIFETIME:
            raise CredentialsError(f"token lifetime {lifetime} s is above App Store Connect's limit "
                                   f"of {MAX_TOKEN_LIFETIME} s (20 minutes)")
        if lifetime < MIN_TOKEN_LIFETIME:
            raise CredentialsError(f"token lifetime must be at least {MIN_TOKEN_LIFETIME} s")
        if isinstance(scope, str):
            scope = [scope]
        self.key_id = key_id.strip()
        self.issuer_id = issuer_id.strip() if issuer_id is not None else None
        self.lifetime = int(lifetime)
        self.scope: tuple[str, ...] | None = tuple(scope) if scope else None
        self._key = load_private_key(private_key)
        self._clock = clock
        self._lock = threading.Lock()
        # (token, exp) replaced as one object, so a lock-free reader never pairs a token with
        # another token's expiry.
        self._cached: tuple[str, int] | None = None

    # --- constructors ---------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, issuer_id: str | None,
                  key_id: str | None = None, **kwargs: Any) -> Credentials:
        """Load ``AuthKey_<KEYID>.p8``; the key id is read from the file name unless given."""
        path = Path(path).expanduser()
        if key_id is None:
            match = _KEY_FILE.search(path.name)
            if match is None:
                raise CredentialsError(f"cannot infer the key id from {path.name!r} (expected "
                                       "AuthKey_<KEYID>.p8); pass key_id=")
            key_id = match.group(1)
        return cls(key_id, issuer_id, path, **kwargs)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> Credentials:
        """From the environment (``os.environ`` unless ``environ`` is given):

        * ``ASC_KEY_ID`` (read from an ``AuthKey_<KEYID>.p8`` path when absent);
        * ``ASC_ISSUER_ID`` for a team key; an individual key has none and must say so with
          ``ASC_KEY_TYPE=individual`` (``ASC_KEY_TYPE=team`` is the default);
        * exactly one of ``ASC_PRIVATE_KEY`` (the key text) and ``ASC_PRIVATE_KEY_PATH``.

        Anything missing, empty or contradictory raises :class:`CredentialsError`.
        """
        env = os.environ if environ is None else environ
        key_text = env.get("ASC_PRIVATE_KEY", "")
        key_path = env.get("ASC_PRIVATE_KEY_PATH", "").strip()
        key_id = env.get("ASC_KEY_ID", "").strip()
        if not key_id and key_path:
            match = _KEY_FILE.search(Path(key_path).name)
            key_id = match.group(1) if match else ""
        if not key_id:
            raise CredentialsError("ASC_KEY_ID is not set")
        if key_text.strip() and key_path:
            raise CredentialsError("both ASC_PRIVATE_KEY and ASC_PRIVATE_KEY_PATH are set; set "
                                   "only one of them")
        if key_text.strip():
            key: KeyInput = key_text
        elif key_path:
            key = Path(key_path).expanduser()
        else:
            raise CredentialsError("neither ASC_PRIVATE_KEY nor ASC_PRIVATE_KEY_PATH is set")
        issuer = env.get("ASC_ISSUER_ID", "").strip() or None
        kind = env.get("ASC_KEY_TYPE", "").strip().lower() or "team"
        if kind not in ("team", "individual"):
            raise CredentialsError(f"ASC_KEY_TYPE must be 'team' or 'individual', got {kind!r}")
        if kind == "team" and issuer is None:
            raise CredentialsError("ASC_ISSUER_ID is not set (a team key needs its issuer id, "
                                   "shown on the API keys page of App Store Connect); for an "
                                   "individual key, which has none, set ASC_KEY_TYPE=individual")
        if kind == "individual" and issuer is not None:
            raise CredentialsError("ASC_KEY_TYPE=individual but ASC_ISSUER_ID is set: an "
                                   "individual key has no issuer id; unset one of them")
        return cls(key_id, issuer, key, **kwargs)

    # --- tokens -------------------------------------------------------------------------------

    def _now(self) -> float:
        return self._clock() if self._clock is not None else time.time()

    def _margin(self) -> int:
        return min(REFRESH_MARGIN, (self.lifetime - CLOCK_SKEW_BACKDATE) // 4)

    def claims(self, now: float | None = None) -> dict[str, Any]:
        """The claim set of a token minted at ``now`` (integers, plain-string audience)."""
        issued = int(self._now() if now is None else now) - CLOCK_SKEW_BACKDATE
        claims: dict[str, Any] = {}
        if self.issuer_id is not None:
            claims["iss"] = self.issuer_id
        else:
            claims["sub"] = "user"
        claims["iat"] = issued
        claims["exp"] = issued + self.lifetime
        claims["aud"] = AUDIENCE
        if self.scope:
            claims["scope"] = list(self.scope)
        return claims

    def _mint(self, now: float) -> tuple[str, int]:
        import jwt

        claims = self.claims(now)
        token = jwt.encode(claims, self._key, algorithm="ES256",
                           headers={"kid": self.key_id, "typ": "JWT"})
        return token, claims["exp"]

    def token(self) -> str:
        """A valid bearer token: the cached one while it has a safety margin left, else a new one."""
        cached = self._cached
        if cached is not None and cached[1] - self._now() >= self._margin():
            return cached[0]
        with self._lock:
            cached = self._cached
            now = self._now()
            if cached is None or cached[1] - now < self._margin():
                cached = self._cached = self._mint(now)
            return cached[0]

    def invalidate(self, token: str | None = None) -> None:
        """Drop the cached token (only if it is still ``token``, so concurrent 401s mint once)."""
        with self._lock:
            if token is None or (self._cached is not None and self._cached[0] == token):
                self._cached = None

    def __repr__(self) -> str:
        return (f"Credentials(key_id={self.key_id!r}, issuer_id={self.issuer_id!r}, "
                f"lifetime={self.lifetime})")

    def __reduce__(self) -> Any:
        raise TypeError("Credentials cannot be pickled (they hold a private key)")

    # Credentials never change once built (the token cache is safe to share), so a copy is the
    # object itself: copying a client's settings works, and the key is never duplicated.
    def __copy__(self) -> Credentials:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Credentials:
        return self
