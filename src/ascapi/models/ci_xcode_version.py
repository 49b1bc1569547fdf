# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "CiXcodeVersion",
    "CiXcodeVersionAttributes",
    "CiXcodeVersionAttributesTestDestinations",
    "CiXcodeVersionAttributesTestDestinationsAvailableRuntimes",
    "CiXcodeVersionRelationships",
    "CiXcodeVersionRelationshipsMacOsVersions",
    "CiXcodeVersionRelationshipsMacOsVersionsData",
]

_E0 = frozenset({"ciXcodeVersions"})
_E1 = frozenset({"SIMULATOR", "MAC"})
_E2 = frozenset({"ciMacOsVersions"})


class CiXcodeVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciXcodeVersions"] | str
        id: str
    else:
        type: _L["ciXcodeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiXcodeVersionAttributes | None | UnsetType = UNSET
    relationships: CiXcodeVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiXcodeVersionAttributes(Model):
    version: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    test_destinations: list[CiXcodeVersionAttributesTestDestinations] | None | UnsetType = (
        msgspec.field(default=UNSET, name="testDestinations")
    )
    __ascapi_nullable__ = frozenset[str]()


class CiXcodeVersionAttributesTestDestinations(Model):
    device_type_name: str | None | UnsetType = msgspec.field(default=UNSET, name="deviceTypeName")
    device_type_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="deviceTypeIdentifier"
    )
    available_runtimes: (
        list[CiXcodeVersionAttributesTestDestinationsAvailableRuntimes] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="availableRuntimes")
    kind: _L["SIMULATOR", "MAC"] | str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"kind": _E1}


class CiXcodeVersionAttributesTestDestinationsAvailableRuntimes(Model):
    runtime_name: str | None | UnsetType = msgspec.field(default=UNSET, name="runtimeName")
    runtime_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="runtimeIdentifier"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiXcodeVersionRelationships(Model):
    mac_os_versions: CiXcodeVersionRelationshipsMacOsVersions | None | UnsetType = msgspec.field(
        default=UNSET, name="macOsVersions"
    )
    __ascapi_nullable__ = frozenset[str]()


class CiXcodeVersionRelationshipsMacOsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[CiXcodeVersionRelationshipsMacOsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiXcodeVersionRelationshipsMacOsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciMacOsVersions"] | str
        id: str
    else:
        type: _L["ciMacOsVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
