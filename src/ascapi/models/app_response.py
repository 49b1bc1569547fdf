# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app import App
from ascapi.models.document_links import DocumentLinks

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

    _Included = Included.of(
        {
            "androidToIosAppMappingDetails": "ascapi.models.android_to_ios_app_mapping_detail:AndroidToIosAppMappingDetail",
            "appClips": "ascapi.models.app_clip:AppClip",
            "appCustomProductPages": "ascapi.models.app_custom_product_page:AppCustomProductPage",
            "appEncryptionDeclarations": "ascapi.models.app_encryption_declaration:AppEncryptionDeclaration",
            "appEvents": "ascapi.models.app_event:AppEvent",
            "appInfos": "ascapi.models.app_info:AppInfo",
            "appStoreVersionExperiments": "ascapi.models.app_store_version_experiment_v2:AppStoreVersionExperimentV2",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "betaAppLocalizations": "ascapi.models.beta_app_localization:BetaAppLocalization",
            "betaAppReviewDetails": "ascapi.models.beta_app_review_detail:BetaAppReviewDetail",
            "betaGroups": "ascapi.models.beta_group:BetaGroup",
            "betaLicenseAgreements": "ascapi.models.beta_license_agreement:BetaLicenseAgreement",
            "buildIcons": "ascapi.models.build_icon:BuildIcon",
            "builds": "ascapi.models.build:Build",
            "ciProducts": "ascapi.models.ci_product:CiProduct",
            "endUserLicenseAgreements": "ascapi.models.end_user_license_agreement:EndUserLicenseAgreement",
            "gameCenterDetails": "ascapi.models.game_center_detail:GameCenterDetail",
            "gameCenterEnabledVersions": "ascapi.models.game_center_enabled_version:GameCenterEnabledVersion",
            "inAppPurchases": "ascapi.models.in_app_purchase:InAppPurchase",
            "preReleaseVersions": "ascapi.models.prerelease_version:PrereleaseVersion",
            "promotedPurchases": "ascapi.models.promoted_purchase:PromotedPurchase",
            "reviewSubmissions": "ascapi.models.review_submission:ReviewSubmission",
            "subscriptionGracePeriods": "ascapi.models.subscription_grace_period:SubscriptionGracePeriod",
            "subscriptionGroups": "ascapi.models.subscription_group:SubscriptionGroup",
        }
    )

__all__ = ["AppResponse"]


class AppResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: App
    else:
        data: App | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
