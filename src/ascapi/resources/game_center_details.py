# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_details`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.game_center_achievement import GameCenterAchievement
    from ascapi.models.game_center_achievement_release import GameCenterAchievementRelease
    from ascapi.models.game_center_achievement_releases_response import (
        GameCenterAchievementReleasesResponse,
    )
    from ascapi.models.game_center_achievement_v2 import GameCenterAchievementV2
    from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse
    from ascapi.models.game_center_achievements_v2_response import GameCenterAchievementsV2Response
    from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_activity_version_release import GameCenterActivityVersionRelease
    from ascapi.models.game_center_activity_version_releases_response import (
        GameCenterActivityVersionReleasesResponse,
    )
    from ascapi.models.game_center_app_version import GameCenterAppVersion
    from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_challenge_version_release import (
        GameCenterChallengeVersionRelease,
    )
    from ascapi.models.game_center_challenge_version_releases_response import (
        GameCenterChallengeVersionReleasesResponse,
    )
    from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse
    from ascapi.models.game_center_detail_achievement_releases_linkages_response import (
        GameCenterDetailAchievementReleasesLinkagesResponse,
        GameCenterDetailAchievementReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_activity_releases_linkages_response import (
        GameCenterDetailActivityReleasesLinkagesResponse,
        GameCenterDetailActivityReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_challenge_releases_linkages_response import (
        GameCenterDetailChallengeReleasesLinkagesResponse,
        GameCenterDetailChallengeReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_challenges_minimum_platform_versions_linkages_request import (
        GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequest,
    )
    from ascapi.models.game_center_detail_create_request import GameCenterDetailCreateRequest
    from ascapi.models.game_center_detail_game_center_achievements_linkages_request import (
        GameCenterDetailGameCenterAchievementsLinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_achievements_linkages_response import (
        GameCenterDetailGameCenterAchievementsLinkagesResponse,
        GameCenterDetailGameCenterAchievementsLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_request import (
        GameCenterDetailGameCenterAchievementsV2LinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_response import (
        GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
        GameCenterDetailGameCenterAchievementsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_activities_linkages_response import (
        GameCenterDetailGameCenterActivitiesLinkagesResponse,
        GameCenterDetailGameCenterActivitiesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_app_versions_linkages_response import (
        GameCenterDetailGameCenterAppVersionsLinkagesResponse,
        GameCenterDetailGameCenterAppVersionsLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_challenges_linkages_response import (
        GameCenterDetailGameCenterChallengesLinkagesResponse,
        GameCenterDetailGameCenterChallengesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_group_linkage_response import (
        GameCenterDetailGameCenterGroupLinkageResponse,
    )
    from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_request import (
        GameCenterDetailGameCenterLeaderboardSetsLinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_request import (
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_leaderboards_linkages_request import (
        GameCenterDetailGameCenterLeaderboardsLinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_leaderboards_linkages_response import (
        GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_request import (
        GameCenterDetailGameCenterLeaderboardsV2LinkagesRequest,
    )
    from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_detail_leaderboard_releases_linkages_response import (
        GameCenterDetailLeaderboardReleasesLinkagesResponse,
        GameCenterDetailLeaderboardReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_leaderboard_set_releases_linkages_response import (
        GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
        GameCenterDetailLeaderboardSetReleasesLinkagesResponseData,
    )
    from ascapi.models.game_center_detail_response import GameCenterDetailResponse
    from ascapi.models.game_center_detail_update_request import GameCenterDetailUpdateRequest
    from ascapi.models.game_center_group_response import GameCenterGroupResponse
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_release import GameCenterLeaderboardRelease
    from ascapi.models.game_center_leaderboard_releases_response import (
        GameCenterLeaderboardReleasesResponse,
    )
    from ascapi.models.game_center_leaderboard_set import GameCenterLeaderboardSet
    from ascapi.models.game_center_leaderboard_set_release import GameCenterLeaderboardSetRelease
    from ascapi.models.game_center_leaderboard_set_releases_response import (
        GameCenterLeaderboardSetReleasesResponse,
    )
    from ascapi.models.game_center_leaderboard_set_v2 import GameCenterLeaderboardSetV2
    from ascapi.models.game_center_leaderboard_sets_response import (
        GameCenterLeaderboardSetsResponse,
    )
    from ascapi.models.game_center_leaderboard_sets_v2_response import (
        GameCenterLeaderboardSetsV2Response,
    )
    from ascapi.models.game_center_leaderboard_v2 import GameCenterLeaderboardV2
    from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse
    from ascapi.models.game_center_leaderboards_v2_response import GameCenterLeaderboardsV2Response
    from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
        GameCenterMatchmakingAppRequestsV1MetricResponse,
        GameCenterMatchmakingAppRequestsV1MetricResponseData,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "arcadeEnabled",
        "challengeEnabled",
        "app",
        "gameCenterAppVersions",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "achievementReleases",
        "activityReleases",
        "challengeReleases",
        "leaderboardReleases",
        "leaderboardSetReleases",
        "challengesMinimumPlatformVersions",
    ]
    _Enum1 = Literal[
        "accessibilityUrl",
        "name",
        "bundleId",
        "sku",
        "primaryLocale",
        "isOrEverWasMadeForKids",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersionForSandbox",
        "contentRightsDeclaration",
        "streamlinedPurchasingEnabled",
        "accessibilityDeclarations",
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaTesters",
        "betaGroups",
        "appStoreVersions",
        "appTags",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "appPricePoints",
        "endUserLicenseAgreement",
        "appPriceSchedule",
        "appAvailabilityV2",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "perfPowerMetrics",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "customerReviews",
        "customerReviewSummarizations",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "marketplaceSearchDetail",
        "buildUploads",
        "backgroundAssets",
        "betaFeedbackScreenshotSubmissions",
        "betaFeedbackCrashSubmissions",
        "searchKeywords",
        "webhooks",
        "androidToIosAppMappingDetails",
    ]
    _Enum2 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum3 = Literal[
        "referenceName",
        "gameCenterDetails",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
    ]
    _Enum4 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum5 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
        "versions",
    ]
    _Enum6 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
        "versions",
    ]
    _Enum7 = Literal[
        "referenceName",
        "vendorIdentifier",
        "playStyle",
        "minimumPlayersCount",
        "maximumPlayersCount",
        "supportsPartyCode",
        "archived",
        "properties",
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum8 = Literal[
        "referenceName",
        "vendorIdentifier",
        "archived",
        "challengeType",
        "repeatable",
        "gameCenterDetail",
        "gameCenterGroup",
        "versions",
        "leaderboard",
        "leaderboardV2",
    ]
    _Enum9 = Literal["live", "gameCenterDetail", "gameCenterAchievement"]
    _Enum10 = Literal["version"]
    _Enum11 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
    _Enum12 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
    _Enum13 = Literal[
        "platform",
        "versionString",
        "appStoreState",
        "appVersionState",
        "copyright",
        "reviewType",
        "releaseType",
        "earliestReleaseDate",
        "usesIdfa",
        "downloadable",
        "createdDate",
        "app",
        "appStoreVersionLocalizations",
        "build",
        "appStoreVersionPhasedRelease",
        "gameCenterAppVersion",
        "routingAppCoverage",
        "appStoreReviewDetail",
        "appStoreVersionSubmission",
        "appClipDefaultExperience",
        "appStoreVersionExperiments",
        "appStoreVersionExperimentsV2",
        "customerReviews",
        "alternativeDistributionPackage",
    ]
    _Enum14 = Literal[
        "app",
        "gameCenterAppVersions",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
        "defaultLeaderboard",
        "defaultLeaderboardV2",
        "defaultGroupLeaderboard",
        "defaultGroupLeaderboardV2",
        "achievementReleases",
        "activityReleases",
        "challengeReleases",
        "leaderboardReleases",
        "leaderboardSetReleases",
        "challengesMinimumPlatformVersions",
    ]
    _Enum15 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ]
    _Enum16 = Literal["gameCenterDetail", "gameCenterAchievement"]
    _Enum17 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum18 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
    _Enum19 = Literal["P1D", "PT1H", "PT15M"]
    _Enum20 = Literal["result"]
    _Enum21 = Literal["MATCHED", "CANCELED", "EXPIRED"]
    _Enum22 = Literal[
        "count",
        "-count",
        "averageSecondsInQueue",
        "-averageSecondsInQueue",
        "p50SecondsInQueue",
        "-p50SecondsInQueue",
        "p95SecondsInQueue",
        "-p95SecondsInQueue",
    ]
    _Enum23 = Literal[
        "locale",
        "name",
        "beforeEarnedDescription",
        "afterEarnedDescription",
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]
    _Enum24 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ]
    _Enum25 = Literal[
        "referenceName",
        "vendorIdentifier",
        "points",
        "showBeforeEarned",
        "repeatable",
        "archived",
        "activityProperties",
        "gameCenterDetail",
        "gameCenterGroup",
        "activity",
        "versions",
    ]
    _Enum26 = Literal["version", "state", "achievement", "localizations"]
    _Enum27 = Literal["gameCenterDetail", "gameCenterGroup", "activity", "versions"]
    _Enum28 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum29 = Literal["compatibilityVersions", "appStoreVersion"]
    _Enum30 = Literal[
        "gameCenterDetail", "gameCenterGroup", "versions", "leaderboard", "leaderboardV2"
    ]
    _Enum31 = Literal[
        "gameCenterDetails",
        "gameCenterLeaderboards",
        "gameCenterLeaderboardsV2",
        "gameCenterLeaderboardSets",
        "gameCenterLeaderboardSetsV2",
        "gameCenterAchievements",
        "gameCenterAchievementsV2",
        "gameCenterActivities",
        "gameCenterChallenges",
    ]
    _Enum32 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum33 = Literal["locale", "name", "gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum34 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum35 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum36 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    ]
    _Enum37 = Literal[
        "defaultFormatter",
        "referenceName",
        "vendorIdentifier",
        "submissionType",
        "scoreSortType",
        "scoreRangeStart",
        "scoreRangeEnd",
        "recurrenceStartDate",
        "recurrenceDuration",
        "recurrenceRule",
        "archived",
        "activityProperties",
        "visibility",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum38 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum39 = Literal["gameCenterDetail", "gameCenterGroup", "gameCenterLeaderboards", "versions"]
    _Enum40 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum41 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum42 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum43 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]
    _Enum44 = Literal["gameCenterDetail", "gameCenterLeaderboard"]
    _Enum45 = Literal["gameCenterDetail", "gameCenterLeaderboardSet"]


class GameCenterDetails(SyncAPIResource):
    """``client.game_center_details``: /v1/gameCenterDetails"""

    @cached_property
    def achievement_releases(self) -> GameCenterDetailsAchievementReleases:
        return GameCenterDetailsAchievementReleases(self._client)

    @cached_property
    def activity_releases(self) -> GameCenterDetailsActivityReleases:
        return GameCenterDetailsActivityReleases(self._client)

    @cached_property
    def challenge_releases(self) -> GameCenterDetailsChallengeReleases:
        return GameCenterDetailsChallengeReleases(self._client)

    @cached_property
    def challenges_minimum_platform_versions(
        self,
    ) -> GameCenterDetailsChallengesMinimumPlatformVersions:
        return GameCenterDetailsChallengesMinimumPlatformVersions(self._client)

    @cached_property
    def classic_matchmaking_requests(self) -> GameCenterDetailsClassicMatchmakingRequests:
        return GameCenterDetailsClassicMatchmakingRequests(self._client)

    @cached_property
    def game_center_achievements(self) -> GameCenterDetailsGameCenterAchievements:
        return GameCenterDetailsGameCenterAchievements(self._client)

    @cached_property
    def game_center_achievements_v2(self) -> GameCenterDetailsGameCenterAchievementsV2:
        return GameCenterDetailsGameCenterAchievementsV2(self._client)

    @cached_property
    def game_center_activities(self) -> GameCenterDetailsGameCenterActivities:
        return GameCenterDetailsGameCenterActivities(self._client)

    @cached_property
    def game_center_app_versions(self) -> GameCenterDetailsGameCenterAppVersions:
        return GameCenterDetailsGameCenterAppVersions(self._client)

    @cached_property
    def game_center_challenges(self) -> GameCenterDetailsGameCenterChallenges:
        return GameCenterDetailsGameCenterChallenges(self._client)

    @cached_property
    def game_center_group(self) -> GameCenterDetailsGameCenterGroup:
        return GameCenterDetailsGameCenterGroup(self._client)

    @cached_property
    def game_center_leaderboard_sets(self) -> GameCenterDetailsGameCenterLeaderboardSets:
        return GameCenterDetailsGameCenterLeaderboardSets(self._client)

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> GameCenterDetailsGameCenterLeaderboardSetsV2:
        return GameCenterDetailsGameCenterLeaderboardSetsV2(self._client)

    @cached_property
    def game_center_leaderboards(self) -> GameCenterDetailsGameCenterLeaderboards:
        return GameCenterDetailsGameCenterLeaderboards(self._client)

    @cached_property
    def game_center_leaderboards_v2(self) -> GameCenterDetailsGameCenterLeaderboardsV2:
        return GameCenterDetailsGameCenterLeaderboardsV2(self._client)

    @cached_property
    def leaderboard_releases(self) -> GameCenterDetailsLeaderboardReleases:
        return GameCenterDetailsLeaderboardReleases(self._client)

    @cached_property
    def leaderboard_set_releases(self) -> GameCenterDetailsLeaderboardSetReleases:
        return GameCenterDetailsLeaderboardSetReleases(self._client)

    @cached_property
    def rule_based_matchmaking_requests(self) -> GameCenterDetailsRuleBasedMatchmakingRequests:
        return GameCenterDetailsRuleBasedMatchmakingRequests(self._client)

    def create(
        self,
        *,
        body: GameCenterDetailCreateRequest | Mapping[str, Any] | None = None,
        challenge_enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_createInstance

        POST /v1/gameCenterDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterdetails
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        body = _support.document(
            body,
            challenge_enabled is not UNSET or app is not UNSET,
            "gameCenterDetails",
            None,
            {"challengeEnabled": challenge_enabled},
            {"app": ("apps", False, app)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterDetails",
            body=body,
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_game_center_app_versions: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum5] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        fields_app_store_versions: Sequence[_Enum13] | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_getInstance

        GET /v1/gameCenterDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}", id=id),
            params={
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[apps]": fields_apps,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
            },
            maxima={
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
            },
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterDetailUpdateRequest | Mapping[str, Any] | None = None,
        challenge_enabled: bool | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        default_leaderboard: str | None | UnsetType = UNSET,
        default_leaderboard_v2: str | None | UnsetType = UNSET,
        default_group_leaderboard: str | None | UnsetType = UNSET,
        default_group_leaderboard_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_updateInstance

        PATCH /v1/gameCenterDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        body = _support.document(
            body,
            challenge_enabled is not UNSET
            or game_center_group is not UNSET
            or default_leaderboard is not UNSET
            or default_leaderboard_v2 is not UNSET
            or default_group_leaderboard is not UNSET
            or default_group_leaderboard_v2 is not UNSET,
            "gameCenterDetails",
            id,
            {"challengeEnabled": challenge_enabled},
            {
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "defaultLeaderboard": ("gameCenterLeaderboards", False, default_leaderboard),
                "defaultLeaderboardV2": ("gameCenterLeaderboards", False, default_leaderboard_v2),
                "defaultGroupLeaderboard": (
                    "gameCenterLeaderboards",
                    False,
                    default_group_leaderboard,
                ),
                "defaultGroupLeaderboardV2": (
                    "gameCenterLeaderboards",
                    False,
                    default_group_leaderboard_v2,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}", id=id),
            body=body,
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsAchievementReleases(SyncAPIResource):
    """``client.game_center_details.achievement_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailAchievementReleasesLinkagesResponse,
        GameCenterDetailAchievementReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_achievementReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/achievementReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        from ascapi.models.game_center_detail_achievement_releases_linkages_response import (
            GameCenterDetailAchievementReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/achievementReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_achievementReleases_getToManyRelationship",
            response_type=GameCenterDetailAchievementReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_achievement: Sequence[str] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum15] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementReleasesResponse, GameCenterAchievementRelease]:
        """gameCenterDetails_achievementReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/achievementReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        from ascapi.models.game_center_achievement_releases_response import (
            GameCenterAchievementReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/achievementReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterAchievement]": filter_game_center_achievement,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_achievementReleases_getToManyRelated",
            response_type=GameCenterAchievementReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsActivityReleases(SyncAPIResource):
    """``client.game_center_details.activity_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailActivityReleasesLinkagesResponse,
        GameCenterDetailActivityReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_activityReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/activityReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        from ascapi.models.game_center_detail_activity_releases_linkages_response import (
            GameCenterDetailActivityReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/activityReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_activityReleases_getToManyRelationship",
            response_type=GameCenterDetailActivityReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterActivityVersionReleasesResponse, GameCenterActivityVersionRelease]:
        """gameCenterDetails_activityReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/activityReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        from ascapi.models.game_center_activity_version_releases_response import (
            GameCenterActivityVersionReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/activityReleases", id=id),
            params={
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_activityReleases_getToManyRelated",
            response_type=GameCenterActivityVersionReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsChallengeReleases(SyncAPIResource):
    """``client.game_center_details.challenge_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailChallengeReleasesLinkagesResponse,
        GameCenterDetailChallengeReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_challengeReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/challengeReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        from ascapi.models.game_center_detail_challenge_releases_linkages_response import (
            GameCenterDetailChallengeReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/challengeReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_challengeReleases_getToManyRelationship",
            response_type=GameCenterDetailChallengeReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterChallengeVersionReleasesResponse, GameCenterChallengeVersionRelease]:
        """gameCenterDetails_challengeReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/challengeReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        from ascapi.models.game_center_challenge_version_releases_response import (
            GameCenterChallengeVersionReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/challengeReleases", id=id),
            params={
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_challengeReleases_getToManyRelated",
            response_type=GameCenterChallengeVersionReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsChallengesMinimumPlatformVersions(SyncAPIResource):
    """``client.game_center_details.challenges_minimum_platform_versions``: /v1/gameCenterDetails"""

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_challengesMinimumPlatformVersions_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-challengesminimumplatformversions
        """
        if body is None:
            body = _support.linkages("appStoreVersions", ids)
        return self._client._call(
            "PATCH",
            path(
                "/v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsClassicMatchmakingRequests(SyncAPIResource):
    """``client.game_center_details.classic_matchmaking_requests``: /v1/gameCenterDetails"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum19,
        group_by: Sequence[_Enum20] | None = None,
        filter_result: _Enum21 | None = None,
        sort: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingAppRequestsV1MetricResponse,
        GameCenterMatchmakingAppRequestsV1MetricResponseData,
    ]:
        """gameCenterDetails_classicMatchmakingRequests_getMetrics

        GET /v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-classicmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
            GameCenterMatchmakingAppRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingAppRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterAchievements(SyncAPIResource):
    """``client.game_center_details.game_center_achievements``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterAchievementsLinkagesResponse,
        GameCenterDetailGameCenterAchievementsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAchievements_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        from ascapi.models.game_center_detail_game_center_achievements_linkages_response import (
            GameCenterDetailGameCenterAchievementsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievements", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterAchievements_getToManyRelationship",
            response_type=GameCenterDetailGameCenterAchievementsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum15] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum23] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementsResponse, GameCenterAchievement]:
        """gameCenterDetails_gameCenterAchievements_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAchievements", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterDetails_gameCenterAchievements_getToManyRelated",
            response_type=GameCenterAchievementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterAchievementsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterAchievements_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievements", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterAchievements_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterAchievementsV2(SyncAPIResource):
    """``client.game_center_details.game_center_achievements_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
        GameCenterDetailGameCenterAchievementsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_response import (
            GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum25] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum27] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementsV2Response, GameCenterAchievementV2]:
        """gameCenterDetails_gameCenterAchievementsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        from ascapi.models.game_center_achievements_v2_response import (
            GameCenterAchievementsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAchievementsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "limit": limit,
                "include": include,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[versions]": 50},
            response_type=GameCenterAchievementsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterAchievementsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterAchievementsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterActivities(SyncAPIResource):
    """``client.game_center_details.game_center_activities``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterActivitiesLinkagesResponse,
        GameCenterDetailGameCenterActivitiesLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterActivities_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        from ascapi.models.game_center_detail_game_center_activities_linkages_response import (
            GameCenterDetailGameCenterActivitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterActivities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterActivitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterActivitiesResponse, GameCenterActivity]:
        """gameCenterDetails_gameCenterActivities_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterActivities", id=id),
            params={
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "limit": limit,
                "include": include,
                "limit[achievements]": limit_achievements,
                "limit[achievementsV2]": limit_achievements_v2,
                "limit[leaderboards]": limit_leaderboards,
                "limit[leaderboardsV2]": limit_leaderboards_v2,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[achievements]": 50,
                "limit[achievementsV2]": 50,
                "limit[leaderboards]": 50,
                "limit[leaderboardsV2]": 50,
                "limit[versions]": 50,
            },
            response_type=GameCenterActivitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterAppVersions(SyncAPIResource):
    """``client.game_center_details.game_center_app_versions``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterAppVersionsLinkagesResponse,
        GameCenterDetailGameCenterAppVersionsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAppVersions_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        from ascapi.models.game_center_detail_game_center_app_versions_linkages_response import (
            GameCenterDetailGameCenterAppVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterAppVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_enabled: Sequence[str] | None = None,
        fields_game_center_app_versions: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_compatibility_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAppVersionsResponse, GameCenterAppVersion]:
        """gameCenterDetails_gameCenterAppVersions_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAppVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAppVersions", id=id),
            params={
                "filter[enabled]": filter_enabled,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "limit": limit,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterChallenges(SyncAPIResource):
    """``client.game_center_details.game_center_challenges``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterChallengesLinkagesResponse,
        GameCenterDetailGameCenterChallengesLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterChallenges_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        from ascapi.models.game_center_detail_game_center_challenges_linkages_response import (
            GameCenterDetailGameCenterChallengesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterChallenges", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterChallengesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum18] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum30] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterChallengesResponse, GameCenterChallenge]:
        """gameCenterDetails_gameCenterChallenges_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterChallenges", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[versions]": 50},
            response_type=GameCenterChallengesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterGroup(SyncAPIResource):
    """``client.game_center_details.game_center_group``: /v1/gameCenterDetails"""

    def get(
        self,
        id: str,
        *,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum5] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        include: Sequence[_Enum31] | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterDetails_gameCenterGroup_getToOneRelated

        GET /v1/gameCenterDetails/{id}/gameCenterGroup

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecentergroup
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}/gameCenterGroup", id=id),
            params={
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
            },
            maxima={
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
            },
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailGameCenterGroupLinkageResponse:
        """gameCenterDetails_gameCenterGroup_getToOneRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterGroup

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecentergroup
        """
        from ascapi.models.game_center_detail_game_center_group_linkage_response import (
            GameCenterDetailGameCenterGroupLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterGroup", id=id),
            response_type=GameCenterDetailGameCenterGroupLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterLeaderboardSets(SyncAPIResource):
    """``client.game_center_details.game_center_leaderboard_sets``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
            GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship",
            response_type=GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum33] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum35] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetsResponse, GameCenterLeaderboardSet]:
        """gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_sets_response import (
            GameCenterLeaderboardSetsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardSets", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[localizations]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated",
            response_type=GameCenterLeaderboardSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardSetsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterLeaderboardSetsV2(SyncAPIResource):
    """``client.game_center_details.game_center_leaderboard_sets_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
            GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum36] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum37] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum38] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum39] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetsV2Response, GameCenterLeaderboardSetV2]:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_leaderboard_sets_v2_response import (
            GameCenterLeaderboardSetsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboards]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardSetsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterLeaderboards(SyncAPIResource):
    """``client.game_center_details.game_center_leaderboards``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_detail_game_center_leaderboards_linkages_response import (
            GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum40] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum41] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterDetails_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterDetails_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsGameCenterLeaderboardsV2(SyncAPIResource):
    """``client.game_center_details.game_center_leaderboards_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
            GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum37] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum36] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum42] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum43] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsLeaderboardReleases(SyncAPIResource):
    """``client.game_center_details.leaderboard_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailLeaderboardReleasesLinkagesResponse,
        GameCenterDetailLeaderboardReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_leaderboardReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        from ascapi.models.game_center_detail_leaderboard_releases_linkages_response import (
            GameCenterDetailLeaderboardReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/leaderboardReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardReleases_getToManyRelationship",
            response_type=GameCenterDetailLeaderboardReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_leaderboard: Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum44] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardReleasesResponse, GameCenterLeaderboardRelease]:
        """gameCenterDetails_leaderboardReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/leaderboardReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        from ascapi.models.game_center_leaderboard_releases_response import (
            GameCenterLeaderboardReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/leaderboardReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterLeaderboard]": filter_game_center_leaderboard,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardReleases_getToManyRelated",
            response_type=GameCenterLeaderboardReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsLeaderboardSetReleases(SyncAPIResource):
    """``client.game_center_details.leaderboard_set_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
        GameCenterDetailLeaderboardSetReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_leaderboardSetReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        from ascapi.models.game_center_detail_leaderboard_set_releases_linkages_response import (
            GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardSetReleases_getToManyRelationship",
            response_type=GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_leaderboard_set: Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum45] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetReleasesResponse, GameCenterLeaderboardSetRelease]:
        """gameCenterDetails_leaderboardSetReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/leaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        from ascapi.models.game_center_leaderboard_set_releases_response import (
            GameCenterLeaderboardSetReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/leaderboardSetReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterLeaderboardSet]": filter_game_center_leaderboard_set,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardSetReleases_getToManyRelated",
            response_type=GameCenterLeaderboardSetReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterDetailsRuleBasedMatchmakingRequests(SyncAPIResource):
    """``client.game_center_details.rule_based_matchmaking_requests``: /v1/gameCenterDetails"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum19,
        group_by: Sequence[_Enum20] | None = None,
        filter_result: _Enum21 | None = None,
        sort: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        GameCenterMatchmakingAppRequestsV1MetricResponse,
        GameCenterMatchmakingAppRequestsV1MetricResponseData,
    ]:
        """gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics

        GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
            GameCenterMatchmakingAppRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingAppRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetails(AsyncAPIResource):
    """``client.game_center_details``: /v1/gameCenterDetails"""

    @cached_property
    def achievement_releases(self) -> AsyncGameCenterDetailsAchievementReleases:
        return AsyncGameCenterDetailsAchievementReleases(self._client)

    @cached_property
    def activity_releases(self) -> AsyncGameCenterDetailsActivityReleases:
        return AsyncGameCenterDetailsActivityReleases(self._client)

    @cached_property
    def challenge_releases(self) -> AsyncGameCenterDetailsChallengeReleases:
        return AsyncGameCenterDetailsChallengeReleases(self._client)

    @cached_property
    def challenges_minimum_platform_versions(
        self,
    ) -> AsyncGameCenterDetailsChallengesMinimumPlatformVersions:
        return AsyncGameCenterDetailsChallengesMinimumPlatformVersions(self._client)

    @cached_property
    def classic_matchmaking_requests(self) -> AsyncGameCenterDetailsClassicMatchmakingRequests:
        return AsyncGameCenterDetailsClassicMatchmakingRequests(self._client)

    @cached_property
    def game_center_achievements(self) -> AsyncGameCenterDetailsGameCenterAchievements:
        return AsyncGameCenterDetailsGameCenterAchievements(self._client)

    @cached_property
    def game_center_achievements_v2(self) -> AsyncGameCenterDetailsGameCenterAchievementsV2:
        return AsyncGameCenterDetailsGameCenterAchievementsV2(self._client)

    @cached_property
    def game_center_activities(self) -> AsyncGameCenterDetailsGameCenterActivities:
        return AsyncGameCenterDetailsGameCenterActivities(self._client)

    @cached_property
    def game_center_app_versions(self) -> AsyncGameCenterDetailsGameCenterAppVersions:
        return AsyncGameCenterDetailsGameCenterAppVersions(self._client)

    @cached_property
    def game_center_challenges(self) -> AsyncGameCenterDetailsGameCenterChallenges:
        return AsyncGameCenterDetailsGameCenterChallenges(self._client)

    @cached_property
    def game_center_group(self) -> AsyncGameCenterDetailsGameCenterGroup:
        return AsyncGameCenterDetailsGameCenterGroup(self._client)

    @cached_property
    def game_center_leaderboard_sets(self) -> AsyncGameCenterDetailsGameCenterLeaderboardSets:
        return AsyncGameCenterDetailsGameCenterLeaderboardSets(self._client)

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> AsyncGameCenterDetailsGameCenterLeaderboardSetsV2:
        return AsyncGameCenterDetailsGameCenterLeaderboardSetsV2(self._client)

    @cached_property
    def game_center_leaderboards(self) -> AsyncGameCenterDetailsGameCenterLeaderboards:
        return AsyncGameCenterDetailsGameCenterLeaderboards(self._client)

    @cached_property
    def game_center_leaderboards_v2(self) -> AsyncGameCenterDetailsGameCenterLeaderboardsV2:
        return AsyncGameCenterDetailsGameCenterLeaderboardsV2(self._client)

    @cached_property
    def leaderboard_releases(self) -> AsyncGameCenterDetailsLeaderboardReleases:
        return AsyncGameCenterDetailsLeaderboardReleases(self._client)

    @cached_property
    def leaderboard_set_releases(self) -> AsyncGameCenterDetailsLeaderboardSetReleases:
        return AsyncGameCenterDetailsLeaderboardSetReleases(self._client)

    @cached_property
    def rule_based_matchmaking_requests(self) -> AsyncGameCenterDetailsRuleBasedMatchmakingRequests:
        return AsyncGameCenterDetailsRuleBasedMatchmakingRequests(self._client)

    async def create(
        self,
        *,
        body: GameCenterDetailCreateRequest | Mapping[str, Any] | None = None,
        challenge_enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_createInstance

        POST /v1/gameCenterDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterdetails
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        body = _support.document(
            body,
            challenge_enabled is not UNSET or app is not UNSET,
            "gameCenterDetails",
            None,
            {"challengeEnabled": challenge_enabled},
            {"app": ("apps", False, app)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterDetails",
            body=body,
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_game_center_app_versions: Sequence[_Enum2] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum5] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        fields_app_store_versions: Sequence[_Enum13] | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_getInstance

        GET /v1/gameCenterDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}", id=id),
            params={
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[apps]": fields_apps,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
            },
            maxima={
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
            },
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterDetailUpdateRequest | Mapping[str, Any] | None = None,
        challenge_enabled: bool | None | UnsetType = UNSET,
        game_center_group: str | None | UnsetType = UNSET,
        default_leaderboard: str | None | UnsetType = UNSET,
        default_leaderboard_v2: str | None | UnsetType = UNSET,
        default_group_leaderboard: str | None | UnsetType = UNSET,
        default_group_leaderboard_v2: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailResponse:
        """gameCenterDetails_updateInstance

        PATCH /v1/gameCenterDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_
        """
        from ascapi.models.game_center_detail_response import GameCenterDetailResponse

        body = _support.document(
            body,
            challenge_enabled is not UNSET
            or game_center_group is not UNSET
            or default_leaderboard is not UNSET
            or default_leaderboard_v2 is not UNSET
            or default_group_leaderboard is not UNSET
            or default_group_leaderboard_v2 is not UNSET,
            "gameCenterDetails",
            id,
            {"challengeEnabled": challenge_enabled},
            {
                "gameCenterGroup": ("gameCenterGroups", False, game_center_group),
                "defaultLeaderboard": ("gameCenterLeaderboards", False, default_leaderboard),
                "defaultLeaderboardV2": ("gameCenterLeaderboards", False, default_leaderboard_v2),
                "defaultGroupLeaderboard": (
                    "gameCenterLeaderboards",
                    False,
                    default_group_leaderboard,
                ),
                "defaultGroupLeaderboardV2": (
                    "gameCenterLeaderboards",
                    False,
                    default_group_leaderboard_v2,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}", id=id),
            body=body,
            response_type=GameCenterDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsAchievementReleases(AsyncAPIResource):
    """``client.game_center_details.achievement_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailAchievementReleasesLinkagesResponse,
        GameCenterDetailAchievementReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_achievementReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/achievementReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-achievementreleases
        """
        from ascapi.models.game_center_detail_achievement_releases_linkages_response import (
            GameCenterDetailAchievementReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/achievementReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_achievementReleases_getToManyRelationship",
            response_type=GameCenterDetailAchievementReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_achievement: Sequence[str] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum15] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementReleasesResponse, GameCenterAchievementRelease]:
        """gameCenterDetails_achievementReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/achievementReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-achievementreleases
        """
        from ascapi.models.game_center_achievement_releases_response import (
            GameCenterAchievementReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/achievementReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterAchievement]": filter_game_center_achievement,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_achievementReleases_getToManyRelated",
            response_type=GameCenterAchievementReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsActivityReleases(AsyncAPIResource):
    """``client.game_center_details.activity_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailActivityReleasesLinkagesResponse,
        GameCenterDetailActivityReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_activityReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/activityReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-activityreleases
        """
        from ascapi.models.game_center_detail_activity_releases_linkages_response import (
            GameCenterDetailActivityReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/activityReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_activityReleases_getToManyRelationship",
            response_type=GameCenterDetailActivityReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activity_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterActivityVersionReleasesResponse, GameCenterActivityVersionRelease]:
        """gameCenterDetails_activityReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/activityReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-activityreleases
        """
        from ascapi.models.game_center_activity_version_releases_response import (
            GameCenterActivityVersionReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/activityReleases", id=id),
            params={
                "fields[gameCenterActivityVersionReleases]": fields_game_center_activity_version_releases,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_activityReleases_getToManyRelated",
            response_type=GameCenterActivityVersionReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsChallengeReleases(AsyncAPIResource):
    """``client.game_center_details.challenge_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailChallengeReleasesLinkagesResponse,
        GameCenterDetailChallengeReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_challengeReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/challengeReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-challengereleases
        """
        from ascapi.models.game_center_detail_challenge_releases_linkages_response import (
            GameCenterDetailChallengeReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/challengeReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_challengeReleases_getToManyRelationship",
            response_type=GameCenterDetailChallengeReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_challenge_version_releases: Sequence[_Enum10] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum18] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterChallengeVersionReleasesResponse, GameCenterChallengeVersionRelease]:
        """gameCenterDetails_challengeReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/challengeReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-challengereleases
        """
        from ascapi.models.game_center_challenge_version_releases_response import (
            GameCenterChallengeVersionReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/challengeReleases", id=id),
            params={
                "fields[gameCenterChallengeVersionReleases]": fields_game_center_challenge_version_releases,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_challengeReleases_getToManyRelated",
            response_type=GameCenterChallengeVersionReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsChallengesMinimumPlatformVersions(AsyncAPIResource):
    """``client.game_center_details.challenges_minimum_platform_versions``: /v1/gameCenterDetails"""

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailChallengesMinimumPlatformVersionsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_challengesMinimumPlatformVersions_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-challengesminimumplatformversions
        """
        if body is None:
            body = _support.linkages("appStoreVersions", ids)
        return await self._client._call(
            "PATCH",
            path(
                "/v1/gameCenterDetails/{id}/relationships/challengesMinimumPlatformVersions", id=id
            ),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsClassicMatchmakingRequests(AsyncAPIResource):
    """``client.game_center_details.classic_matchmaking_requests``: /v1/gameCenterDetails"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum19,
        group_by: Sequence[_Enum20] | None = None,
        filter_result: _Enum21 | None = None,
        sort: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingAppRequestsV1MetricResponse,
        GameCenterMatchmakingAppRequestsV1MetricResponseData,
    ]:
        """gameCenterDetails_classicMatchmakingRequests_getMetrics

        GET /v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-classicmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
            GameCenterMatchmakingAppRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/metrics/classicMatchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingAppRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterAchievements(AsyncAPIResource):
    """``client.game_center_details.game_center_achievements``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterAchievementsLinkagesResponse,
        GameCenterDetailGameCenterAchievementsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAchievements_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        from ascapi.models.game_center_detail_game_center_achievements_linkages_response import (
            GameCenterDetailGameCenterAchievementsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievements", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterAchievements_getToManyRelationship",
            response_type=GameCenterDetailGameCenterAchievementsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum15] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum23] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum9] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum24] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementsResponse, GameCenterAchievement]:
        """gameCenterDetails_gameCenterAchievements_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievements
        """
        from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAchievements", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievementLocalizations]": fields_game_center_achievement_localizations,
                "fields[gameCenterAchievementReleases]": fields_game_center_achievement_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50, "limit[releases]": 50},
            deprecated="gameCenterDetails_gameCenterAchievements_getToManyRelated",
            response_type=GameCenterAchievementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterAchievementsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterAchievements_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievements", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterAchievements_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterAchievementsV2(AsyncAPIResource):
    """``client.game_center_details.game_center_achievements_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
        GameCenterDetailGameCenterAchievementsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAchievementsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        from ascapi.models.game_center_detail_game_center_achievements_v2_linkages_response import (
            GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterAchievementsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum25] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum26] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum27] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementsV2Response, GameCenterAchievementV2]:
        """gameCenterDetails_gameCenterAchievementsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterachievementsv2
        """
        from ascapi.models.game_center_achievements_v2_response import (
            GameCenterAchievementsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAchievementsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "limit": limit,
                "include": include,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[versions]": 50},
            response_type=GameCenterAchievementsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterAchievementsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterAchievementsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterachievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAchievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterActivities(AsyncAPIResource):
    """``client.game_center_details.game_center_activities``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterActivitiesLinkagesResponse,
        GameCenterDetailGameCenterActivitiesLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterActivities_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenteractivities
        """
        from ascapi.models.game_center_detail_game_center_activities_linkages_response import (
            GameCenterDetailGameCenterActivitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterActivities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterActivitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum17] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum28] | None = None,
        limit_achievements: int | None = None,
        limit_achievements_v2: int | None = None,
        limit_leaderboards: int | None = None,
        limit_leaderboards_v2: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterActivitiesResponse, GameCenterActivity]:
        """gameCenterDetails_gameCenterActivities_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenteractivities
        """
        from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterActivities", id=id),
            params={
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "limit": limit,
                "include": include,
                "limit[achievements]": limit_achievements,
                "limit[achievementsV2]": limit_achievements_v2,
                "limit[leaderboards]": limit_leaderboards,
                "limit[leaderboardsV2]": limit_leaderboards_v2,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[achievements]": 50,
                "limit[achievementsV2]": 50,
                "limit[leaderboards]": 50,
                "limit[leaderboardsV2]": 50,
                "limit[versions]": 50,
            },
            response_type=GameCenterActivitiesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterAppVersions(AsyncAPIResource):
    """``client.game_center_details.game_center_app_versions``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterAppVersionsLinkagesResponse,
        GameCenterDetailGameCenterAppVersionsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterAppVersions_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterappversions
        """
        from ascapi.models.game_center_detail_game_center_app_versions_linkages_response import (
            GameCenterDetailGameCenterAppVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterAppVersions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterAppVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_enabled: Sequence[str] | None = None,
        fields_game_center_app_versions: Sequence[_Enum2] | None = None,
        fields_app_store_versions: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_compatibility_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAppVersionsResponse, GameCenterAppVersion]:
        """gameCenterDetails_gameCenterAppVersions_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterAppVersions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterappversions
        """
        from ascapi.models.game_center_app_versions_response import GameCenterAppVersionsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterAppVersions", id=id),
            params={
                "filter[enabled]": filter_enabled,
                "fields[gameCenterAppVersions]": fields_game_center_app_versions,
                "fields[appStoreVersions]": fields_app_store_versions,
                "limit": limit,
                "include": include,
                "limit[compatibilityVersions]": limit_compatibility_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[compatibilityVersions]": 50},
            response_type=GameCenterAppVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterChallenges(AsyncAPIResource):
    """``client.game_center_details.game_center_challenges``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterChallengesLinkagesResponse,
        GameCenterDetailGameCenterChallengesLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterChallenges_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterchallenges
        """
        from ascapi.models.game_center_detail_game_center_challenges_linkages_response import (
            GameCenterDetailGameCenterChallengesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterChallenges", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterChallengesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum18] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum30] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterChallengesResponse, GameCenterChallenge]:
        """gameCenterDetails_gameCenterChallenges_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterchallenges
        """
        from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterChallenges", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[versions]": 50},
            response_type=GameCenterChallengesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterGroup(AsyncAPIResource):
    """``client.game_center_details.game_center_group``: /v1/gameCenterDetails"""

    async def get(
        self,
        id: str,
        *,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum5] | None = None,
        fields_game_center_achievements: Sequence[_Enum6] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        include: Sequence[_Enum31] | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterDetails_gameCenterGroup_getToOneRelated

        GET /v1/gameCenterDetails/{id}/gameCenterGroup

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecentergroup
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}/gameCenterGroup", id=id),
            params={
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
            },
            maxima={
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
            },
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterDetailGameCenterGroupLinkageResponse:
        """gameCenterDetails_gameCenterGroup_getToOneRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterGroup

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecentergroup
        """
        from ascapi.models.game_center_detail_game_center_group_linkage_response import (
            GameCenterDetailGameCenterGroupLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterGroup", id=id),
            response_type=GameCenterDetailGameCenterGroupLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterLeaderboardSets(AsyncAPIResource):
    """``client.game_center_details.game_center_leaderboard_sets``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_detail_game_center_leaderboard_sets_linkages_response import (
            GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_getToManyRelationship",
            response_type=GameCenterDetailGameCenterLeaderboardSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum33] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum35] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetsResponse, GameCenterLeaderboardSet]:
        """gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_sets_response import (
            GameCenterLeaderboardSetsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardSets", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSetLocalizations]": fields_game_center_leaderboard_set_localizations,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[localizations]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_getToManyRelated",
            response_type=GameCenterLeaderboardSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardSetsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsets
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSets", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterLeaderboardSets_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterLeaderboardSetsV2(AsyncAPIResource):
    """``client.game_center_details.game_center_leaderboard_sets_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_detail_game_center_leaderboard_sets_v2_linkages_response import (
            GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterLeaderboardSetsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum36] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum37] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum38] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum39] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetsV2Response, GameCenterLeaderboardSetV2]:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_leaderboard_sets_v2_response import (
            GameCenterLeaderboardSetsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardSetsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboards]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardSetsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardSetsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardSetsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsetsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterLeaderboards(AsyncAPIResource):
    """``client.game_center_details.game_center_leaderboards``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_detail_game_center_leaderboards_linkages_response import (
            GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterDetailGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum40] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum41] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterDetails_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboards", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterLeaderboardLocalizations]": fields_game_center_leaderboard_localizations,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[localizations]": limit_localizations,
                "limit[releases]": limit_releases,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[localizations]": 50,
                "limit[releases]": 50,
            },
            deprecated="gameCenterDetails_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterDetails_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsGameCenterLeaderboardsV2(AsyncAPIResource):
    """``client.game_center_details.game_center_leaderboards_v2``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterDetailGameCenterLeaderboardsV2LinkagesResponseData,
    ]:
        """gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_detail_game_center_leaderboards_v2_linkages_response import (
            GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterDetailGameCenterLeaderboardsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum37] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_groups: Sequence[_Enum3] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum36] | None = None,
        fields_game_center_activities: Sequence[_Enum7] | None = None,
        fields_game_center_challenges: Sequence[_Enum8] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum42] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum43] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterDetails_gameCenterLeaderboardsV2_getToManyRelated

        GET /v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/gameCenterLeaderboardsV2", id=id),
            params={
                "filter[referenceName]": filter_reference_name,
                "filter[archived]": filter_archived,
                "filter[id]": filter_id,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "limit": limit,
                "include": include,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[gameCenterLeaderboardSets]": 50, "limit[versions]": 50},
            response_type=GameCenterLeaderboardsV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterDetailGameCenterLeaderboardsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterDetails_gameCenterLeaderboardsV2_replaceToManyRelationship

        PATCH /v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecenterdetails-_id_-relationships-gamecenterleaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterDetails/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsLeaderboardReleases(AsyncAPIResource):
    """``client.game_center_details.leaderboard_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailLeaderboardReleasesLinkagesResponse,
        GameCenterDetailLeaderboardReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_leaderboardReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/leaderboardReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardreleases
        """
        from ascapi.models.game_center_detail_leaderboard_releases_linkages_response import (
            GameCenterDetailLeaderboardReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/leaderboardReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardReleases_getToManyRelationship",
            response_type=GameCenterDetailLeaderboardReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_leaderboard: Sequence[str] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum11] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum34] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum44] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardReleasesResponse, GameCenterLeaderboardRelease]:
        """gameCenterDetails_leaderboardReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/leaderboardReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardreleases
        """
        from ascapi.models.game_center_leaderboard_releases_response import (
            GameCenterLeaderboardReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/leaderboardReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterLeaderboard]": filter_game_center_leaderboard,
                "fields[gameCenterLeaderboardReleases]": fields_game_center_leaderboard_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardReleases_getToManyRelated",
            response_type=GameCenterLeaderboardReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsLeaderboardSetReleases(AsyncAPIResource):
    """``client.game_center_details.leaderboard_set_releases``: /v1/gameCenterDetails"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
        GameCenterDetailLeaderboardSetReleasesLinkagesResponseData,
    ]:
        """gameCenterDetails_leaderboardSetReleases_getToManyRelationship

        GET /v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-relationships-leaderboardsetreleases
        """
        from ascapi.models.game_center_detail_leaderboard_set_releases_linkages_response import (
            GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/relationships/leaderboardSetReleases", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardSetReleases_getToManyRelationship",
            response_type=GameCenterDetailLeaderboardSetReleasesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_live: Sequence[str] | None = None,
        filter_game_center_leaderboard_set: Sequence[str] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum12] | None = None,
        fields_game_center_details: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum45] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetReleasesResponse, GameCenterLeaderboardSetRelease]:
        """gameCenterDetails_leaderboardSetReleases_getToManyRelated

        GET /v1/gameCenterDetails/{id}/leaderboardSetReleases

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-leaderboardsetreleases
        """
        from ascapi.models.game_center_leaderboard_set_releases_response import (
            GameCenterLeaderboardSetReleasesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/leaderboardSetReleases", id=id),
            params={
                "filter[live]": filter_live,
                "filter[gameCenterLeaderboardSet]": filter_game_center_leaderboard_set,
                "fields[gameCenterLeaderboardSetReleases]": fields_game_center_leaderboard_set_releases,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            deprecated="gameCenterDetails_leaderboardSetReleases_getToManyRelated",
            response_type=GameCenterLeaderboardSetReleasesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterDetailsRuleBasedMatchmakingRequests(AsyncAPIResource):
    """``client.game_center_details.rule_based_matchmaking_requests``: /v1/gameCenterDetails"""

    def metrics(
        self,
        id: str,
        *,
        granularity: _Enum19,
        group_by: Sequence[_Enum20] | None = None,
        filter_result: _Enum21 | None = None,
        sort: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        GameCenterMatchmakingAppRequestsV1MetricResponse,
        GameCenterMatchmakingAppRequestsV1MetricResponseData,
    ]:
        """gameCenterDetails_ruleBasedMatchmakingRequests_getMetrics

        GET /v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecenterdetails-_id_-metrics-rulebasedmatchmakingrequests
        """
        from ascapi.models.game_center_matchmaking_app_requests_v1_metric_response import (
            GameCenterMatchmakingAppRequestsV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterDetails/{id}/metrics/ruleBasedMatchmakingRequests", id=id),
            params={
                "granularity": granularity,
                "groupBy": group_by,
                "filter[result]": filter_result,
                "sort": sort,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=GameCenterMatchmakingAppRequestsV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )
