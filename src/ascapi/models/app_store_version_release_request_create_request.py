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
    "AppStoreVersionReleaseRequestCreateRequest",
    "AppStoreVersionReleaseRequestCreateRequestData",
    "AppStoreVersionReleaseRequestCreateRequestDataRelationships",
    "AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"appStoreVersionReleaseRequests"})
_E1 = frozenset({"appStoreVersions"})


class AppStoreVersionReleaseRequestCreateRequest(Model):
    data: AppStoreVersionReleaseRequestCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionReleaseRequestCreateRequestData(Model):
    type: _L["appStoreVersionReleaseRequests"] | str | None | UnsetType = UNSET
    relationships: (
        AppStoreVersionReleaseRequestCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionReleaseRequestCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionReleaseRequestCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
