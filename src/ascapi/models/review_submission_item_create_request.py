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
    "ReviewSubmissionItemCreateRequest",
    "ReviewSubmissionItemCreateRequestData",
    "ReviewSubmissionItemCreateRequestDataRelationships",
    "ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission",
    "ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmissionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent",
    "ReviewSubmissionItemCreateRequestDataRelationshipsAppEventData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersionData",
    "ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion",
    "ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersionData",
]

_E0 = frozenset({"reviewSubmissionItems"})
_E1 = frozenset({"reviewSubmissions"})
_E2 = frozenset({"appStoreVersions"})
_E3 = frozenset({"appCustomProductPageVersions"})
_E4 = frozenset({"appStoreVersionExperiments"})
_E5 = frozenset({"appEvents"})
_E6 = frozenset({"backgroundAssetVersions"})
_E7 = frozenset({"gameCenterAchievementVersions"})
_E8 = frozenset({"gameCenterActivityVersions"})
_E9 = frozenset({"gameCenterChallengeVersions"})
_E10 = frozenset({"gameCenterLeaderboardSetVersions"})
_E11 = frozenset({"gameCenterLeaderboardVersions"})
_E12 = frozenset({"inAppPurchaseVersions"})
_E13 = frozenset({"subscriptionVersions"})
_E14 = frozenset({"subscriptionGroupVersions"})


class ReviewSubmissionItemCreateRequest(Model):
    data: ReviewSubmissionItemCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestData(Model):
    type: _L["reviewSubmissionItems"] | str | None | UnsetType = UNSET
    relationships: ReviewSubmissionItemCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ReviewSubmissionItemCreateRequestDataRelationships(Model):
    review_submission: (
        ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission | None | UnsetType
    ) = msgspec.field(default=UNSET, name="reviewSubmission")
    app_store_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersion")
    app_custom_product_page_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersion")
    app_store_version_experiment: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperiment")
    app_store_version_experiment_v2: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentV2")
    app_event: ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent | None | UnsetType = (
        msgspec.field(default=UNSET, name="appEvent")
    )
    background_asset_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    game_center_achievement_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievementVersion")
    game_center_activity_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterActivityVersion")
    game_center_challenge_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterChallengeVersion")
    game_center_leaderboard_set_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetVersion")
    game_center_leaderboard_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardVersion")
    in_app_purchase_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseVersion")
    subscription_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionVersion")
    subscription_group_version: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionGroupVersion")
    __ascapi_required__ = frozenset({"review_submission"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmission(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmissionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsReviewSubmissionData(Model):
    type: _L["reviewSubmissions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionData(Model):
    type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsAppCustomProductPageVersionData(Model):
    type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperiment(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsAppStoreVersionExperimentData(Model):
    type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class ReviewSubmissionItemCreateRequestDataRelationshipsAppEvent(Model):
    data: ReviewSubmissionItemCreateRequestDataRelationshipsAppEventData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsAppEventData(Model):
    type: _L["appEvents"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsBackgroundAssetVersionData(Model):
    type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterAchievementVersionData(Model):
    type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterActivityVersionData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterChallengeVersionData(Model):
    type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardSetVersionData(Model):
    type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsGameCenterLeaderboardVersionData(Model):
    type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsInAppPurchaseVersionData(Model):
    type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersionData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionVersionData(Model):
    type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersion(Model):
    data: (
        ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemCreateRequestDataRelationshipsSubscriptionGroupVersionData(Model):
    type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}
