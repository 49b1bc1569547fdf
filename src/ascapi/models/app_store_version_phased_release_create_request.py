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
    "AppStoreVersionPhasedReleaseCreateRequest",
    "AppStoreVersionPhasedReleaseCreateRequestData",
    "AppStoreVersionPhasedReleaseCreateRequestDataAttributes",
    "AppStoreVersionPhasedReleaseCreateRequestDataRelationships",
    "AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"appStoreVersionPhasedReleases"})
_E1 = frozenset({"INACTIVE", "ACTIVE", "PAUSED", "COMPLETE"})
_E2 = frozenset({"appStoreVersions"})


class AppStoreVersionPhasedReleaseCreateRequest(Model):
    data: AppStoreVersionPhasedReleaseCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPhasedReleaseCreateRequestData(Model):
    type: _L["appStoreVersionPhasedReleases"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionPhasedReleaseCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionPhasedReleaseCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionPhasedReleaseCreateRequestDataAttributes(Model):
    phased_release_state: (
        _L["INACTIVE", "ACTIVE", "PAUSED", "COMPLETE"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="phasedReleaseState")
    __ascapi_nullable__ = frozenset({"phased_release_state"})
    __ascapi_enums__ = {"phased_release_state": _E1}


class AppStoreVersionPhasedReleaseCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionPhasedReleaseCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
