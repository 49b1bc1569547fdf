# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "AppPreviewCreateRequest",
    "AppPreviewCreateRequestData",
    "AppPreviewCreateRequestDataAttributes",
    "AppPreviewCreateRequestDataRelationships",
    "AppPreviewCreateRequestDataRelationshipsAppPreviewSet",
    "AppPreviewCreateRequestDataRelationshipsAppPreviewSetData",
]

_E0 = frozenset({"appPreviews"})
_E1 = frozenset({"appPreviewSets"})


class AppPreviewCreateRequest(Model):
    data: AppPreviewCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewCreateRequestData(Model):
    type: _L["appPreviews"] | str | None | UnsetType = UNSET
    attributes: AppPreviewCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppPreviewCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPreviewCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    preview_frame_time_code: str | None | UnsetType = msgspec.field(
        default=UNSET, name="previewFrameTimeCode"
    )
    mime_type: str | None | UnsetType = msgspec.field(default=UNSET, name="mimeType")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset({"mime_type", "preview_frame_time_code"})


class AppPreviewCreateRequestDataRelationships(Model):
    app_preview_set: AppPreviewCreateRequestDataRelationshipsAppPreviewSet | None | UnsetType = (
        msgspec.field(default=UNSET, name="appPreviewSet")
    )
    __ascapi_required__ = frozenset({"app_preview_set"})
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewCreateRequestDataRelationshipsAppPreviewSet(Model):
    data: AppPreviewCreateRequestDataRelationshipsAppPreviewSetData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppPreviewCreateRequestDataRelationshipsAppPreviewSetData(Model):
    type: _L["appPreviewSets"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
