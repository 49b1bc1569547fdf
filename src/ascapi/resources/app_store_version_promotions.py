# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_promotions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_promotion_create_request import (
        AppStoreVersionPromotionCreateRequest,
    )
    from ascapi.models.app_store_version_promotion_response import AppStoreVersionPromotionResponse
    from ascapi.pagination import AsyncPager, Page


class AppStoreVersionPromotions(SyncAPIResource):
    """``client.app_store_version_promotions``: /v1/appStoreVersionPromotions"""

    def create(
        self,
        *,
        body: AppStoreVersionPromotionCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPromotionResponse:
        """appStoreVersionPromotions_createInstance

        POST /v1/appStoreVersionPromotions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionpromotions
        """
        from ascapi.models.app_store_version_promotion_response import (
            AppStoreVersionPromotionResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET or app_store_version_experiment_treatment is not UNSET,
            "appStoreVersionPromotions",
            None,
            {},
            {
                "appStoreVersion": ("appStoreVersions", False, app_store_version),
                "appStoreVersionExperimentTreatment": (
                    "appStoreVersionExperimentTreatments",
                    False,
                    app_store_version_experiment_treatment,
                ),
            },
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionPromotions",
            body=body,
            response_type=AppStoreVersionPromotionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionPromotions(AsyncAPIResource):
    """``client.app_store_version_promotions``: /v1/appStoreVersionPromotions"""

    async def create(
        self,
        *,
        body: AppStoreVersionPromotionCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        app_store_version_experiment_treatment: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPromotionResponse:
        """appStoreVersionPromotions_createInstance

        POST /v1/appStoreVersionPromotions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionpromotions
        """
        from ascapi.models.app_store_version_promotion_response import (
            AppStoreVersionPromotionResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET or app_store_version_experiment_treatment is not UNSET,
            "appStoreVersionPromotions",
            None,
            {},
            {
                "appStoreVersion": ("appStoreVersions", False, app_store_version),
                "appStoreVersionExperimentTreatment": (
                    "appStoreVersionExperimentTreatments",
                    False,
                    app_store_version_experiment_treatment,
                ),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionPromotions",
            body=body,
            response_type=AppStoreVersionPromotionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
