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
    "SubscriptionAppStoreReviewScreenshotCreateRequest",
    "SubscriptionAppStoreReviewScreenshotCreateRequestData",
    "SubscriptionAppStoreReviewScreenshotCreateRequestDataAttributes",
    "SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationships",
    "SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscription",
    "SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscriptionData",
]

_E0 = frozenset({"subscriptionAppStoreReviewScreenshots"})
_E1 = frozenset({"subscriptions"})


class SubscriptionAppStoreReviewScreenshotCreateRequest(Model):
    data: SubscriptionAppStoreReviewScreenshotCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAppStoreReviewScreenshotCreateRequestData(Model):
    type: _L["subscriptionAppStoreReviewScreenshots"] | str | None | UnsetType = UNSET
    attributes: (
        SubscriptionAppStoreReviewScreenshotCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionAppStoreReviewScreenshotCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationships(Model):
    subscription: (
        SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscription
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"subscription"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscription(Model):
    data: (
        SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscriptionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionAppStoreReviewScreenshotCreateRequestDataRelationshipsSubscriptionData(Model):
    type: _L["subscriptions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
