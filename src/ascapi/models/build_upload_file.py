# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_media_asset_state import AppMediaAssetState
from ascapi.models.checksums import Checksums
from ascapi.models.delivery_file_upload_operation import DeliveryFileUploadOperation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["BuildUploadFile", "BuildUploadFileAttributes"]

_E0 = frozenset({"buildUploadFiles"})
_E1 = frozenset({"ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"})
_E2 = frozenset(
    {
        "com.apple.binary-property-list",
        "com.apple.ipa",
        "com.apple.pkg",
        "com.apple.xml-property-list",
        "com.pkware.zip-archive",
    }
)


class BuildUploadFile(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildUploadFiles"] | str
        id: str
    else:
        type: _L["buildUploadFiles"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildUploadFileAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildUploadFileAttributes(Model):
    asset_delivery_state: AppMediaAssetState | None | UnsetType = msgspec.field(
        default=UNSET, name="assetDeliveryState"
    )
    asset_token: str | None | UnsetType = msgspec.field(default=UNSET, name="assetToken")
    asset_type: _L["ASSET", "ASSET_DESCRIPTION", "ASSET_SPI"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="assetType")
    )
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    source_file_checksums: Checksums | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksums"
    )
    upload_operations: list[DeliveryFileUploadOperation] | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadOperations"
    )
    uti: (
        _L[
            "com.apple.binary-property-list",
            "com.apple.ipa",
            "com.apple.pkg",
            "com.apple.xml-property-list",
            "com.pkware.zip-archive",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"asset_type": _E1, "uti": _E2}
