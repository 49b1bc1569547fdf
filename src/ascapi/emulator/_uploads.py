"""Asset uploads: reservation -> parts on a separate, unauthenticated host -> commit -> delivery state."""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ._errors import entity_error
from ._http import Response, ascii_digits, signed_expiry, text_response
from ._store import Record, Store

URL_LIFETIME = 7 * 24 * 3600  # Apple: plan to finish "within a week"
PROCESSING_POLLS = 2  # GETs after the commit before processing finishes
MAX_PARTS = 100
MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "mov": "video/quicktime",
        "mp4": "video/mp4", "m4v": "video/x-m4v", "pdf": "application/pdf", "ipa": "application/octet-stream"}


@dataclass
class Asset:
    rtype: str
    ident: str
    size: int
    content_type: str
    parts: list[tuple[int, int]]  # (offset, length) per part number - 1
    received: dict[int, bytes] = field(default_factory=dict)
    committed: bool = False
    polls: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)


# What a restart does to an upload: a committed asset is kept (see `dump`) and finishes processing;
# a reservation not yet committed fails. Its parts were only held in memory, and its URLs point at
# an upload host whose port is picked anew on each start, so they could not be honoured anyway.
# Apple's reservations expire too: the asset shows FAILED with this error, its uploadOperations go,
# and the client reserves the file again.
RESTART_ERROR = {"code": "UPLOAD_RESERVATION_EXPIRED", "description": (
    "The upload was not committed before the emulator restarted, so its upload operations are no longer "
    "valid. Delete this asset and reserve it again.")}


