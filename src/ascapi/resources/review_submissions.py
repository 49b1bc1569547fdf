# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``review_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.review_submission import ReviewSubmission
    from ascapi.models.review_submission_create_request import ReviewSubmissionCreateRequest
    from ascapi.models.review_submission_item import ReviewSubmissionItem
    from ascapi.models.review_submission_items_linkages_response import (
        ReviewSubmissionItemsLinkagesResponse,
        ReviewSubmissionItemsLinkagesResponseData,
    )
    from ascapi.models.review_submission_items_response import ReviewSubmissionItemsResponse
    from ascapi.models.review_submission_response import ReviewSubmissionResponse
    from ascapi.models.review_submission_update_request import ReviewSubmissionUpdateRequest
    from ascapi.models.review_submissions_response import ReviewSubmissionsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]
    _Enum1 = Literal[
        "platform",
        "submittedDate",
        "state",
        "app",
        "items",
        "appStoreVersionForReview",
        "submittedByActor",
        "lastUpdatedByActor",
    ]
    _Enum2 = Literal[
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
    _Enum3 = Literal[
        "state",
        "appStoreVersion",
        "appCustomProductPageVersion",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appEvent",
        "backgroundAssetVersion",
        "gameCenterAchievementVersion",
        "gameCenterActivityVersion",
        "gameCenterChallengeVersion",
        "gameCenterLeaderboardSetVersion",
        "gameCenterLeaderboardVersion",
        "inAppPurchaseVersion",
        "subscriptionVersion",
        "subscriptionGroupVersion",
    ]
    _Enum4 = Literal[
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
    _Enum5 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum6 = Literal[
        "app", "items", "appStoreVersionForReview", "submittedByActor", "lastUpdatedByActor"
    ]
    _Enum7 = Literal[
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "UNRESOLVED_ISSUES",
        "CANCELING",
        "COMPLETING",
        "COMPLETE",
    ]
    _Enum8 = Literal[
        "version", "state", "deepLink", "appCustomProductPage", "appCustomProductPageLocalizations"
    ]
    _Enum9 = Literal[
        "name",
        "trafficProportion",
        "state",
        "reviewRequired",
        "startDate",
        "endDate",
        "appStoreVersion",
        "appStoreVersionExperimentTreatments",
        "platform",
        "app",
        "latestControlVersion",
        "controlVersions",
    ]
    _Enum10 = Literal[
        "referenceName",
        "badge",
        "eventState",
        "deepLink",
        "purchaseRequirement",
        "primaryLocale",
        "priority",
        "purpose",
        "territorySchedules",
        "archivedTerritorySchedules",
        "localizations",
    ]
    _Enum11 = Literal[
        "createdDate",
        "platforms",
        "state",
        "stateDetails",
        "version",
        "locale",
        "backgroundAsset",
        "internalBetaRelease",
        "externalBetaRelease",
        "appStoreRelease",
        "assetFile",
        "manifestFile",
        "backgroundAssetUploadFiles",
    ]
    _Enum12 = Literal["version", "state", "achievement", "localizations"]
    _Enum13 = Literal[
        "version", "state", "fallbackUrl", "activity", "localizations", "defaultImage", "releases"
    ]
    _Enum14 = Literal["version", "state", "challenge", "localizations", "releases", "defaultImage"]
    _Enum15 = Literal["version", "state", "leaderboardSet", "localizations"]
    _Enum16 = Literal["version", "state", "leaderboard", "localizations"]
    _Enum17 = Literal["version", "state", "inAppPurchase", "image", "images", "localizations"]
    _Enum18 = Literal["version", "state", "subscription", "image", "images", "localizations"]
    _Enum19 = Literal["version", "state", "subscriptionGroup", "localizations"]
    _Enum20 = Literal[
        "appStoreVersion",
        "appCustomProductPageVersion",
        "appStoreVersionExperiment",
        "appStoreVersionExperimentV2",
        "appEvent",
        "backgroundAssetVersion",
        "gameCenterAchievementVersion",
        "gameCenterActivityVersion",
        "gameCenterChallengeVersion",
        "gameCenterLeaderboardSetVersion",
        "gameCenterLeaderboardVersion",
        "inAppPurchaseVersion",
        "subscriptionVersion",
        "subscriptionGroupVersion",
    ]


class ReviewSubmissions(SyncAPIResource):
    """``client.review_submissions``: /v1/reviewSubmissions"""

    @cached_property
    def items(self) -> ReviewSubmissionsItems:
        return ReviewSubmissionsItems(self._client)

    def create(
        self,
        *,
        body: ReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_createInstance

        POST /v1/reviewSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissions
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        body = _support.document(
            body,
            platform is not UNSET or app is not UNSET,
            "reviewSubmissions",
            None,
            {"platform": platform},
            {"app": ("apps", False, app)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/reviewSubmissions",
            body=body,
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_review_submissions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_actors: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_getInstance

        GET /v1/reviewSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        return self._client._call(
            "GET",
            path("/v1/reviewSubmissions/{id}", id=id),
            params={
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "include": include,
                "limit[items]": limit_items,
            },
            maxima={"limit[items]": 50},
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str],
        filter_platform: Sequence[_Enum0] | None = None,
        filter_state: Sequence[_Enum7] | None = None,
        fields_review_submissions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_actors: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_items: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ReviewSubmissionsResponse, ReviewSubmission]:
        """reviewSubmissions_getCollection

        GET /v1/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        from ascapi.models.review_submissions_response import ReviewSubmissionsResponse

        return self._client._get_page(
            "/v1/reviewSubmissions",
            params={
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "filter[app]": filter_app,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "limit[items]": limit_items,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[items]": 50},
            response_type=ReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: ReviewSubmissionUpdateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        canceled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_updateInstance

        PATCH /v1/reviewSubmissions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissions-_id_
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        body = _support.document(
            body,
            platform is not UNSET or submitted is not UNSET or canceled is not UNSET,
            "reviewSubmissions",
            id,
            {"platform": platform, "submitted": submitted, "canceled": canceled},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/reviewSubmissions/{id}", id=id),
            body=body,
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class ReviewSubmissionsItems(SyncAPIResource):
    """``client.review_submissions.items``: /v1/reviewSubmissions"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ReviewSubmissionItemsLinkagesResponse, ReviewSubmissionItemsLinkagesResponseData]:
        """reviewSubmissions_items_getToManyRelationship

        GET /v1/reviewSubmissions/{id}/relationships/items

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        from ascapi.models.review_submission_items_linkages_response import (
            ReviewSubmissionItemsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/reviewSubmissions/{id}/relationships/items", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ReviewSubmissionItemsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum8] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum9] | None = None,
        fields_app_events: Sequence[_Enum10] | None = None,
        fields_background_asset_versions: Sequence[_Enum11] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum12] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum13] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum14] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum15] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum16] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum17] | None = None,
        fields_subscription_versions: Sequence[_Enum18] | None = None,
        fields_subscription_group_versions: Sequence[_Enum19] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum20] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[ReviewSubmissionItemsResponse, ReviewSubmissionItem]:
        """reviewSubmissions_items_getToManyRelated

        GET /v1/reviewSubmissions/{id}/items

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        from ascapi.models.review_submission_items_response import ReviewSubmissionItemsResponse

        return self._client._get_page(
            path("/v1/reviewSubmissions/{id}/items", id=id),
            params={
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appEvents]": fields_app_events,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ReviewSubmissionItemsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncReviewSubmissions(AsyncAPIResource):
    """``client.review_submissions``: /v1/reviewSubmissions"""

    @cached_property
    def items(self) -> AsyncReviewSubmissionsItems:
        return AsyncReviewSubmissionsItems(self._client)

    async def create(
        self,
        *,
        body: ReviewSubmissionCreateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_createInstance

        POST /v1/reviewSubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissions
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        body = _support.document(
            body,
            platform is not UNSET or app is not UNSET,
            "reviewSubmissions",
            None,
            {"platform": platform},
            {"app": ("apps", False, app)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/reviewSubmissions",
            body=body,
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_review_submissions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_actors: Sequence[_Enum5] | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_getInstance

        GET /v1/reviewSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        return await self._client._call(
            "GET",
            path("/v1/reviewSubmissions/{id}", id=id),
            params={
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "include": include,
                "limit[items]": limit_items,
            },
            maxima={"limit[items]": 50},
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_app: Sequence[str],
        filter_platform: Sequence[_Enum0] | None = None,
        filter_state: Sequence[_Enum7] | None = None,
        fields_review_submissions: Sequence[_Enum1] | None = None,
        fields_apps: Sequence[_Enum2] | None = None,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_actors: Sequence[_Enum5] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        limit_items: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReviewSubmissionsResponse, ReviewSubmission]:
        """reviewSubmissions_getCollection

        GET /v1/reviewSubmissions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions
        """
        from ascapi.models.review_submissions_response import ReviewSubmissionsResponse

        return self._client._get_page(
            "/v1/reviewSubmissions",
            params={
                "filter[platform]": filter_platform,
                "filter[state]": filter_state,
                "filter[app]": filter_app,
                "fields[reviewSubmissions]": fields_review_submissions,
                "fields[apps]": fields_apps,
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[actors]": fields_actors,
                "limit": limit,
                "include": include,
                "limit[items]": limit_items,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[items]": 50},
            response_type=ReviewSubmissionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: ReviewSubmissionUpdateRequest | Mapping[str, Any] | None = None,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        submitted: bool | None | UnsetType = UNSET,
        canceled: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionResponse:
        """reviewSubmissions_updateInstance

        PATCH /v1/reviewSubmissions/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissions-_id_
        """
        from ascapi.models.review_submission_response import ReviewSubmissionResponse

        body = _support.document(
            body,
            platform is not UNSET or submitted is not UNSET or canceled is not UNSET,
            "reviewSubmissions",
            id,
            {"platform": platform, "submitted": submitted, "canceled": canceled},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/reviewSubmissions/{id}", id=id),
            body=body,
            response_type=ReviewSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncReviewSubmissionsItems(AsyncAPIResource):
    """``client.review_submissions.items``: /v1/reviewSubmissions"""

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
        ReviewSubmissionItemsLinkagesResponse, ReviewSubmissionItemsLinkagesResponseData
    ]:
        """reviewSubmissions_items_getToManyRelationship

        GET /v1/reviewSubmissions/{id}/relationships/items

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-relationships-items
        """
        from ascapi.models.review_submission_items_linkages_response import (
            ReviewSubmissionItemsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/reviewSubmissions/{id}/relationships/items", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=ReviewSubmissionItemsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_review_submission_items: Sequence[_Enum3] | None = None,
        fields_app_store_versions: Sequence[_Enum4] | None = None,
        fields_app_custom_product_page_versions: Sequence[_Enum8] | None = None,
        fields_app_store_version_experiments: Sequence[_Enum9] | None = None,
        fields_app_events: Sequence[_Enum10] | None = None,
        fields_background_asset_versions: Sequence[_Enum11] | None = None,
        fields_game_center_achievement_versions: Sequence[_Enum12] | None = None,
        fields_game_center_activity_versions: Sequence[_Enum13] | None = None,
        fields_game_center_challenge_versions: Sequence[_Enum14] | None = None,
        fields_game_center_leaderboard_set_versions: Sequence[_Enum15] | None = None,
        fields_game_center_leaderboard_versions: Sequence[_Enum16] | None = None,
        fields_in_app_purchase_versions: Sequence[_Enum17] | None = None,
        fields_subscription_versions: Sequence[_Enum18] | None = None,
        fields_subscription_group_versions: Sequence[_Enum19] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum20] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ReviewSubmissionItemsResponse, ReviewSubmissionItem]:
        """reviewSubmissions_items_getToManyRelated

        GET /v1/reviewSubmissions/{id}/items

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-reviewsubmissions-_id_-items
        """
        from ascapi.models.review_submission_items_response import ReviewSubmissionItemsResponse

        return self._client._get_page(
            path("/v1/reviewSubmissions/{id}/items", id=id),
            params={
                "fields[reviewSubmissionItems]": fields_review_submission_items,
                "fields[appStoreVersions]": fields_app_store_versions,
                "fields[appCustomProductPageVersions]": fields_app_custom_product_page_versions,
                "fields[appStoreVersionExperiments]": fields_app_store_version_experiments,
                "fields[appEvents]": fields_app_events,
                "fields[backgroundAssetVersions]": fields_background_asset_versions,
                "fields[gameCenterAchievementVersions]": fields_game_center_achievement_versions,
                "fields[gameCenterActivityVersions]": fields_game_center_activity_versions,
                "fields[gameCenterChallengeVersions]": fields_game_center_challenge_versions,
                "fields[gameCenterLeaderboardSetVersions]": fields_game_center_leaderboard_set_versions,
                "fields[gameCenterLeaderboardVersions]": fields_game_center_leaderboard_versions,
                "fields[inAppPurchaseVersions]": fields_in_app_purchase_versions,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=ReviewSubmissionItemsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
