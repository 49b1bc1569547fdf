# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``review_submission_items`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.review_submission_item_create_request import (
        ReviewSubmissionItemCreateRequest,
    )
    from ascapi.models.review_submission_item_response import ReviewSubmissionItemResponse
    from ascapi.models.review_submission_item_update_request import (
        ReviewSubmissionItemUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page


class ReviewSubmissionItems(SyncAPIResource):
    """``client.review_submission_items``: /v1/reviewSubmissionItems"""

    def create(
        self,
        *,
        body: ReviewSubmissionItemCreateRequest | Mapping[str, Any] | None = None,
        review_submission: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        app_custom_product_page_version: str | None | UnsetType = UNSET,
        app_store_version_experiment: str | None | UnsetType = UNSET,
        app_store_version_experiment_v2: str | None | UnsetType = UNSET,
        app_event: str | None | UnsetType = UNSET,
        background_asset_version: str | None | UnsetType = UNSET,
        game_center_achievement_version: str | None | UnsetType = UNSET,
        game_center_activity_version: str | None | UnsetType = UNSET,
        game_center_challenge_version: str | None | UnsetType = UNSET,
        game_center_leaderboard_set_version: str | None | UnsetType = UNSET,
        game_center_leaderboard_version: str | None | UnsetType = UNSET,
        in_app_purchase_version: str | None | UnsetType = UNSET,
        subscription_version: str | None | UnsetType = UNSET,
        subscription_group_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionItemResponse:
        """reviewSubmissionItems_createInstance

        POST /v1/reviewSubmissionItems

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissionitems
        """
        from ascapi.models.review_submission_item_response import ReviewSubmissionItemResponse

        body = _support.document(
            body,
            review_submission is not UNSET
            or app_store_version is not UNSET
            or app_custom_product_page_version is not UNSET
            or app_store_version_experiment is not UNSET
            or app_store_version_experiment_v2 is not UNSET
            or app_event is not UNSET
            or background_asset_version is not UNSET
            or game_center_achievement_version is not UNSET
            or game_center_activity_version is not UNSET
            or game_center_challenge_version is not UNSET
            or game_center_leaderboard_set_version is not UNSET
            or game_center_leaderboard_version is not UNSET
            or in_app_purchase_version is not UNSET
            or subscription_version is not UNSET
            or subscription_group_version is not UNSET,
            "reviewSubmissionItems",
            None,
            {},
            {
                "reviewSubmission": ("reviewSubmissions", False, review_submission),
                "appStoreVersion": ("appStoreVersions", False, app_store_version),
                "appCustomProductPageVersion": (
                    "appCustomProductPageVersions",
                    False,
                    app_custom_product_page_version,
                ),
                "appStoreVersionExperiment": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment,
                ),
                "appStoreVersionExperimentV2": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment_v2,
                ),
                "appEvent": ("appEvents", False, app_event),
                "backgroundAssetVersion": (
                    "backgroundAssetVersions",
                    False,
                    background_asset_version,
                ),
                "gameCenterAchievementVersion": (
                    "gameCenterAchievementVersions",
                    False,
                    game_center_achievement_version,
                ),
                "gameCenterActivityVersion": (
                    "gameCenterActivityVersions",
                    False,
                    game_center_activity_version,
                ),
                "gameCenterChallengeVersion": (
                    "gameCenterChallengeVersions",
                    False,
                    game_center_challenge_version,
                ),
                "gameCenterLeaderboardSetVersion": (
                    "gameCenterLeaderboardSetVersions",
                    False,
                    game_center_leaderboard_set_version,
                ),
                "gameCenterLeaderboardVersion": (
                    "gameCenterLeaderboardVersions",
                    False,
                    game_center_leaderboard_version,
                ),
                "inAppPurchaseVersion": ("inAppPurchaseVersions", False, in_app_purchase_version),
                "subscriptionVersion": ("subscriptionVersions", False, subscription_version),
                "subscriptionGroupVersion": (
                    "subscriptionGroupVersions",
                    False,
                    subscription_group_version,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/reviewSubmissionItems",
            body=body,
            response_type=ReviewSubmissionItemResponse,
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
        """reviewSubmissionItems_deleteInstance

        DELETE /v1/reviewSubmissionItems/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-reviewsubmissionitems-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/reviewSubmissionItems/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: ReviewSubmissionItemUpdateRequest | Mapping[str, Any] | None = None,
        resolved: bool | None | UnsetType = UNSET,
        removed: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionItemResponse:
        """reviewSubmissionItems_updateInstance

        PATCH /v1/reviewSubmissionItems/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissionitems-_id_
        """
        from ascapi.models.review_submission_item_response import ReviewSubmissionItemResponse

        body = _support.document(
            body,
            resolved is not UNSET or removed is not UNSET,
            "reviewSubmissionItems",
            id,
            {"resolved": resolved, "removed": removed},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/reviewSubmissionItems/{id}", id=id),
            body=body,
            response_type=ReviewSubmissionItemResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncReviewSubmissionItems(AsyncAPIResource):
    """``client.review_submission_items``: /v1/reviewSubmissionItems"""

    async def create(
        self,
        *,
        body: ReviewSubmissionItemCreateRequest | Mapping[str, Any] | None = None,
        review_submission: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        app_custom_product_page_version: str | None | UnsetType = UNSET,
        app_store_version_experiment: str | None | UnsetType = UNSET,
        app_store_version_experiment_v2: str | None | UnsetType = UNSET,
        app_event: str | None | UnsetType = UNSET,
        background_asset_version: str | None | UnsetType = UNSET,
        game_center_achievement_version: str | None | UnsetType = UNSET,
        game_center_activity_version: str | None | UnsetType = UNSET,
        game_center_challenge_version: str | None | UnsetType = UNSET,
        game_center_leaderboard_set_version: str | None | UnsetType = UNSET,
        game_center_leaderboard_version: str | None | UnsetType = UNSET,
        in_app_purchase_version: str | None | UnsetType = UNSET,
        subscription_version: str | None | UnsetType = UNSET,
        subscription_group_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionItemResponse:
        """reviewSubmissionItems_createInstance

        POST /v1/reviewSubmissionItems

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-reviewsubmissionitems
        """
        from ascapi.models.review_submission_item_response import ReviewSubmissionItemResponse

        body = _support.document(
            body,
            review_submission is not UNSET
            or app_store_version is not UNSET
            or app_custom_product_page_version is not UNSET
            or app_store_version_experiment is not UNSET
            or app_store_version_experiment_v2 is not UNSET
            or app_event is not UNSET
            or background_asset_version is not UNSET
            or game_center_achievement_version is not UNSET
            or game_center_activity_version is not UNSET
            or game_center_challenge_version is not UNSET
            or game_center_leaderboard_set_version is not UNSET
            or game_center_leaderboard_version is not UNSET
            or in_app_purchase_version is not UNSET
            or subscription_version is not UNSET
            or subscription_group_version is not UNSET,
            "reviewSubmissionItems",
            None,
            {},
            {
                "reviewSubmission": ("reviewSubmissions", False, review_submission),
                "appStoreVersion": ("appStoreVersions", False, app_store_version),
                "appCustomProductPageVersion": (
                    "appCustomProductPageVersions",
                    False,
                    app_custom_product_page_version,
                ),
                "appStoreVersionExperiment": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment,
                ),
                "appStoreVersionExperimentV2": (
                    "appStoreVersionExperiments",
                    False,
                    app_store_version_experiment_v2,
                ),
                "appEvent": ("appEvents", False, app_event),
                "backgroundAssetVersion": (
                    "backgroundAssetVersions",
                    False,
                    background_asset_version,
                ),
                "gameCenterAchievementVersion": (
                    "gameCenterAchievementVersions",
                    False,
                    game_center_achievement_version,
                ),
                "gameCenterActivityVersion": (
                    "gameCenterActivityVersions",
                    False,
                    game_center_activity_version,
                ),
                "gameCenterChallengeVersion": (
                    "gameCenterChallengeVersions",
                    False,
                    game_center_challenge_version,
                ),
                "gameCenterLeaderboardSetVersion": (
                    "gameCenterLeaderboardSetVersions",
                    False,
                    game_center_leaderboard_set_version,
                ),
                "gameCenterLeaderboardVersion": (
                    "gameCenterLeaderboardVersions",
                    False,
                    game_center_leaderboard_version,
                ),
                "inAppPurchaseVersion": ("inAppPurchaseVersions", False, in_app_purchase_version),
                "subscriptionVersion": ("subscriptionVersions", False, subscription_version),
                "subscriptionGroupVersion": (
                    "subscriptionGroupVersions",
                    False,
                    subscription_group_version,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/reviewSubmissionItems",
            body=body,
            response_type=ReviewSubmissionItemResponse,
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
        """reviewSubmissionItems_deleteInstance

        DELETE /v1/reviewSubmissionItems/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-reviewsubmissionitems-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/reviewSubmissionItems/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: ReviewSubmissionItemUpdateRequest | Mapping[str, Any] | None = None,
        resolved: bool | None | UnsetType = UNSET,
        removed: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ReviewSubmissionItemResponse:
        """reviewSubmissionItems_updateInstance

        PATCH /v1/reviewSubmissionItems/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-reviewsubmissionitems-_id_
        """
        from ascapi.models.review_submission_item_response import ReviewSubmissionItemResponse

        body = _support.document(
            body,
            resolved is not UNSET or removed is not UNSET,
            "reviewSubmissionItems",
            id,
            {"resolved": resolved, "removed": removed},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/reviewSubmissionItems/{id}", id=id),
            body=body,
            response_type=ReviewSubmissionItemResponse,
            options=options(extra_headers, extra_query, timeout),
        )
