# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_media_asset_state import AppMediaAssetState
from ascapi.models.app_media_video_state import AppMediaVideoState
from ascapi.models.image_asset import ImageAsset
from ascapi.models.preview_frame_image import PreviewFrameImage
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.upload_operation import UploadOperation

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppPreview",
    "AppPreviewAttributes",
    "AppPreviewRelationships",
    "AppPreviewRelationshipsAppPreviewSet",
    "AppPreviewRelationshipsAppPreviewSetData",
]

_E0 = frozenset({"appPreviews"})
_E1 = frozenset({"appPreviewSets"})


class AppPreview(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviews"] | str
        id: str
    else:
        type: _L["appPreviews"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppPreviewAttributes | None | UnsetType = UNSET
    relationships: AppPreviewRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPreviewAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    source_file_checksum: str | None | UnsetType = msgspec.field(
        default=UNSET, name="sourceFileChecksum"
    )
    preview_frame_time_code: str | None | UnsetType = msgspec.field(
        default=UNSET, name="previewFrameTimeCode"
    )
    mime_type: str | None | UnsetType = msgspec.field(default=UNSET, name="mimeType")
    video_url: str | None | UnsetType = msgspec.field(default=UNSET, name="videoUrl")
    preview_frame_image: PreviewFrameImage | None | UnsetType = msgspec.field(
        default=UNSET, name="previewFrameImage"
    )
    preview_image: ImageAsset | None | UnsetType = msgspec.field(default=UNSET, name="previewImage")
    upload_operations: list[UploadOperation] | None | UnsetType = msgspec.field(
        default=UNSET, name="uploadOperations"
    )
    asset_delivery_state: AppMediaAssetState | None | UnsetType = msgspec.field(
        default=UNSET, name="assetDeliveryState"
    )
    video_delivery_state: AppMediaVideoState | None | UnsetType = msgspec.field(
        default=UNSET, name="videoDeliveryState"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewRelationships(Model):
    app_preview_set: AppPreviewRelationshipsAppPreviewSet | None | UnsetType = msgspec.field(
        default=UNSET, name="appPreviewSet"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewRelationshipsAppPreviewSet(Model):
    data: AppPreviewRelationshipsAppPreviewSetData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewRelationshipsAppPreviewSetData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPreviewSets"] | str
        id: str
    else:
        type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
