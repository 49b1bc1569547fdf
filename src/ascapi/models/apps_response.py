# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app import App
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.android_to_ios_app_mapping_detail import AndroidToIosAppMappingDetail
    from ascapi.models.app_clip import AppClip
    from ascapi.models.app_custom_product_page import AppCustomProductPage
    from ascapi.models.app_encryption_declaration import AppEncryptionDeclaration
    from ascapi.models.app_event import AppEvent
    from ascapi.models.app_info import AppInfo
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.app_store_version_experiment_v2 import AppStoreVersionExperimentV2
    from ascapi.models.beta_app_localization import BetaAppLocalization
    from ascapi.models.beta_app_review_detail import BetaAppReviewDetail
    from ascapi.models.beta_group import BetaGroup
    from ascapi.models.beta_license_agreement import BetaLicenseAgreement
    from ascapi.models.build import Build
    from ascapi.models.build_icon import BuildIcon
    from ascapi.models.ci_product import CiProduct
    from ascapi.models.end_user_license_agreement import EndUserLicenseAgreement
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_enabled_version import GameCenterEnabledVersion
    from ascapi.models.in_app_purchase import InAppPurchase
    from ascapi.models.prerelease_version import PrereleaseVersion
    from ascapi.models.promoted_purchase import PromotedPurchase
    from ascapi.models.review_submission import ReviewSubmission
    from ascapi.models.subscription_grace_period import SubscriptionGracePeriod
    from ascapi.models.subscription_group import SubscriptionGroup

    _Included = (
        AndroidToIosAppMappingDetail
        | AppClip
        | AppCustomProductPage
        | AppEncryptionDeclaration
        | AppEvent
        | AppInfo
        | AppStoreVersion
        | AppStoreVersionExperimentV2
        | BetaAppLocalization
        | BetaAppReviewDetail
        | BetaGroup
        | BetaLicenseAgreement
        | Build
        | BuildIcon
        | CiProduct
        | EndUserLicenseAgreement
        | GameCenterDetail
        | GameCenterEnabledVersion
        | InAppPurchase
        | PrereleaseVersion
        | PromotedPurchase
        | ReviewSubmission
        | SubscriptionGracePeriod
        | SubscriptionGroup
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included

__all__ = ["AppsResponse"]


class AppsResponse(Document):
    data: list[App] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
