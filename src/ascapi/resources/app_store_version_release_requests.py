# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_release_requests`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_release_request_create_request import (
        AppStoreVersionReleaseRequestCreateRequest,
    )
    from ascapi.models.app_store_version_release_request_response import (
        AppStoreVersionReleaseRequestResponse,
    )
    from ascapi.pagination import AsyncPager, Page


class AppStoreVersionReleaseRequests(SyncAPIResource):
    """``client.app_store_version_release_requests``: /v1/appStoreVersionReleaseRequests"""

    def create(
        self,
        *,
        body: AppStoreVersionReleaseRequestCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionReleaseRequestResponse:
        """appStoreVersionReleaseRequests_createInstance

        POST /v1/appStoreVersionReleaseRequests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionreleaserequests
        """
        from ascapi.models.app_store_version_release_request_response import (
            AppStoreVersionReleaseRequestResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "appStoreVersionReleaseRequests",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionReleaseRequests",
            body=body,
            response_type=AppStoreVersionReleaseRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionReleaseRequests(AsyncAPIResource):
    """``client.app_store_version_release_requests``: /v1/appStoreVersionReleaseRequests"""

    async def create(
        self,
        *,
        body: AppStoreVersionReleaseRequestCreateRequest | Mapping[str, Any] | None = None,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionReleaseRequestResponse:
        """appStoreVersionReleaseRequests_createInstance

        POST /v1/appStoreVersionReleaseRequests

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionreleaserequests
        """
        from ascapi.models.app_store_version_release_request_response import (
            AppStoreVersionReleaseRequestResponse,
        )

        body = _support.document(
            body,
            app_store_version is not UNSET,
            "appStoreVersionReleaseRequests",
            None,
            {},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionReleaseRequests",
            body=body,
            response_type=AppStoreVersionReleaseRequestResponse,
            options=options(extra_headers, extra_query, timeout),
        )
