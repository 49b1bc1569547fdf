# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.file_location import FileLocation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CiTestResult", "CiTestResultAttributes", "CiTestResultAttributesDestinationTestResults"]

_E0 = frozenset({"ciTestResults"})
_E1 = frozenset({"SUCCESS", "FAILURE", "MIXED", "SKIPPED", "EXPECTED_FAILURE"})


class CiTestResult(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciTestResults"] | str
        id: str
    else:
        type: _L["ciTestResults"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiTestResultAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiTestResultAttributes(Model):
    class_name: str | None | UnsetType = msgspec.field(default=UNSET, name="className")
    name: str | None | UnsetType = UNSET
    status: (
        _L["SUCCESS", "FAILURE", "MIXED", "SKIPPED", "EXPECTED_FAILURE"] | str | None | UnsetType
    ) = UNSET
    file_source: FileLocation | None | UnsetType = msgspec.field(default=UNSET, name="fileSource")
    message: str | None | UnsetType = UNSET
    destination_test_results: (
        list[CiTestResultAttributesDestinationTestResults] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="destinationTestResults")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"status": _E1}


class CiTestResultAttributesDestinationTestResults(Model):
    uuid: str | None | UnsetType = UNSET
    device_name: str | None | UnsetType = msgspec.field(default=UNSET, name="deviceName")
    os_version: str | None | UnsetType = msgspec.field(default=UNSET, name="osVersion")
    status: (
        _L["SUCCESS", "FAILURE", "MIXED", "SKIPPED", "EXPECTED_FAILURE"] | str | None | UnsetType
    ) = UNSET
    duration: float | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"status": _E1}
