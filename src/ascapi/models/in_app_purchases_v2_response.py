# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.in_app_purchase_v2 import InAppPurchaseV2
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.in_app_purchase_app_store_review_screenshot import (
        InAppPurchaseAppStoreReviewScreenshot,
    )
    from ascapi.models.in_app_purchase_availability import InAppPurchaseAvailability
    from ascapi.models.in_app_purchase_content import InAppPurchaseContent
    from ascapi.models.in_app_purchase_image import InAppPurchaseImage
    from ascapi.models.in_app_purchase_localization import InAppPurchaseLocalization
    from ascapi.models.in_app_purchase_offer_code import InAppPurchaseOfferCode
    from ascapi.models.in_app_purchase_price_point import InAppPurchasePricePoint
    from ascapi.models.in_app_purchase_price_schedule import InAppPurchasePriceSchedule
    from ascapi.models.in_app_purchase_version import InAppPurchaseVersion
    from ascapi.models.promoted_purchase import PromotedPurchase

    _Included = (
        InAppPurchaseAppStoreReviewScreenshot
        | InAppPurchaseAvailability
        | InAppPurchaseContent
        | InAppPurchaseImage
        | InAppPurchaseLocalization
        | InAppPurchaseOfferCode
        | InAppPurchasePricePoint
        | InAppPurchasePriceSchedule
        | InAppPurchaseVersion
        | PromotedPurchase
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "inAppPurchaseAppStoreReviewScreenshots": "ascapi.models.in_app_purchase_app_store_review_screenshot:InAppPurchaseAppStoreReviewScreenshot",
            "inAppPurchaseAvailabilities": "ascapi.models.in_app_purchase_availability:InAppPurchaseAvailability",
            "inAppPurchaseContents": "ascapi.models.in_app_purchase_content:InAppPurchaseContent",
            "inAppPurchaseImages": "ascapi.models.in_app_purchase_image:InAppPurchaseImage",
            "inAppPurchaseLocalizations": "ascapi.models.in_app_purchase_localization:InAppPurchaseLocalization",
            "inAppPurchaseOfferCodes": "ascapi.models.in_app_purchase_offer_code:InAppPurchaseOfferCode",
            "inAppPurchasePricePoints": "ascapi.models.in_app_purchase_price_point:InAppPurchasePricePoint",
            "inAppPurchasePriceSchedules": "ascapi.models.in_app_purchase_price_schedule:InAppPurchasePriceSchedule",
            "inAppPurchaseVersions": "ascapi.models.in_app_purchase_version:InAppPurchaseVersion",
            "promotedPurchases": "ascapi.models.promoted_purchase:PromotedPurchase",
        }
    )

__all__ = ["InAppPurchasesV2Response"]


class InAppPurchasesV2Response(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[InAppPurchaseV2]
    else:
        data: list[InAppPurchaseV2] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
