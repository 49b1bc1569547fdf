# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["SubscriptionGracePeriod", "SubscriptionGracePeriodAttributes"]

_E0 = frozenset({"subscriptionGracePeriods"})
_E1 = frozenset({"THREE_DAYS", "SIXTEEN_DAYS", "TWENTY_EIGHT_DAYS"})
_E2 = frozenset({"ALL_RENEWALS", "PAID_TO_PAID_ONLY"})


class SubscriptionGracePeriod(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGracePeriods"] | str
        id: str
    else:
        type: _L["subscriptionGracePeriods"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: SubscriptionGracePeriodAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGracePeriodAttributes(Model):
    opt_in: bool | None | UnsetType = msgspec.field(default=UNSET, name="optIn")
    sandbox_opt_in: bool | None | UnsetType = msgspec.field(default=UNSET, name="sandboxOptIn")
    duration: _L["THREE_DAYS", "SIXTEEN_DAYS", "TWENTY_EIGHT_DAYS"] | str | None | UnsetType = UNSET
    renewal_type: _L["ALL_RENEWALS", "PAID_TO_PAID_ONLY"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="renewalType"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"duration": _E1, "renewal_type": _E2}