class Uploads:
    def __init__(self, store: Store, part_size: int, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.part_size = part_size
        self.clock = clock
        self.secret = secrets.token_bytes(16)
        self.assets: dict[str, Asset] = {}  # asset token -> upload bookkeeping
        self.by_resource: dict[tuple[str, str], str] = {}
        self.reject: list[dict[str, str]] = []  # processing errors to give the next committed assets

    # ---- reservation -----------------------------------------------------------------
    def reserve(self, rtype: str, ident: str, rec: Record, upload_origin: str) -> None:
        attrs = rec["attributes"]
        size = int(attrs.get("fileSize") or 0)
        name = str(attrs.get("fileName") or "file")
        content_type = MIME.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
        step = max(self.part_size, math.ceil(size / MAX_PARTS))
        parts = [(off, min(step, size - off)) for off in range(0, size, step)]
        token = secrets.token_hex(12)
        self.assets[token] = Asset(rtype, ident, size, content_type, parts)
        self.by_resource[(rtype, ident)] = token
        expires = int(self.clock()) + URL_LIFETIME
        delivery = rtype in ("buildUploadFiles", "backgroundAssetUploadFiles")
        ops = []
        for number, (offset, length) in enumerate(parts, start=1):
            url = self._url(upload_origin, token, number, expires)
            op: dict[str, Any] = {
                "method": "PUT",
                "url": url,
                "length": length,
                "offset": offset,
                "requestHeaders": [{"name": "Content-Type", "value": content_type}],
            }
            if delivery:
                op["partNumber"] = number
                op["expiration"] = datetime.fromtimestamp(expires, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            ops.append(op)
        attrs["uploadOperations"] = ops
        attrs["assetToken"] = f"{token}/{name}"
        attrs["assetDeliveryState"] = {"errors": [], "warnings": [], "state": "AWAITING_UPLOAD"}

    def _sig(self, token: str, number: int, expires: int) -> str:
        msg = f"{token}/{number}/{expires}".encode()
        return hmac.new(self.secret, msg, hashlib.sha256).hexdigest()[:24]

    def _url(self, origin: str, token: str, number: int, expires: int) -> str:
        sig = self._sig(token, number, expires)
        return f"{origin}/asset-uploads/{token}/part-{number}?expires={expires}&sig={sig}"

    # ---- parts -----------------------------------------------------------------------
    def put(self, method: str, url: str, headers: dict[str, str], body: bytes) -> Response:
        """One part PUT on the upload host. Refuses the API's bearer token, like Apple's storage."""
        if "authorization" in headers:
            return text_response(403, "Upload URLs are pre-signed: requests must not carry an Authorization header.")
        parsed = urlsplit(url)
        segments = parsed.path.strip("/").split("/")
        if len(segments) != 3 or segments[0] != "asset-uploads" or not segments[2].startswith("part-") \
                or not ascii_digits(segments[2][5:]):
            return text_response(404, "No such upload.")
        token, number = segments[1], int(segments[2][5:])
        asset = self.assets.get(token)
        query = {k: v[0] for k, v in parse_qs(parsed.query).items()}
        expires = signed_expiry(query)
        if asset is None or not hmac.compare_digest(query.get("sig", ""), self._sig(token, number, expires)):
            return text_response(403, "The upload URL is not valid.")
        if expires < self.clock():
            return text_response(403, "The upload URL has expired.")
        if method != "PUT":
            return text_response(405, "Use the method given in the upload operation.")
        if asset.committed:
            return text_response(409, "The asset was already committed; parts can no longer be uploaded.")
        if not 1 <= number <= len(asset.parts):
            return text_response(404, "No such part.")
        offset, length = asset.parts[number - 1]
        if len(body) != length:
            return text_response(400, f"Part {number} must be exactly {length} bytes (offset {offset}); got {len(body)}.")
        if headers.get("content-type", "").split(";")[0].strip() != asset.content_type:
            return text_response(400, f"Part {number} must be sent with Content-Type: {asset.content_type}.")
        asset.received[number] = body
        etag = hashlib.md5(body).hexdigest()
        return Response(200, [("etag", f'"{etag}"'), ("content-length", "0")], b"")

    # ---- commit and processing -------------------------------------------------------
    def commit(self, rtype: str, ident: str, rec: Record, attrs: dict[str, Any]) -> None:
        token = self.by_resource.get((rtype, ident))
        asset = self.assets.get(token or "")
        if asset is None:
            state = (rec["attributes"].get("assetDeliveryState") or {}).get("state")
            detail = ("The upload of this asset failed; delete it and reserve it again." if state == "FAILED"
                      else "This asset has no upload reservation.")
            raise entity_error("ATTRIBUTE.INVALID", detail, "/data/attributes/uploaded")
        if asset.committed:
            raise entity_error("ATTRIBUTE.INVALID", "This asset was already committed.", "/data/attributes/uploaded")
        got = sum(len(b) for b in asset.received.values())
        if got != asset.size or len(asset.received) != len(asset.parts):
            raise entity_error(
                "ATTRIBUTE.INVALID",
                f"The upload is incomplete: received {got} of {asset.size} bytes.",
                "/data/attributes/uploaded",
            )
        whole = b"".join(asset.received[n] for n in range(1, len(asset.parts) + 1))
        claimed = _claimed_checksum(attrs)
        if claimed is None:
            raise entity_error(
                "ATTRIBUTE.REQUIRED", "A source file checksum is required to commit.",
                "/data/attributes/sourceFileChecksum",
            )
        asset.committed = True
        actual = hashlib.md5(whole).hexdigest()
        if claimed.lower() != actual:
            asset.errors.append({"code": "CHECKSUM_MISMATCH",
                                 "description": "The checksum of the uploaded file does not match sourceFileChecksum."})
        elif self.reject:
            asset.errors.append(self.reject.pop(0))
        if "imageAsset" in rec["attributes"] or rtype.endswith(("Screenshots", "Images")):
            dims = image_size(whole)
            if dims is not None:
                rec["attributes"]["imageAsset"] = {
                    "templateUrl": f"https://is1-ssl.mzstatic.example/image/{token}/{{w}}x{{h}}bb.{{f}}",
                    "width": dims[0],
                    "height": dims[1],
                }
        rec["attributes"].pop("uploadOperations", None)
        rec["attributes"]["assetDeliveryState"] = {"errors": [], "warnings": [], "state": "UPLOAD_COMPLETE"}
        if rtype == "buildUploadFiles" or rtype == "backgroundAssetUploadFiles":
            rec["attributes"]["sourceFileChecksums"] = {"file": {"hash": claimed, "algorithm": "MD5"}}
        else:
            rec["attributes"]["sourceFileChecksum"] = claimed

    def observe(self, rtype: str, ident: str, rec: Record) -> None:
        """Called on every GET of an asset: processing finishes after a couple of polls."""
        asset = self.assets.get(self.by_resource.get((rtype, ident), ""))
        if asset is None or not asset.committed:
            return
        asset.polls += 1
        if asset.polls >= PROCESSING_POLLS:
            self.finish(rtype, ident, rec)

    def finish(self, rtype: str, ident: str, rec: Record) -> list[dict[str, str]]:
        """End processing of a committed asset now; returns its processing errors."""
        asset = self.assets.get(self.by_resource.get((rtype, ident), ""))
        if asset is None or not asset.committed:
            return []
        state = "FAILED" if asset.errors else "COMPLETE"
        delivery = {"errors": list(asset.errors), "warnings": [], "state": state}
        if rec["attributes"].get("assetDeliveryState") != delivery:
            rec["attributes"]["assetDeliveryState"] = delivery
            self.store.touch()
        return list(asset.errors)

    def forget(self, rtype: str, ident: str) -> None:
        token = self.by_resource.pop((rtype, ident), None)
        if token is not None:
            self.assets.pop(token, None)

    # ---- restarts (see RESTART_ERROR) ------------------------------------------------
    def dump(self) -> list[dict[str, Any]]:
        """The committed assets still processing: what a restart needs to finish them."""
        out = []
        for token, asset in self.assets.items():
            rec = self.store.find(asset.rtype, asset.ident)
            state = ((rec or {}).get("attributes", {}).get("assetDeliveryState") or {}).get("state")
            if asset.committed and state == "UPLOAD_COMPLETE":
                out.append({"token": token, "rtype": asset.rtype, "ident": asset.ident, "errors": asset.errors})
        return out

    def load(self, assets: list[dict[str, Any]], upload_types: list[str]) -> None:
        for item in assets:
            self.assets[item["token"]] = Asset(item["rtype"], item["ident"], 0, "", [], committed=True,
                                               errors=list(item["errors"]))
            self.by_resource[(item["rtype"], item["ident"])] = item["token"]
        for rtype in upload_types:
            for _, rec in self.store.all(rtype):
                attrs = rec["attributes"]
                if (attrs.get("assetDeliveryState") or {}).get("state") == "AWAITING_UPLOAD":
                    attrs.pop("uploadOperations", None)
                    attrs["assetDeliveryState"] = {"errors": [dict(RESTART_ERROR)], "warnings": [], "state": "FAILED"}


def _claimed_checksum(attrs: dict[str, Any]) -> str | None:
    if isinstance(attrs.get("sourceFileChecksum"), str):
        return str(attrs["sourceFileChecksum"])
    checksums = attrs.get("sourceFileChecksums")
    if isinstance(checksums, dict) and isinstance(checksums.get("file"), dict):
        value = checksums["file"].get("hash")
        return str(value) if isinstance(value, str) else None
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG, read from its header."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                return None
            marker, seg_len = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            i += 2 + seg_len
    return None


