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
    "RoutingAppCoverageCreateRequest",
    "RoutingAppCoverageCreateRequestData",
    "RoutingAppCoverageCreateRequestDataAttributes",
    "RoutingAppCoverageCreateRequestDataRelationships",
    "RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersion",
    "RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersionData",
]

_E0 = frozenset({"routingAppCoverages"})
_E1 = frozenset({"appStoreVersions"})


class RoutingAppCoverageCreateRequest(Model):
    data: RoutingAppCoverageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class RoutingAppCoverageCreateRequestData(Model):
    type: _L["routingAppCoverages"] | str | None | UnsetType = UNSET
    attributes: RoutingAppCoverageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: RoutingAppCoverageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class RoutingAppCoverageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class RoutingAppCoverageCreateRequestDataRelationships(Model):
    app_store_version: (
        RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    __ascapi_required__ = frozenset({"app_store_version"})
    __ascapi_nullable__ = frozenset[str]()


class RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class RoutingAppCoverageCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
