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
    "InAppPurchaseV2",
    "InAppPurchaseV2Attributes",
    "InAppPurchaseV2Relationships",
    "InAppPurchaseV2RelationshipsInAppPurchaseLocalizations",
    "InAppPurchaseV2RelationshipsInAppPurchaseLocalizationsData",
    "InAppPurchaseV2RelationshipsPricePoints",
    "InAppPurchaseV2RelationshipsPricePointsData",
    "InAppPurchaseV2RelationshipsContent",
    "InAppPurchaseV2RelationshipsContentData",
    "InAppPurchaseV2RelationshipsAppStoreReviewScreenshot",
    "InAppPurchaseV2RelationshipsAppStoreReviewScreenshotData",
    "InAppPurchaseV2RelationshipsPromotedPurchase",
    "InAppPurchaseV2RelationshipsPromotedPurchaseData",
    "InAppPurchaseV2RelationshipsIapPriceSchedule",
    "InAppPurchaseV2RelationshipsIapPriceScheduleData",
    "InAppPurchaseV2RelationshipsInAppPurchaseAvailability",
    "InAppPurchaseV2RelationshipsInAppPurchaseAvailabilityData",
    "InAppPurchaseV2RelationshipsImages",
    "InAppPurchaseV2RelationshipsImagesData",
    "InAppPurchaseV2RelationshipsOfferCodes",
    "InAppPurchaseV2RelationshipsOfferCodesData",
    "InAppPurchaseV2RelationshipsVersions",
    "InAppPurchaseV2RelationshipsVersionsData",
]

_E0 = frozenset({"inAppPurchases"})
_E1 = frozenset({"CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"})
_E2 = frozenset(
    {
        "MISSING_METADATA",
        "WAITING_FOR_UPLOAD",
        "PROCESSING_CONTENT",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_ACTION_NEEDED",
        "PENDING_BINARY_APPROVAL",
        "APPROVED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "REMOVED_FROM_SALE",
        "REJECTED",
    }
)
_E3 = frozenset({"inAppPurchaseLocalizations"})
_E4 = frozenset({"inAppPurchasePricePoints"})
_E5 = frozenset({"inAppPurchaseContents"})
_E6 = frozenset({"inAppPurchaseAppStoreReviewScreenshots"})
_E7 = frozenset({"promotedPurchases"})
_E8 = frozenset({"inAppPurchasePriceSchedules"})
_E9 = frozenset({"inAppPurchaseAvailabilities"})
_E10 = frozenset({"inAppPurchaseImages"})
_E11 = frozenset({"inAppPurchaseOfferCodes"})
_E12 = frozenset({"inAppPurchaseVersions"})


class InAppPurchaseV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseV2Attributes | None | UnsetType = UNSET
    relationships: InAppPurchaseV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseV2Attributes(Model):
    name: str | None | UnsetType = UNSET
    product_id: str | None | UnsetType = msgspec.field(default=UNSET, name="productId")
    in_app_purchase_type: (
        _L["CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseType")
    state: (
        _L[
            "MISSING_METADATA",
            "WAITING_FOR_UPLOAD",
            "PROCESSING_CONTENT",
            "READY_TO_SUBMIT",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "DEVELOPER_ACTION_NEEDED",
            "PENDING_BINARY_APPROVAL",
            "APPROVED",
            "DEVELOPER_REMOVED_FROM_SALE",
            "REMOVED_FROM_SALE",
            "REJECTED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    review_note: str | None | UnsetType = msgspec.field(default=UNSET, name="reviewNote")
    family_sharable: bool | None | UnsetType = msgspec.field(default=UNSET, name="familySharable")
    content_hosting: bool | None | UnsetType = msgspec.field(default=UNSET, name="contentHosting")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"in_app_purchase_type": _E1, "state": _E2}


class InAppPurchaseV2Relationships(Model):
    in_app_purchase_localizations: (
        InAppPurchaseV2RelationshipsInAppPurchaseLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseLocalizations")
    price_points: InAppPurchaseV2RelationshipsPricePoints | None | UnsetType = msgspec.field(
        default=UNSET, name="pricePoints"
    )
    content: InAppPurchaseV2RelationshipsContent | None | UnsetType = UNSET
    app_store_review_screenshot: (
        InAppPurchaseV2RelationshipsAppStoreReviewScreenshot | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreReviewScreenshot")
    promoted_purchase: InAppPurchaseV2RelationshipsPromotedPurchase | None | UnsetType = (
        msgspec.field(default=UNSET, name="promotedPurchase")
    )
    iap_price_schedule: InAppPurchaseV2RelationshipsIapPriceSchedule | None | UnsetType = (
        msgspec.field(default=UNSET, name="iapPriceSchedule")
    )
    in_app_purchase_availability: (
        InAppPurchaseV2RelationshipsInAppPurchaseAvailability | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseAvailability")
    images: InAppPurchaseV2RelationshipsImages | None | UnsetType = UNSET
    offer_codes: InAppPurchaseV2RelationshipsOfferCodes | None | UnsetType = msgspec.field(
        default=UNSET, name="offerCodes"
    )
    versions: InAppPurchaseV2RelationshipsVersions | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsInAppPurchaseLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseV2RelationshipsInAppPurchaseLocalizationsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsInAppPurchaseLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseLocalizations"] | str
        id: str
    else:
        type: _L["inAppPurchaseLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class InAppPurchaseV2RelationshipsPricePoints(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseV2RelationshipsPricePointsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsPricePointsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePricePoints"] | str
        id: str
    else:
        type: _L["inAppPurchasePricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class InAppPurchaseV2RelationshipsContent(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseV2RelationshipsContentData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsContentData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseContents"] | str
        id: str
    else:
        type: _L["inAppPurchaseContents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class InAppPurchaseV2RelationshipsAppStoreReviewScreenshot(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseV2RelationshipsAppStoreReviewScreenshotData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsAppStoreReviewScreenshotData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseAppStoreReviewScreenshots"] | str
        id: str
    else:
        type: _L["inAppPurchaseAppStoreReviewScreenshots"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class InAppPurchaseV2RelationshipsPromotedPurchase(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseV2RelationshipsPromotedPurchaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsPromotedPurchaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["promotedPurchases"] | str
        id: str
    else:
        type: _L["promotedPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class InAppPurchaseV2RelationshipsIapPriceSchedule(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseV2RelationshipsIapPriceScheduleData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsIapPriceScheduleData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchasePriceSchedules"] | str
        id: str
    else:
        type: _L["inAppPurchasePriceSchedules"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class InAppPurchaseV2RelationshipsInAppPurchaseAvailability(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseV2RelationshipsInAppPurchaseAvailabilityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsInAppPurchaseAvailabilityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseAvailabilities"] | str
        id: str
    else:
        type: _L["inAppPurchaseAvailabilities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class InAppPurchaseV2RelationshipsImages(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseV2RelationshipsImagesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsImagesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseImages"] | str
        id: str
    else:
        type: _L["inAppPurchaseImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class InAppPurchaseV2RelationshipsOfferCodes(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseV2RelationshipsOfferCodesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsOfferCodesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseOfferCodes"] | str
        id: str
    else:
        type: _L["inAppPurchaseOfferCodes"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class InAppPurchaseV2RelationshipsVersions(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseV2RelationshipsVersionsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseV2RelationshipsVersionsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseVersions"] | str
        id: str
    else:
        type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}
