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
    "InAppPurchaseAppStoreReviewScreenshotCreateRequest",
    "InAppPurchaseAppStoreReviewScreenshotCreateRequestData",
    "InAppPurchaseAppStoreReviewScreenshotCreateRequestDataAttributes",
    "InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationships",
    "InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2",
    "InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2Data",
]

_E0 = frozenset({"inAppPurchaseAppStoreReviewScreenshots"})
_E1 = frozenset({"inAppPurchases"})


class InAppPurchaseAppStoreReviewScreenshotCreateRequest(Model):
    data: InAppPurchaseAppStoreReviewScreenshotCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAppStoreReviewScreenshotCreateRequestData(Model):
    type: _L["inAppPurchaseAppStoreReviewScreenshots"] | str | None | UnsetType = UNSET
    attributes: (
        InAppPurchaseAppStoreReviewScreenshotCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseAppStoreReviewScreenshotCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationships(Model):
    in_app_purchase_v2: (
        InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseV2")
    __ascapi_required__ = frozenset({"in_app_purchase_v2"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2(Model):
    data: (
        InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2Data
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseAppStoreReviewScreenshotCreateRequestDataRelationshipsInAppPurchaseV2Data(Model):
    type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
