# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_test_destination import CiTestDestination

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CiAction", "CiActionTestConfiguration"]

_E0 = frozenset({"BUILD", "ANALYZE", "TEST", "ARCHIVE"})
_E1 = frozenset(
    {
        "ANY_IOS_DEVICE",
        "ANY_IOS_SIMULATOR",
        "ANY_TVOS_DEVICE",
        "ANY_TVOS_SIMULATOR",
        "ANY_WATCHOS_DEVICE",
        "ANY_WATCHOS_SIMULATOR",
        "ANY_MAC",
        "ANY_MAC_CATALYST",
        "ANY_VISIONOS_DEVICE",
        "ANY_VISIONOS_SIMULATOR",
    }
)
_E2 = frozenset({"INTERNAL_ONLY", "APP_STORE_ELIGIBLE"})
_E3 = frozenset({"USE_SCHEME_SETTINGS", "SPECIFIC_TEST_PLANS"})
_E4 = frozenset({"MACOS", "IOS", "TVOS", "WATCHOS", "VISIONOS"})


class CiAction(Model):
    name: str | None | UnsetType = UNSET
    action_type: _L["BUILD", "ANALYZE", "TEST", "ARCHIVE"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="actionType"
    )
    destination: (
        _L[
            "ANY_IOS_DEVICE",
            "ANY_IOS_SIMULATOR",
            "ANY_TVOS_DEVICE",
            "ANY_TVOS_SIMULATOR",
            "ANY_WATCHOS_DEVICE",
            "ANY_WATCHOS_SIMULATOR",
            "ANY_MAC",
            "ANY_MAC_CATALYST",
            "ANY_VISIONOS_DEVICE",
            "ANY_VISIONOS_SIMULATOR",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    build_distribution_audience: (
        _L["INTERNAL_ONLY", "APP_STORE_ELIGIBLE"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="buildDistributionAudience")
    test_configuration: CiActionTestConfiguration | None | UnsetType = msgspec.field(
        default=UNSET, name="testConfiguration"
    )
    scheme: str | None | UnsetType = UNSET
    platform: _L["MACOS", "IOS", "TVOS", "WATCHOS", "VISIONOS"] | str | None | UnsetType = UNSET
    is_required_to_pass: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isRequiredToPass"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "action_type": _E0,
        "destination": _E1,
        "build_distribution_audience": _E2,
        "platform": _E4,
    }


class CiActionTestConfiguration(Model):
    kind: _L["USE_SCHEME_SETTINGS", "SPECIFIC_TEST_PLANS"] | str | None | UnsetType = UNSET
    test_plan_name: str | None | UnsetType = msgspec.field(default=UNSET, name="testPlanName")
    test_destinations: list[CiTestDestination] | None | UnsetType = msgspec.field(
        default=UNSET, name="testDestinations"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"kind": _E3}
