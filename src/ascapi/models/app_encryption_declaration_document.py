# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_media_asset_state import AppMediaAssetState
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.upload_operation import UploadOperation

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppEncryptionDeclarationDocument", "AppEncryptionDeclarationDocumentAttributes"]

_E0 = frozenset({"appEncryptionDeclarationDocuments"})


class AppEncryptionDeclarationDocument(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEncryptionDeclarationDocuments"] | str
        id: str
    else:
        type: _L["appEncryptionDeclarationDocuments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppEncryptionDeclarationDocumentAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEncryptionDeclarationDocumentAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    asset_token: str | None | UnsetType = msgspec.field(default=UNSET, name="assetToken")
    download_url: str | None | UnsetType = msgspec.field(default=UNSET, name="downloadUrl")
    source_file_checksum: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksum"
    )
    upload_operations: list[UploadOperation] | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadOperations"
    )
    asset_delivery_state: AppMediaAssetState | None | UnsetType = msgspec.field(
        default=UNSET, name="assetDeliveryState"
    )
    __ascapi_nullable__ = frozenset[str]()
