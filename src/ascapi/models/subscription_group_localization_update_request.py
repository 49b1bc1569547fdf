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
    "SubscriptionGroupLocalizationUpdateRequest",
    "SubscriptionGroupLocalizationUpdateRequestData",
    "SubscriptionGroupLocalizationUpdateRequestDataAttributes",
]

_E0 = frozenset({"subscriptionGroupLocalizations"})


class SubscriptionGroupLocalizationUpdateRequest(Model):
    data: SubscriptionGroupLocalizationUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupLocalizationUpdateRequestData(Model):
    type: _L["subscriptionGroupLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionGroupLocalizationUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupLocalizationUpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    custom_app_name: str | None | UnsetType = msgspec.field(default=UNSET, name="customAppName")
    __ascapi_nullable__ = frozenset({"custom_app_name", "name"})
