# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_groups`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_achievement_v2 import GameCenterAchievementV2
    from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse
    from ascapi.models.game_center_achievements_v2_response import GameCenterAchievementsV2Response
    from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse
    from ascapi.models.game_center_detail import GameCenterDetail
    from ascapi.models.game_center_details_response import GameCenterDetailsResponse
    from ascapi.models.game_center_group import GameCenterGroup
    from ascapi.models.game_center_group_create_request import GameCenterGroupCreateRequest
    from ascapi.models.game_center_group_game_center_achievements_linkages_request import (
        GameCenterGroupGameCenterAchievementsLinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_achievements_linkages_response import (
        GameCenterGroupGameCenterAchievementsLinkagesResponse,
        GameCenterGroupGameCenterAchievementsLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_achievements_v2_linkages_request import (
        GameCenterGroupGameCenterAchievementsV2LinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_achievements_v2_linkages_response import (
        GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
        GameCenterGroupGameCenterAchievementsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_activities_linkages_response import (
        GameCenterGroupGameCenterActivitiesLinkagesResponse,
        GameCenterGroupGameCenterActivitiesLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_challenges_linkages_response import (
        GameCenterGroupGameCenterChallengesLinkagesResponse,
        GameCenterGroupGameCenterChallengesLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_details_linkages_response import (
        GameCenterGroupGameCenterDetailsLinkagesResponse,
        GameCenterGroupGameCenterDetailsLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_request import (
        GameCenterGroupGameCenterLeaderboardSetsLinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_response import (
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_request import (
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_leaderboards_linkages_request import (
        GameCenterGroupGameCenterLeaderboardsLinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_leaderboards_linkages_response import (
        GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsLinkagesResponseData,
    )
    from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_request import (
        GameCenterGroupGameCenterLeaderboardsV2LinkagesRequest,
    )
    from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_response import (
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseData,
    )
    from ascapi.models.game_center_group_response import GameCenterGroupResponse
    from ascapi.models.game_center_group_update_request import GameCenterGroupUpdateRequest
    from ascapi.models.game_center_groups_response import GameCenterGroupsResponse
    from ascapi.models.game_center_leaderboard import GameCenterLeaderboard
    from ascapi.models.game_center_leaderboard_set import GameCenterLeaderboardSet
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
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum1 = Literal[
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal[
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
    _Enum5 = Literal[
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
    _Enum6 = Literal[
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
    _Enum7 = Literal[
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
    _Enum8 = Literal[
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
    _Enum9 = Literal[
        "locale",
        "name",
        "beforeEarnedDescription",
        "afterEarnedDescription",
        "gameCenterAchievement",
        "gameCenterAchievementImage",
    ]
    _Enum10 = Literal["live", "gameCenterDetail", "gameCenterAchievement"]
    _Enum11 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupAchievement",
        "localizations",
        "releases",
        "activity",
    ]
    _Enum12 = Literal[
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
    _Enum13 = Literal["version", "state", "achievement", "localizations"]
    _Enum14 = Literal["gameCenterDetail", "gameCenterGroup", "activity", "versions"]
    _Enum15 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum16 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "achievements",
        "achievementsV2",
        "leaderboards",
        "leaderboardsV2",
        "versions",
    ]
    _Enum17 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
    _Enum18 = Literal[
        "gameCenterDetail", "gameCenterGroup", "versions", "leaderboard", "leaderboardV2"
    ]
    _Enum19 = Literal[
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
    _Enum20 = Literal["enabled", "compatibilityVersions", "appStoreVersion"]
    _Enum21 = Literal["version"]
    _Enum22 = Literal["live", "gameCenterDetail", "gameCenterLeaderboard"]
    _Enum23 = Literal["live", "gameCenterDetail", "gameCenterLeaderboardSet"]
    _Enum24 = Literal[
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
    _Enum25 = Literal[
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
    _Enum26 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum27 = Literal["locale", "name", "gameCenterLeaderboardSet", "gameCenterLeaderboardSetImage"]
    _Enum28 = Literal[
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
    _Enum29 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboardSet",
        "localizations",
        "gameCenterLeaderboards",
        "releases",
    ]
    _Enum30 = Literal[
        "referenceName",
        "vendorIdentifier",
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboards",
        "versions",
    ]
    _Enum31 = Literal[
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
    _Enum32 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum33 = Literal["gameCenterDetail", "gameCenterGroup", "gameCenterLeaderboards", "versions"]
    _Enum34 = Literal[
        "locale",
        "name",
        "formatterOverride",
        "formatterSuffix",
        "formatterSuffixSingular",
        "description",
        "gameCenterLeaderboard",
        "gameCenterLeaderboardImage",
    ]
    _Enum35 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "groupLeaderboard",
        "gameCenterLeaderboardSets",
        "localizations",
        "releases",
        "activity",
        "challenge",
    ]
    _Enum36 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum37 = Literal[
        "gameCenterDetail",
        "gameCenterGroup",
        "gameCenterLeaderboardSets",
        "activity",
        "challenge",
        "versions",
    ]


class GameCenterGroups(SyncAPIResource):
    """``client.game_center_groups``: /v1/gameCenterGroups"""

    @cached_property
    def game_center_achievements(self) -> GameCenterGroupsGameCenterAchievements:
        return GameCenterGroupsGameCenterAchievements(self._client)

    @cached_property
    def game_center_achievements_v2(self) -> GameCenterGroupsGameCenterAchievementsV2:
        return GameCenterGroupsGameCenterAchievementsV2(self._client)

    @cached_property
    def game_center_activities(self) -> GameCenterGroupsGameCenterActivities:
        return GameCenterGroupsGameCenterActivities(self._client)

    @cached_property
    def game_center_challenges(self) -> GameCenterGroupsGameCenterChallenges:
        return GameCenterGroupsGameCenterChallenges(self._client)

    @cached_property
    def game_center_details(self) -> GameCenterGroupsGameCenterDetails:
        return GameCenterGroupsGameCenterDetails(self._client)

    @cached_property
    def game_center_leaderboard_sets(self) -> GameCenterGroupsGameCenterLeaderboardSets:
        return GameCenterGroupsGameCenterLeaderboardSets(self._client)

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> GameCenterGroupsGameCenterLeaderboardSetsV2:
        return GameCenterGroupsGameCenterLeaderboardSetsV2(self._client)

    @cached_property
    def game_center_leaderboards(self) -> GameCenterGroupsGameCenterLeaderboards:
        return GameCenterGroupsGameCenterLeaderboards(self._client)

    @cached_property
    def game_center_leaderboards_v2(self) -> GameCenterGroupsGameCenterLeaderboardsV2:
        return GameCenterGroupsGameCenterLeaderboardsV2(self._client)

    def create(
        self,
        *,
        body: GameCenterGroupCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_createInstance

        POST /v1/gameCenterGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentergroups
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterGroups",
            None,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterGroups",
            body=body,
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_deleteInstance

        DELETE /v1/gameCenterGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentergroups-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/gameCenterGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_getInstance

        GET /v1/gameCenterGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        return self._client._call(
            "GET",
            path("/v1/gameCenterGroups/{id}", id=id),
            params={
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
            },
            maxima={
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
            },
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_game_center_details: Sequence[str] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterGroupsResponse, GameCenterGroup]:
        """gameCenterGroups_getCollection

        GET /v1/gameCenterGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        from ascapi.models.game_center_groups_response import GameCenterGroupsResponse

        return self._client._get_page(
            "/v1/gameCenterGroups",
            params={
                "filter[gameCenterDetails]": filter_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
            },
            response_type=GameCenterGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: GameCenterGroupUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_updateInstance

        PATCH /v1/gameCenterGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterGroups",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}", id=id),
            body=body,
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterAchievements(SyncAPIResource):
    """``client.game_center_groups.game_center_achievements``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterAchievementsLinkagesResponse,
        GameCenterGroupGameCenterAchievementsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterAchievements_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        from ascapi.models.game_center_group_game_center_achievements_linkages_response import (
            GameCenterGroupGameCenterAchievementsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievements", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterAchievements_getToManyRelationship",
            response_type=GameCenterGroupGameCenterAchievementsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum8] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum9] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementsResponse, GameCenterAchievement]:
        """gameCenterGroups_gameCenterAchievements_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterAchievements", id=id),
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
            deprecated="gameCenterGroups_gameCenterAchievements_getToManyRelated",
            response_type=GameCenterAchievementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterAchievementsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterAchievements_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievements", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterAchievements_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterAchievementsV2(SyncAPIResource):
    """``client.game_center_groups.game_center_achievements_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
        GameCenterGroupGameCenterAchievementsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        from ascapi.models.game_center_group_game_center_achievements_v2_linkages_response import (
            GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum12] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterAchievementsV2Response, GameCenterAchievementV2]:
        """gameCenterGroups_gameCenterAchievementsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        from ascapi.models.game_center_achievements_v2_response import (
            GameCenterAchievementsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterAchievementsV2", id=id),
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
        body: GameCenterGroupGameCenterAchievementsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterAchievementsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterActivities(SyncAPIResource):
    """``client.game_center_groups.game_center_activities``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterActivitiesLinkagesResponse,
        GameCenterGroupGameCenterActivitiesLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterActivities_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        from ascapi.models.game_center_group_game_center_activities_linkages_response import (
            GameCenterGroupGameCenterActivitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterActivities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterActivitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum15] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
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
        """gameCenterGroups_gameCenterActivities_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterActivities", id=id),
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


class GameCenterGroupsGameCenterChallenges(SyncAPIResource):
    """``client.game_center_groups.game_center_challenges``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterChallengesLinkagesResponse,
        GameCenterGroupGameCenterChallengesLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterChallenges_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        from ascapi.models.game_center_group_game_center_challenges_linkages_response import (
            GameCenterGroupGameCenterChallengesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterChallenges", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterChallengesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum17] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum18] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterChallengesResponse, GameCenterChallenge]:
        """gameCenterGroups_gameCenterChallenges_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterChallenges", id=id),
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


class GameCenterGroupsGameCenterDetails(SyncAPIResource):
    """``client.game_center_groups.game_center_details``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterDetailsLinkagesResponse,
        GameCenterGroupGameCenterDetailsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterDetails_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        from ascapi.models.game_center_group_game_center_details_linkages_response import (
            GameCenterGroupGameCenterDetailsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterDetails", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterDetailsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_game_center_app_versions_enabled: Sequence[str] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum19] | None = None,
        fields_game_center_app_versions: Sequence[_Enum20] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum21] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum21] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum22] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum23] | None = None,
        fields_app_store_versions: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterDetailsResponse, GameCenterDetail]:
        """gameCenterGroups_gameCenterDetails_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        from ascapi.models.game_center_details_response import GameCenterDetailsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterDetails", id=id),
            params={
                "filter[gameCenterAppVersions.enabled]": filter_game_center_app_versions_enabled,
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
                "limit": limit,
                "include": include,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
            },
            response_type=GameCenterDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterLeaderboardSets(SyncAPIResource):
    """``client.game_center_groups.game_center_leaderboard_sets``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_response import (
            GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship",
            response_type=GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum26] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum27] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum28] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum23] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetsResponse, GameCenterLeaderboardSet]:
        """gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_sets_response import (
            GameCenterLeaderboardSetsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardSets", id=id),
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
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated",
            response_type=GameCenterLeaderboardSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterLeaderboardSetsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterLeaderboardSetsV2(SyncAPIResource):
    """``client.game_center_groups.game_center_leaderboard_sets_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
            GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum30] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum31] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum33] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardSetsV2Response, GameCenterLeaderboardSetV2]:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_leaderboard_sets_v2_response import (
            GameCenterLeaderboardSetsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2", id=id),
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
        body: GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterLeaderboards(SyncAPIResource):
    """``client.game_center_groups.game_center_leaderboards``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_group_game_center_leaderboards_linkages_response import (
            GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum28] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum26] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum34] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum22] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum35] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterGroups_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboards", id=id),
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
            deprecated="gameCenterGroups_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class GameCenterGroupsGameCenterLeaderboardsV2(SyncAPIResource):
    """``client.game_center_groups.game_center_leaderboards_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_response import (
            GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum31] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum30] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum36] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum37] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2", id=id),
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
        body: GameCenterGroupGameCenterLeaderboardsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroups(AsyncAPIResource):
    """``client.game_center_groups``: /v1/gameCenterGroups"""

    @cached_property
    def game_center_achievements(self) -> AsyncGameCenterGroupsGameCenterAchievements:
        return AsyncGameCenterGroupsGameCenterAchievements(self._client)

    @cached_property
    def game_center_achievements_v2(self) -> AsyncGameCenterGroupsGameCenterAchievementsV2:
        return AsyncGameCenterGroupsGameCenterAchievementsV2(self._client)

    @cached_property
    def game_center_activities(self) -> AsyncGameCenterGroupsGameCenterActivities:
        return AsyncGameCenterGroupsGameCenterActivities(self._client)

    @cached_property
    def game_center_challenges(self) -> AsyncGameCenterGroupsGameCenterChallenges:
        return AsyncGameCenterGroupsGameCenterChallenges(self._client)

    @cached_property
    def game_center_details(self) -> AsyncGameCenterGroupsGameCenterDetails:
        return AsyncGameCenterGroupsGameCenterDetails(self._client)

    @cached_property
    def game_center_leaderboard_sets(self) -> AsyncGameCenterGroupsGameCenterLeaderboardSets:
        return AsyncGameCenterGroupsGameCenterLeaderboardSets(self._client)

    @cached_property
    def game_center_leaderboard_sets_v2(self) -> AsyncGameCenterGroupsGameCenterLeaderboardSetsV2:
        return AsyncGameCenterGroupsGameCenterLeaderboardSetsV2(self._client)

    @cached_property
    def game_center_leaderboards(self) -> AsyncGameCenterGroupsGameCenterLeaderboards:
        return AsyncGameCenterGroupsGameCenterLeaderboards(self._client)

    @cached_property
    def game_center_leaderboards_v2(self) -> AsyncGameCenterGroupsGameCenterLeaderboardsV2:
        return AsyncGameCenterGroupsGameCenterLeaderboardsV2(self._client)

    async def create(
        self,
        *,
        body: GameCenterGroupCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_createInstance

        POST /v1/gameCenterGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecentergroups
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterGroups",
            None,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterGroups",
            body=body,
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_deleteInstance

        DELETE /v1/gameCenterGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-gamecentergroups-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/gameCenterGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_getInstance

        GET /v1/gameCenterGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        return await self._client._call(
            "GET",
            path("/v1/gameCenterGroups/{id}", id=id),
            params={
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "include": include,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
            },
            maxima={
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
            },
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_game_center_details: Sequence[str] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_game_center_details: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterGroupsResponse, GameCenterGroup]:
        """gameCenterGroups_getCollection

        GET /v1/gameCenterGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups
        """
        from ascapi.models.game_center_groups_response import GameCenterGroupsResponse

        return self._client._get_page(
            "/v1/gameCenterGroups",
            params={
                "filter[gameCenterDetails]": filter_game_center_details,
                "fields[gameCenterGroups]": fields_game_center_groups,
                "fields[gameCenterDetails]": fields_game_center_details,
                "fields[gameCenterLeaderboards]": fields_game_center_leaderboards,
                "fields[gameCenterLeaderboardSets]": fields_game_center_leaderboard_sets,
                "fields[gameCenterAchievements]": fields_game_center_achievements,
                "fields[gameCenterActivities]": fields_game_center_activities,
                "fields[gameCenterChallenges]": fields_game_center_challenges,
                "limit": limit,
                "include": include,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[gameCenterDetails]": limit_game_center_details,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[gameCenterDetails]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
            },
            response_type=GameCenterGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: GameCenterGroupUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterGroupResponse:
        """gameCenterGroups_updateInstance

        PATCH /v1/gameCenterGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_
        """
        from ascapi.models.game_center_group_response import GameCenterGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "gameCenterGroups",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}", id=id),
            body=body,
            response_type=GameCenterGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterAchievements(AsyncAPIResource):
    """``client.game_center_groups.game_center_achievements``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterAchievementsLinkagesResponse,
        GameCenterGroupGameCenterAchievementsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterAchievements_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        from ascapi.models.game_center_group_game_center_achievements_linkages_response import (
            GameCenterGroupGameCenterAchievementsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievements", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterAchievements_getToManyRelationship",
            response_type=GameCenterGroupGameCenterAchievementsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum8] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_achievement_localizations: Sequence[_Enum9] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum11] | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementsResponse, GameCenterAchievement]:
        """gameCenterGroups_gameCenterAchievements_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievements
        """
        from ascapi.models.game_center_achievements_response import GameCenterAchievementsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterAchievements", id=id),
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
            deprecated="gameCenterGroups_gameCenterAchievements_getToManyRelated",
            response_type=GameCenterAchievementsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterAchievementsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterAchievements_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievements

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievements
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievements", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterAchievements_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterAchievementsV2(AsyncAPIResource):
    """``client.game_center_groups.game_center_achievements_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
        GameCenterGroupGameCenterAchievementsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterAchievementsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        from ascapi.models.game_center_group_game_center_achievements_v2_linkages_response import (
            GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterAchievementsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_achievements: Sequence[_Enum12] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum13] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum14] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterAchievementsV2Response, GameCenterAchievementV2]:
        """gameCenterGroups_gameCenterAchievementsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterachievementsv2
        """
        from ascapi.models.game_center_achievements_v2_response import (
            GameCenterAchievementsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterAchievementsV2", id=id),
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
        body: GameCenterGroupGameCenterAchievementsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterAchievementsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterachievementsv2
        """
        if body is None:
            body = _support.linkages("gameCenterAchievements", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterAchievementsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterActivities(AsyncAPIResource):
    """``client.game_center_groups.game_center_activities``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterActivitiesLinkagesResponse,
        GameCenterGroupGameCenterActivitiesLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterActivities_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenteractivities
        """
        from ascapi.models.game_center_group_game_center_activities_linkages_response import (
            GameCenterGroupGameCenterActivitiesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterActivities", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterActivitiesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum15] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum16] | None = None,
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
        """gameCenterGroups_gameCenterActivities_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterActivities

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenteractivities
        """
        from ascapi.models.game_center_activities_response import GameCenterActivitiesResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterActivities", id=id),
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


class AsyncGameCenterGroupsGameCenterChallenges(AsyncAPIResource):
    """``client.game_center_groups.game_center_challenges``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterChallengesLinkagesResponse,
        GameCenterGroupGameCenterChallengesLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterChallenges_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterchallenges
        """
        from ascapi.models.game_center_group_game_center_challenges_linkages_response import (
            GameCenterGroupGameCenterChallengesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterChallenges", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterChallengesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum17] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum18] | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterChallengesResponse, GameCenterChallenge]:
        """gameCenterGroups_gameCenterChallenges_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterChallenges

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterchallenges
        """
        from ascapi.models.game_center_challenges_response import GameCenterChallengesResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterChallenges", id=id),
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


class AsyncGameCenterGroupsGameCenterDetails(AsyncAPIResource):
    """``client.game_center_groups.game_center_details``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterDetailsLinkagesResponse,
        GameCenterGroupGameCenterDetailsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterDetails_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterdetails
        """
        from ascapi.models.game_center_group_game_center_details_linkages_response import (
            GameCenterGroupGameCenterDetailsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterDetails", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterDetailsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_game_center_app_versions_enabled: Sequence[str] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum19] | None = None,
        fields_game_center_app_versions: Sequence[_Enum20] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum2] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum3] | None = None,
        fields_game_center_achievements: Sequence[_Enum4] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_achievement_releases: Sequence[_Enum10] | None = None,
        fields_game_center_activity_version_releases: Sequence[_Enum21] | None = None,
        fields_game_center_challenge_version_releases: Sequence[_Enum21] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum22] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum23] | None = None,
        fields_app_store_versions: Sequence[_Enum24] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum25] | None = None,
        limit_game_center_app_versions: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_game_center_leaderboards_v2: int | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_game_center_leaderboard_sets_v2: int | None = None,
        limit_game_center_achievements: int | None = None,
        limit_game_center_achievements_v2: int | None = None,
        limit_game_center_activities: int | None = None,
        limit_game_center_challenges: int | None = None,
        limit_achievement_releases: int | None = None,
        limit_activity_releases: int | None = None,
        limit_challenge_releases: int | None = None,
        limit_leaderboard_releases: int | None = None,
        limit_leaderboard_set_releases: int | None = None,
        limit_challenges_minimum_platform_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterDetailsResponse, GameCenterDetail]:
        """gameCenterGroups_gameCenterDetails_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterDetails

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterdetails
        """
        from ascapi.models.game_center_details_response import GameCenterDetailsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterDetails", id=id),
            params={
                "filter[gameCenterAppVersions.enabled]": filter_game_center_app_versions_enabled,
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
                "limit": limit,
                "include": include,
                "limit[gameCenterAppVersions]": limit_game_center_app_versions,
                "limit[gameCenterLeaderboards]": limit_game_center_leaderboards,
                "limit[gameCenterLeaderboardsV2]": limit_game_center_leaderboards_v2,
                "limit[gameCenterLeaderboardSets]": limit_game_center_leaderboard_sets,
                "limit[gameCenterLeaderboardSetsV2]": limit_game_center_leaderboard_sets_v2,
                "limit[gameCenterAchievements]": limit_game_center_achievements,
                "limit[gameCenterAchievementsV2]": limit_game_center_achievements_v2,
                "limit[gameCenterActivities]": limit_game_center_activities,
                "limit[gameCenterChallenges]": limit_game_center_challenges,
                "limit[achievementReleases]": limit_achievement_releases,
                "limit[activityReleases]": limit_activity_releases,
                "limit[challengeReleases]": limit_challenge_releases,
                "limit[leaderboardReleases]": limit_leaderboard_releases,
                "limit[leaderboardSetReleases]": limit_leaderboard_set_releases,
                "limit[challengesMinimumPlatformVersions]": limit_challenges_minimum_platform_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[gameCenterAppVersions]": 50,
                "limit[gameCenterLeaderboards]": 50,
                "limit[gameCenterLeaderboardsV2]": 50,
                "limit[gameCenterLeaderboardSets]": 50,
                "limit[gameCenterLeaderboardSetsV2]": 50,
                "limit[gameCenterAchievements]": 50,
                "limit[gameCenterAchievementsV2]": 50,
                "limit[gameCenterActivities]": 50,
                "limit[gameCenterChallenges]": 50,
                "limit[achievementReleases]": 50,
                "limit[activityReleases]": 50,
                "limit[challengeReleases]": 50,
                "limit[leaderboardReleases]": 50,
                "limit[leaderboardSetReleases]": 50,
                "limit[challengesMinimumPlatformVersions]": 50,
            },
            response_type=GameCenterDetailsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterLeaderboardSets(AsyncAPIResource):
    """``client.game_center_groups.game_center_leaderboard_sets``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_group_game_center_leaderboard_sets_linkages_response import (
            GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_getToManyRelationship",
            response_type=GameCenterGroupGameCenterLeaderboardSetsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum26] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_set_localizations: Sequence[_Enum27] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum28] | None = None,
        fields_game_center_leaderboard_set_releases: Sequence[_Enum23] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum29] | None = None,
        limit_localizations: int | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetsResponse, GameCenterLeaderboardSet]:
        """gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsets
        """
        from ascapi.models.game_center_leaderboard_sets_response import (
            GameCenterLeaderboardSetsResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardSets", id=id),
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
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_getToManyRelated",
            response_type=GameCenterLeaderboardSetsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterLeaderboardSetsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsets
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSets", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterLeaderboardSets_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterLeaderboardSetsV2(AsyncAPIResource):
    """``client.game_center_groups.game_center_leaderboard_sets_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_group_game_center_leaderboard_sets_v2_linkages_response import (
            GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterLeaderboardSetsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum30] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum31] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum32] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum33] | None = None,
        limit_game_center_leaderboards: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardSetsV2Response, GameCenterLeaderboardSetV2]:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsetsv2
        """
        from ascapi.models.game_center_leaderboard_sets_v2_response import (
            GameCenterLeaderboardSetsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardSetsV2", id=id),
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
        body: GameCenterGroupGameCenterLeaderboardSetsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardSetsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsetsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboardSets", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardSetsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterLeaderboards(AsyncAPIResource):
    """``client.game_center_groups.game_center_leaderboards``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsLinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboards_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        from ascapi.models.game_center_group_game_center_leaderboards_linkages_response import (
            GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            deprecated="gameCenterGroups_gameCenterLeaderboards_getToManyRelationship",
            response_type=GameCenterGroupGameCenterLeaderboardsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum28] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum26] | None = None,
        fields_game_center_leaderboard_localizations: Sequence[_Enum34] | None = None,
        fields_game_center_leaderboard_releases: Sequence[_Enum22] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum35] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_localizations: int | None = None,
        limit_releases: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsResponse, GameCenterLeaderboard]:
        """gameCenterGroups_gameCenterLeaderboards_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboards
        """
        from ascapi.models.game_center_leaderboards_response import GameCenterLeaderboardsResponse

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboards", id=id),
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
            deprecated="gameCenterGroups_gameCenterLeaderboards_getToManyRelated",
            response_type=GameCenterLeaderboardsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def replace(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: GameCenterGroupGameCenterLeaderboardsLinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboards
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboards", id=id),
            body=body,
            deprecated="gameCenterGroups_gameCenterLeaderboards_replaceToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterGroupsGameCenterLeaderboardsV2(AsyncAPIResource):
    """``client.game_center_groups.game_center_leaderboards_v2``: /v1/gameCenterGroups"""

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
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
        GameCenterGroupGameCenterLeaderboardsV2LinkagesResponseData,
    ]:
        """gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelationship

        GET /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_group_game_center_leaderboards_v2_linkages_response import (
            GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=GameCenterGroupGameCenterLeaderboardsV2LinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_reference_name: Sequence[str] | None = None,
        filter_archived: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        fields_game_center_leaderboards: Sequence[_Enum31] | None = None,
        fields_game_center_details: Sequence[_Enum1] | None = None,
        fields_game_center_groups: Sequence[_Enum0] | None = None,
        fields_game_center_leaderboard_sets: Sequence[_Enum30] | None = None,
        fields_game_center_activities: Sequence[_Enum5] | None = None,
        fields_game_center_challenges: Sequence[_Enum6] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum36] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum37] | None = None,
        limit_game_center_leaderboard_sets: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[GameCenterLeaderboardsV2Response, GameCenterLeaderboardV2]:
        """gameCenterGroups_gameCenterLeaderboardsV2_getToManyRelated

        GET /v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-gamecentergroups-_id_-gamecenterleaderboardsv2
        """
        from ascapi.models.game_center_leaderboards_v2_response import (
            GameCenterLeaderboardsV2Response,
        )

        return self._client._get_page(
            path("/v1/gameCenterGroups/{id}/gameCenterLeaderboardsV2", id=id),
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
        body: GameCenterGroupGameCenterLeaderboardsV2LinkagesRequest
        | Mapping[str, Any]
        | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """gameCenterGroups_gameCenterLeaderboardsV2_replaceToManyRelationship

        PATCH /v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-gamecentergroups-_id_-relationships-gamecenterleaderboardsv2
        """
        if body is None:
            body = _support.linkages("gameCenterLeaderboards", ids)
        return await self._client._call(
            "PATCH",
            path("/v1/gameCenterGroups/{id}/relationships/gameCenterLeaderboardsV2", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
