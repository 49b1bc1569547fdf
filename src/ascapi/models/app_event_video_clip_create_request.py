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
    "AppEventVideoClipCreateRequest",
    "AppEventVideoClipCreateRequestData",
    "AppEventVideoClipCreateRequestDataAttributes",
    "AppEventVideoClipCreateRequestDataRelationships",
    "AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalization",
    "AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalizationData",
]

_E0 = frozenset({"appEventVideoClips"})
_E1 = frozenset({"EVENT_CARD", "EVENT_DETAILS_PAGE"})
_E2 = frozenset({"appEventLocalizations"})


class AppEventVideoClipCreateRequest(Model):
    data: AppEventVideoClipCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventVideoClipCreateRequestData(Model):
    type: _L["appEventVideoClips"] | str | None | UnsetType = UNSET
    attributes: AppEventVideoClipCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppEventVideoClipCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEventVideoClipCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    preview_frame_time_code: str | None | UnsetType = msgspec.field(
        default=UNSET, name="previewFrameTimeCode"
    )
    app_event_asset_type: _L["EVENT_CARD", "EVENT_DETAILS_PAGE"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="appEventAssetType")
    )
    __ascapi_required__ = frozenset({"app_event_asset_type", "file_name", "file_size"})
    __ascapi_nullable__ = frozenset({"preview_frame_time_code"})
    __ascapi_enums__ = {"app_event_asset_type": _E1}


class AppEventVideoClipCreateRequestDataRelationships(Model):
    app_event_localization: (
        AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalization | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appEventLocalization")
    __ascapi_required__ = frozenset({"app_event_localization"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalization(Model):
    data: (
        AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalizationData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventVideoClipCreateRequestDataRelationshipsAppEventLocalizationData(Model):
    type: _L["appEventLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
