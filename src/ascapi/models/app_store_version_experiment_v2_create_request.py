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
    "AppStoreVersionExperimentV2CreateRequest",
    "AppStoreVersionExperimentV2CreateRequestData",
    "AppStoreVersionExperimentV2CreateRequestDataAttributes",
    "AppStoreVersionExperimentV2CreateRequestDataRelationships",
    "AppStoreVersionExperimentV2CreateRequestDataRelationshipsApp",
    "AppStoreVersionExperimentV2CreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"appStoreVersionExperiments"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"apps"})


class AppStoreVersionExperimentV2CreateRequest(Model):
    data: AppStoreVersionExperimentV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2CreateRequestData(Model):
    type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
    attributes: AppStoreVersionExperimentV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppStoreVersionExperimentV2CreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppStoreVersionExperimentV2CreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    traffic_proportion: int | None | UnsetType = msgspec.field(
        default=UNSET, name="trafficProportion"
    )
    __ascapi_required__ = frozenset({"name", "platform", "traffic_proportion"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}


class AppStoreVersionExperimentV2CreateRequestDataRelationships(Model):
    app: AppStoreVersionExperimentV2CreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2CreateRequestDataRelationshipsApp(Model):
    data: AppStoreVersionExperimentV2CreateRequestDataRelationshipsAppData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppStoreVersionExperimentV2CreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
