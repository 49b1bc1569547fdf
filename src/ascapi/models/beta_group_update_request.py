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
    "BetaGroupUpdateRequest",
    "BetaGroupUpdateRequestData",
    "BetaGroupUpdateRequestDataAttributes",
]

_E0 = frozenset({"betaGroups"})


class BetaGroupUpdateRequest(Model):
    data: BetaGroupUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupUpdateRequestData(Model):
    type: _L["betaGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: BetaGroupUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaGroupUpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    public_link_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkEnabled"
    )
    public_link_limit_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkLimitEnabled"
    )
    public_link_limit: int | None | UnsetType = msgspec.field(default=UNSET, name="publicLinkLimit")
    feedback_enabled: bool | None | UnsetType = msgspec.field(default=UNSET, name="feedbackEnabled")
    ios_builds_available_for_apple_silicon_mac: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="iosBuildsAvailableForAppleSiliconMac"
    )
    ios_builds_available_for_apple_vision: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="iosBuildsAvailableForAppleVision"
    )
    __ascapi_nullable__ = frozenset(
        {
            "feedback_enabled",
            "ios_builds_available_for_apple_silicon_mac",
            "ios_builds_available_for_apple_vision",
            "name",
            "public_link_enabled",
            "public_link_limit",
            "public_link_limit_enabled",
        }
    )
