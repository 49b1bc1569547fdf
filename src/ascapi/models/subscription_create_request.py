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
    "SubscriptionCreateRequest",
    "SubscriptionCreateRequestData",
    "SubscriptionCreateRequestDataAttributes",
    "SubscriptionCreateRequestDataRelationships",
    "SubscriptionCreateRequestDataRelationshipsGroup",
    "SubscriptionCreateRequestDataRelationshipsGroupData",
]

_E0 = frozenset({"subscriptions"})
_E1 = frozenset({"ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"})
_E2 = frozenset({"subscriptionGroups"})


class SubscriptionCreateRequest(Model):
    data: SubscriptionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionCreateRequestData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    attributes: SubscriptionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    product_id: str | None | UnsetType = msgspec.field(default=UNSET, name="productId")
    family_sharable: bool | None | UnsetType = msgspec.field(default=UNSET, name="familySharable")
    subscription_period: (
        _L["ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS", "SIX_MONTHS", "ONE_YEAR"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionPeriod")
    review_note: str | None | UnsetType = msgspec.field(default=UNSET, name="reviewNote")
    group_level: int | None | UnsetType = msgspec.field(default=UNSET, name="groupLevel")
    __ascapi_required__ = frozenset({"name", "product_id"})
    __ascapi_nullable__ = frozenset(
        {"family_sharable", "group_level", "review_note", "subscription_period"}
    )
    __ascapi_enums__ = {"subscription_period": _E1}


class SubscriptionCreateRequestDataRelationships(Model):
    group: SubscriptionCreateRequestDataRelationshipsGroup | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"group"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionCreateRequestDataRelationshipsGroup(Model):
    data: SubscriptionCreateRequestDataRelationshipsGroupData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionCreateRequestDataRelationshipsGroupData(Model):
    type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
