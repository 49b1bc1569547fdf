# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.review_submission_item import ReviewSubmissionItem

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app_custom_product_page_version import AppCustomProductPageVersion
    from ascapi.models.app_event import AppEvent
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.app_store_version_experiment import AppStoreVersionExperiment
    from ascapi.models.background_asset_version import BackgroundAssetVersion
    from ascapi.models.game_center_achievement_version_v2 import GameCenterAchievementVersionV2
    from ascapi.models.game_center_activity_version import GameCenterActivityVersion
    from ascapi.models.game_center_challenge_version import GameCenterChallengeVersion
    from ascapi.models.game_center_leaderboard_set_version_v2 import (
        GameCenterLeaderboardSetVersionV2,
    )
    from ascapi.models.game_center_leaderboard_version_v2 import GameCenterLeaderboardVersionV2
    from ascapi.models.in_app_purchase_version import InAppPurchaseVersion
    from ascapi.models.subscription_group_version import SubscriptionGroupVersion
    from ascapi.models.subscription_version import SubscriptionVersion

    _Included = (
        AppCustomProductPageVersion
        | AppEvent
        | AppStoreVersion
        | AppStoreVersionExperiment
        | BackgroundAssetVersion
        | GameCenterAchievementVersionV2
        | GameCenterActivityVersion
        | GameCenterChallengeVersion
        | GameCenterLeaderboardSetVersionV2
        | GameCenterLeaderboardVersionV2
        | InAppPurchaseVersion
        | SubscriptionGroupVersion
        | SubscriptionVersion
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appCustomProductPageVersions": "ascapi.models.app_custom_product_page_version:AppCustomProductPageVersion",
            "appEvents": "ascapi.models.app_event:AppEvent",
            "appStoreVersionExperiments": "ascapi.models.app_store_version_experiment:AppStoreVersionExperiment",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "backgroundAssetVersions": "ascapi.models.background_asset_version:BackgroundAssetVersion",
            "gameCenterAchievementVersions": "ascapi.models.game_center_achievement_version_v2:GameCenterAchievementVersionV2",
            "gameCenterActivityVersions": "ascapi.models.game_center_activity_version:GameCenterActivityVersion",
            "gameCenterChallengeVersions": "ascapi.models.game_center_challenge_version:GameCenterChallengeVersion",
            "gameCenterLeaderboardSetVersions": "ascapi.models.game_center_leaderboard_set_version_v2:GameCenterLeaderboardSetVersionV2",
            "gameCenterLeaderboardVersions": "ascapi.models.game_center_leaderboard_version_v2:GameCenterLeaderboardVersionV2",
            "inAppPurchaseVersions": "ascapi.models.in_app_purchase_version:InAppPurchaseVersion",
            "subscriptionGroupVersions": "ascapi.models.subscription_group_version:SubscriptionGroupVersion",
            "subscriptionVersions": "ascapi.models.subscription_version:SubscriptionVersion",
        }
    )

__all__ = ["ReviewSubmissionItemResponse"]


class ReviewSubmissionItemResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: ReviewSubmissionItem
    else:
        data: ReviewSubmissionItem | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
