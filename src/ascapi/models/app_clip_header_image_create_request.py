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
    "AppClipHeaderImageCreateRequest",
    "AppClipHeaderImageCreateRequestData",
    "AppClipHeaderImageCreateRequestDataAttributes",
    "AppClipHeaderImageCreateRequestDataRelationships",
    "AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalization",
    "AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalizationData",
]

_E0 = frozenset({"appClipHeaderImages"})
_E1 = frozenset({"appClipDefaultExperienceLocalizations"})


class AppClipHeaderImageCreateRequest(Model):
    data: AppClipHeaderImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipHeaderImageCreateRequestData(Model):
    type: _L["appClipHeaderImages"] | str | None | UnsetType = UNSET
    attributes: AppClipHeaderImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppClipHeaderImageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipHeaderImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipHeaderImageCreateRequestDataRelationships(Model):
    app_clip_default_experience_localization: (
        AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalization
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appClipDefaultExperienceLocalization")
    __ascapi_required__ = frozenset({"app_clip_default_experience_localization"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalization(Model):
    data: (
        AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalizationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipHeaderImageCreateRequestDataRelationshipsAppClipDefaultExperienceLocalizationData(
    Model
):
    type: _L["appClipDefaultExperienceLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
