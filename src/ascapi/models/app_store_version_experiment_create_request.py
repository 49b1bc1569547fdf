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
    "AppStoreVersionExperimentCreateRequest",
    "AppStoreVersionExperimentCreateRequestData",
    "AppStoreVersionExperimentCreateRequestDataAttributes",
    "AppStoreVersionExperimentCreateRequestDataRelationships",
    "AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersion",
    "AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"appStoreVersionExperiments"})
_E1 = frozenset({"appStoreVersions"})


class AppStoreVersionExperimentCreateRequest(Model):
    data: AppStoreVersionExperimentCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentCreateRequestData(Model):
    type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionExperimentCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    traffic_proportion: int | None | UnsetType = msgspec.field(
        default=UNSET, name="trafficProportion"
    )
    __ascapi_required__ = frozenset({"name", "traffic_proportion"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentCreateRequestDataRelationships(Model):
    app_store_version: (
        AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
