# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.checksums import Checksums

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BackgroundAssetUploadFileUpdateRequest",
    "BackgroundAssetUploadFileUpdateRequestData",
    "BackgroundAssetUploadFileUpdateRequestDataAttributes",
]

_E0 = frozenset({"backgroundAssetUploadFiles"})


class BackgroundAssetUploadFileUpdateRequest(Model):
    data: BackgroundAssetUploadFileUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetUploadFileUpdateRequestData(Model):
    type: _L["backgroundAssetUploadFiles"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: BackgroundAssetUploadFileUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetUploadFileUpdateRequestDataAttributes(Model):
    source_file_checksum: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksum"
    )
    source_file_checksums: Checksums | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksums"
    )
    uploaded: bool | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"source_file_checksum", "source_file_checksums", "uploaded"})
