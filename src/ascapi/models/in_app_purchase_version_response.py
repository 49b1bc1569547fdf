# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.in_app_purchase_version import InAppPurchaseVersion

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.in_app_purchase_image_v2 import InAppPurchaseImageV2
    from ascapi.models.in_app_purchase_localization_v2 import InAppPurchaseLocalizationV2
    from ascapi.models.in_app_purchase_v2 import InAppPurchaseV2

    _Included = InAppPurchaseImageV2 | InAppPurchaseLocalizationV2 | InAppPurchaseV2 | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "inAppPurchaseImages": "ascapi.models.in_app_purchase_image_v2:InAppPurchaseImageV2",
            "inAppPurchaseLocalizations": "ascapi.models.in_app_purchase_localization_v2:InAppPurchaseLocalizationV2",
            "inAppPurchases": "ascapi.models.in_app_purchase_v2:InAppPurchaseV2",
        }
    )

__all__ = ["InAppPurchaseVersionResponse"]


class InAppPurchaseVersionResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: InAppPurchaseVersion
    else:
        data: InAppPurchaseVersion | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
