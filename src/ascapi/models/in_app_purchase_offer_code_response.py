# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.in_app_purchase_offer_code import InAppPurchaseOfferCode

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.in_app_purchase_offer_code_custom_code import (
        InAppPurchaseOfferCodeCustomCode,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_code import (
        InAppPurchaseOfferCodeOneTimeUseCode,
    )
    from ascapi.models.in_app_purchase_offer_price import InAppPurchaseOfferPrice

    _Included = (
        InAppPurchaseOfferCodeCustomCode
        | InAppPurchaseOfferCodeOneTimeUseCode
        | InAppPurchaseOfferPrice
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "inAppPurchaseOfferCodeCustomCodes": "ascapi.models.in_app_purchase_offer_code_custom_code:InAppPurchaseOfferCodeCustomCode",
            "inAppPurchaseOfferCodeOneTimeUseCodes": "ascapi.models.in_app_purchase_offer_code_one_time_use_code:InAppPurchaseOfferCodeOneTimeUseCode",
            "inAppPurchaseOfferPrices": "ascapi.models.in_app_purchase_offer_price:InAppPurchaseOfferPrice",
        }
    )

__all__ = ["InAppPurchaseOfferCodeResponse"]


class InAppPurchaseOfferCodeResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: InAppPurchaseOfferCode
    else:
        data: InAppPurchaseOfferCode | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
