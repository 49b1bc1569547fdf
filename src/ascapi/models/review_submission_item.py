# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ReviewSubmissionItem",
    "ReviewSubmissionItemAttributes",
    "ReviewSubmissionItemRelationships",
    "ReviewSubmissionItemRelationshipsAppStoreVersion",
    "ReviewSubmissionItemRelationshipsAppStoreVersionData",
    "ReviewSubmissionItemRelationshipsAppCustomProductPageVersion",
    "ReviewSubmissionItemRelationshipsAppCustomProductPageVersionData",
    "ReviewSubmissionItemRelationshipsAppStoreVersionExperiment",
    "ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData",
    "ReviewSubmissionItemRelationshipsAppEvent",
    "ReviewSubmissionItemRelationshipsAppEventData",
    "ReviewSubmissionItemRelationshipsBackgroundAssetVersion",
    "ReviewSubmissionItemRelationshipsBackgroundAssetVersionData",
    "ReviewSubmissionItemRelationshipsGameCenterAchievementVersion",
    "ReviewSubmissionItemRelationshipsGameCenterAchievementVersionData",
    "ReviewSubmissionItemRelationshipsGameCenterActivityVersion",
    "ReviewSubmissionItemRelationshipsGameCenterActivityVersionData",
    "ReviewSubmissionItemRelationshipsGameCenterChallengeVersion",
    "ReviewSubmissionItemRelationshipsGameCenterChallengeVersionData",
    "ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion",
    "ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersionData",
    "ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion",
    "ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersionData",
    "ReviewSubmissionItemRelationshipsInAppPurchaseVersion",
    "ReviewSubmissionItemRelationshipsInAppPurchaseVersionData",
    "ReviewSubmissionItemRelationshipsSubscriptionVersion",
    "ReviewSubmissionItemRelationshipsSubscriptionVersionData",
    "ReviewSubmissionItemRelationshipsSubscriptionGroupVersion",
    "ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData",
]

_E0 = frozenset({"reviewSubmissionItems"})
_E1 = frozenset({"READY_FOR_REVIEW", "ACCEPTED", "APPROVED", "REJECTED", "REMOVED"})
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


class ReviewSubmissionItem(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["reviewSubmissionItems"] | str
        id: str
    else:
        type: _L["reviewSubmissionItems"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ReviewSubmissionItemAttributes | None | UnsetType = UNSET
    relationships: ReviewSubmissionItemRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ReviewSubmissionItemAttributes(Model):
    state: (
        _L["READY_FOR_REVIEW", "ACCEPTED", "APPROVED", "REJECTED", "REMOVED"]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class ReviewSubmissionItemRelationships(Model):
    app_store_version: ReviewSubmissionItemRelationshipsAppStoreVersion | None | UnsetType = (
        msgspec.field(default=UNSET, name="appStoreVersion")
    )
    app_custom_product_page_version: (
        ReviewSubmissionItemRelationshipsAppCustomProductPageVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appCustomProductPageVersion")
    app_store_version_experiment: (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperiment | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperiment")
    app_store_version_experiment_v2: (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperiment | None | UnsetType
    ) = msgspec.field(default=UNSET, name="appStoreVersionExperimentV2")
    app_event: ReviewSubmissionItemRelationshipsAppEvent | None | UnsetType = msgspec.field(
        default=UNSET, name="appEvent"
    )
    background_asset_version: (
        ReviewSubmissionItemRelationshipsBackgroundAssetVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="backgroundAssetVersion")
    game_center_achievement_version: (
        ReviewSubmissionItemRelationshipsGameCenterAchievementVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterAchievementVersion")
    game_center_activity_version: (
        ReviewSubmissionItemRelationshipsGameCenterActivityVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterActivityVersion")
    game_center_challenge_version: (
        ReviewSubmissionItemRelationshipsGameCenterChallengeVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterChallengeVersion")
    game_center_leaderboard_set_version: (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardSetVersion")
    game_center_leaderboard_version: (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterLeaderboardVersion")
    in_app_purchase_version: (
        ReviewSubmissionItemRelationshipsInAppPurchaseVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="inAppPurchaseVersion")
    subscription_version: (
        ReviewSubmissionItemRelationshipsSubscriptionVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionVersion")
    subscription_group_version: (
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersion | None | UnsetType
    ) = msgspec.field(default=UNSET, name="subscriptionGroupVersion")
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsAppStoreVersion(Model):
    data: ReviewSubmissionItemRelationshipsAppStoreVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsAppStoreVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersions"] | str
        id: str
    else:
        type: _L["appStoreVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class ReviewSubmissionItemRelationshipsAppCustomProductPageVersion(Model):
    data: ReviewSubmissionItemRelationshipsAppCustomProductPageVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsAppCustomProductPageVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appCustomProductPageVersions"] | str
        id: str
    else:
        type: _L["appCustomProductPageVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class ReviewSubmissionItemRelationshipsAppStoreVersionExperiment(Model):
    data: ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appStoreVersionExperiments"] | str
        id: str
    else:
        type: _L["appStoreVersionExperiments"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class ReviewSubmissionItemRelationshipsAppEvent(Model):
    data: ReviewSubmissionItemRelationshipsAppEventData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsAppEventData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appEvents"] | str
        id: str
    else:
        type: _L["appEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}


class ReviewSubmissionItemRelationshipsBackgroundAssetVersion(Model):
    data: ReviewSubmissionItemRelationshipsBackgroundAssetVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsBackgroundAssetVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["backgroundAssetVersions"] | str
        id: str
    else:
        type: _L["backgroundAssetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E6}


class ReviewSubmissionItemRelationshipsGameCenterAchievementVersion(Model):
    data: ReviewSubmissionItemRelationshipsGameCenterAchievementVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsGameCenterAchievementVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementVersions"] | str
        id: str
    else:
        type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E7}


class ReviewSubmissionItemRelationshipsGameCenterActivityVersion(Model):
    data: ReviewSubmissionItemRelationshipsGameCenterActivityVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsGameCenterActivityVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersions"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E8}


class ReviewSubmissionItemRelationshipsGameCenterChallengeVersion(Model):
    data: ReviewSubmissionItemRelationshipsGameCenterChallengeVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsGameCenterChallengeVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersions"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E9}


class ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersion(Model):
    data: (
        ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersionData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsGameCenterLeaderboardSetVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardSetVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardSetVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E10}


class ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersion(Model):
    data: ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsGameCenterLeaderboardVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardVersions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E11}


class ReviewSubmissionItemRelationshipsInAppPurchaseVersion(Model):
    data: ReviewSubmissionItemRelationshipsInAppPurchaseVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsInAppPurchaseVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseVersions"] | str
        id: str
    else:
        type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E12}


class ReviewSubmissionItemRelationshipsSubscriptionVersion(Model):
    data: ReviewSubmissionItemRelationshipsSubscriptionVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsSubscriptionVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionVersions"] | str
        id: str
    else:
        type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E13}


class ReviewSubmissionItemRelationshipsSubscriptionGroupVersion(Model):
    data: ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["subscriptionGroupVersions"] | str
        id: str
    else:
        type: _L["subscriptionGroupVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E14}
