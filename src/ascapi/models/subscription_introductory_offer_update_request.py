# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "SubscriptionIntroductoryOfferUpdateRequest",
    "SubscriptionIntroductoryOfferUpdateRequestData",
    "SubscriptionIntroductoryOfferUpdateRequestDataAttributes",
]

_E0 = frozenset({"subscriptionIntroductoryOffers"})


class SubscriptionIntroductoryOfferUpdateRequest(Model):
    data: SubscriptionIntroductoryOfferUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionIntroductoryOfferUpdateRequestData(Model):
    type: _L["subscriptionIntroductoryOffers"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: SubscriptionIntroductoryOfferUpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionIntroductoryOfferUpdateRequestDataAttributes(Model):
    end_date: _dt.date | None | UnsetType = msgspec.field(default=UNSET, name="endDate")
    __ascapi_nullable__ = frozenset({"end_date"})
