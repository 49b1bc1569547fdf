# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``build_bundles`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.app_clip_domain_status_response import AppClipDomainStatusResponse
    from ascapi.models.beta_app_clip_invocation import BetaAppClipInvocation
    from ascapi.models.beta_app_clip_invocations_response import BetaAppClipInvocationsResponse
    from ascapi.models.build_bundle_app_clip_domain_cache_status_linkage_response import (
        BuildBundleAppClipDomainCacheStatusLinkageResponse,
    )
    from ascapi.models.build_bundle_app_clip_domain_debug_status_linkage_response import (
        BuildBundleAppClipDomainDebugStatusLinkageResponse,
    )
    from ascapi.models.build_bundle_beta_app_clip_invocations_linkages_response import (
        BuildBundleBetaAppClipInvocationsLinkagesResponse,
        BuildBundleBetaAppClipInvocationsLinkagesResponseData,
    )
    from ascapi.models.build_bundle_build_bundle_file_sizes_linkages_response import (
        BuildBundleBuildBundleFileSizesLinkagesResponse,
        BuildBundleBuildBundleFileSizesLinkagesResponseData,
    )
    from ascapi.models.build_bundle_file_size import BuildBundleFileSize
    from ascapi.models.build_bundle_file_sizes_response import BuildBundleFileSizesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["domains", "lastUpdatedDate"]
    _Enum1 = Literal["url", "betaAppClipInvocationLocalizations"]
    _Enum2 = Literal["title", "locale"]
    _Enum3 = Literal["betaAppClipInvocationLocalizations"]
    _Enum4 = Literal["deviceModel", "osVersion", "downloadBytes", "installBytes"]


class BuildBundles(SyncAPIResource):
    """``client.build_bundles``"""

    @cached_property
    def app_clip_domain_cache_status(self) -> BuildBundlesAppClipDomainCacheStatus:
        return BuildBundlesAppClipDomainCacheStatus(self._client)

    @cached_property
    def app_clip_domain_debug_status(self) -> BuildBundlesAppClipDomainDebugStatus:
        return BuildBundlesAppClipDomainDebugStatus(self._client)

    @cached_property
    def beta_app_clip_invocations(self) -> BuildBundlesBetaAppClipInvocations:
        return BuildBundlesBetaAppClipInvocations(self._client)

    @cached_property
    def build_bundle_file_sizes(self) -> BuildBundlesBuildBundleFileSizes:
        return BuildBundlesBuildBundleFileSizes(self._client)


class BuildBundlesAppClipDomainCacheStatus(SyncAPIResource):
    """``client.build_bundles.app_clip_domain_cache_status``: /v1/buildBundles"""

    def get(
        self,
        id: str,
        *,
        fields_app_clip_domain_statuses: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDomainStatusResponse:
        """buildBundles_appClipDomainCacheStatus_getToOneRelated

        GET /v1/buildBundles/{id}/appClipDomainCacheStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaincachestatus
        """
        from ascapi.models.app_clip_domain_status_response import AppClipDomainStatusResponse

        return self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/appClipDomainCacheStatus", id=id),
            params={"fields[appClipDomainStatuses]": fields_app_clip_domain_statuses},
            response_type=AppClipDomainStatusResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBundleAppClipDomainCacheStatusLinkageResponse:
        """buildBundles_appClipDomainCacheStatus_getToOneRelationship

        GET /v1/buildBundles/{id}/relationships/appClipDomainCacheStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaincachestatus
        """
        from ascapi.models.build_bundle_app_clip_domain_cache_status_linkage_response import (
            BuildBundleAppClipDomainCacheStatusLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/relationships/appClipDomainCacheStatus", id=id),
            response_type=BuildBundleAppClipDomainCacheStatusLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildBundlesAppClipDomainDebugStatus(SyncAPIResource):
    """``client.build_bundles.app_clip_domain_debug_status``: /v1/buildBundles"""

    def get(
        self,
        id: str,
        *,
        fields_app_clip_domain_statuses: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDomainStatusResponse:
        """buildBundles_appClipDomainDebugStatus_getToOneRelated

        GET /v1/buildBundles/{id}/appClipDomainDebugStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaindebugstatus
        """
        from ascapi.models.app_clip_domain_status_response import AppClipDomainStatusResponse

        return self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/appClipDomainDebugStatus", id=id),
            params={"fields[appClipDomainStatuses]": fields_app_clip_domain_statuses},
            response_type=AppClipDomainStatusResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBundleAppClipDomainDebugStatusLinkageResponse:
        """buildBundles_appClipDomainDebugStatus_getToOneRelationship

        GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus
        """
        from ascapi.models.build_bundle_app_clip_domain_debug_status_linkage_response import (
            BuildBundleAppClipDomainDebugStatusLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/relationships/appClipDomainDebugStatus", id=id),
            response_type=BuildBundleAppClipDomainDebugStatusLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildBundlesBetaAppClipInvocations(SyncAPIResource):
    """``client.build_bundles.beta_app_clip_invocations``: /v1/buildBundles"""

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
        BuildBundleBetaAppClipInvocationsLinkagesResponse,
        BuildBundleBetaAppClipInvocationsLinkagesResponseData,
    ]:
        """buildBundles_betaAppClipInvocations_getToManyRelationship

        GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        from ascapi.models.build_bundle_beta_app_clip_invocations_linkages_response import (
            BuildBundleBetaAppClipInvocationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildBundles/{id}/relationships/betaAppClipInvocations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBundleBetaAppClipInvocationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_app_clip_invocations: Sequence[_Enum1] | None = None,
        fields_beta_app_clip_invocation_localizations: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaAppClipInvocationsResponse, BetaAppClipInvocation]:
        """buildBundles_betaAppClipInvocations_getToManyRelated

        GET /v1/buildBundles/{id}/betaAppClipInvocations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        from ascapi.models.beta_app_clip_invocations_response import BetaAppClipInvocationsResponse

        return self._client._get_page(
            path("/v1/buildBundles/{id}/betaAppClipInvocations", id=id),
            params={
                "fields[betaAppClipInvocations]": fields_beta_app_clip_invocations,
                "fields[betaAppClipInvocationLocalizations]": fields_beta_app_clip_invocation_localizations,
                "limit": limit,
                "include": include,
                "limit[betaAppClipInvocationLocalizations]": limit_beta_app_clip_invocation_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[betaAppClipInvocationLocalizations]": 50},
            response_type=BetaAppClipInvocationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BuildBundlesBuildBundleFileSizes(SyncAPIResource):
    """``client.build_bundles.build_bundle_file_sizes``: /v1/buildBundles"""

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
        BuildBundleBuildBundleFileSizesLinkagesResponse,
        BuildBundleBuildBundleFileSizesLinkagesResponseData,
    ]:
        """buildBundles_buildBundleFileSizes_getToManyRelationship

        GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        from ascapi.models.build_bundle_build_bundle_file_sizes_linkages_response import (
            BuildBundleBuildBundleFileSizesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildBundles/{id}/relationships/buildBundleFileSizes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBundleBuildBundleFileSizesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_bundle_file_sizes: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildBundleFileSizesResponse, BuildBundleFileSize]:
        """buildBundles_buildBundleFileSizes_getToManyRelated

        GET /v1/buildBundles/{id}/buildBundleFileSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        from ascapi.models.build_bundle_file_sizes_response import BuildBundleFileSizesResponse

        return self._client._get_page(
            path("/v1/buildBundles/{id}/buildBundleFileSizes", id=id),
            params={
                "fields[buildBundleFileSizes]": fields_build_bundle_file_sizes,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildBundleFileSizesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBundles(AsyncAPIResource):
    """``client.build_bundles``"""

    @cached_property
    def app_clip_domain_cache_status(self) -> AsyncBuildBundlesAppClipDomainCacheStatus:
        return AsyncBuildBundlesAppClipDomainCacheStatus(self._client)

    @cached_property
    def app_clip_domain_debug_status(self) -> AsyncBuildBundlesAppClipDomainDebugStatus:
        return AsyncBuildBundlesAppClipDomainDebugStatus(self._client)

    @cached_property
    def beta_app_clip_invocations(self) -> AsyncBuildBundlesBetaAppClipInvocations:
        return AsyncBuildBundlesBetaAppClipInvocations(self._client)

    @cached_property
    def build_bundle_file_sizes(self) -> AsyncBuildBundlesBuildBundleFileSizes:
        return AsyncBuildBundlesBuildBundleFileSizes(self._client)


class AsyncBuildBundlesAppClipDomainCacheStatus(AsyncAPIResource):
    """``client.build_bundles.app_clip_domain_cache_status``: /v1/buildBundles"""

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_domain_statuses: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDomainStatusResponse:
        """buildBundles_appClipDomainCacheStatus_getToOneRelated

        GET /v1/buildBundles/{id}/appClipDomainCacheStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaincachestatus
        """
        from ascapi.models.app_clip_domain_status_response import AppClipDomainStatusResponse

        return await self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/appClipDomainCacheStatus", id=id),
            params={"fields[appClipDomainStatuses]": fields_app_clip_domain_statuses},
            response_type=AppClipDomainStatusResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBundleAppClipDomainCacheStatusLinkageResponse:
        """buildBundles_appClipDomainCacheStatus_getToOneRelationship

        GET /v1/buildBundles/{id}/relationships/appClipDomainCacheStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaincachestatus
        """
        from ascapi.models.build_bundle_app_clip_domain_cache_status_linkage_response import (
            BuildBundleAppClipDomainCacheStatusLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/relationships/appClipDomainCacheStatus", id=id),
            response_type=BuildBundleAppClipDomainCacheStatusLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBundlesAppClipDomainDebugStatus(AsyncAPIResource):
    """``client.build_bundles.app_clip_domain_debug_status``: /v1/buildBundles"""

    async def get(
        self,
        id: str,
        *,
        fields_app_clip_domain_statuses: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppClipDomainStatusResponse:
        """buildBundles_appClipDomainDebugStatus_getToOneRelated

        GET /v1/buildBundles/{id}/appClipDomainDebugStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-appclipdomaindebugstatus
        """
        from ascapi.models.app_clip_domain_status_response import AppClipDomainStatusResponse

        return await self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/appClipDomainDebugStatus", id=id),
            params={"fields[appClipDomainStatuses]": fields_app_clip_domain_statuses},
            response_type=AppClipDomainStatusResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildBundleAppClipDomainDebugStatusLinkageResponse:
        """buildBundles_appClipDomainDebugStatus_getToOneRelationship

        GET /v1/buildBundles/{id}/relationships/appClipDomainDebugStatus

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-appclipdomaindebugstatus
        """
        from ascapi.models.build_bundle_app_clip_domain_debug_status_linkage_response import (
            BuildBundleAppClipDomainDebugStatusLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/buildBundles/{id}/relationships/appClipDomainDebugStatus", id=id),
            response_type=BuildBundleAppClipDomainDebugStatusLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBundlesBetaAppClipInvocations(AsyncAPIResource):
    """``client.build_bundles.beta_app_clip_invocations``: /v1/buildBundles"""

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
        BuildBundleBetaAppClipInvocationsLinkagesResponse,
        BuildBundleBetaAppClipInvocationsLinkagesResponseData,
    ]:
        """buildBundles_betaAppClipInvocations_getToManyRelationship

        GET /v1/buildBundles/{id}/relationships/betaAppClipInvocations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-betaappclipinvocations
        """
        from ascapi.models.build_bundle_beta_app_clip_invocations_linkages_response import (
            BuildBundleBetaAppClipInvocationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildBundles/{id}/relationships/betaAppClipInvocations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBundleBetaAppClipInvocationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_app_clip_invocations: Sequence[_Enum1] | None = None,
        fields_beta_app_clip_invocation_localizations: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaAppClipInvocationsResponse, BetaAppClipInvocation]:
        """buildBundles_betaAppClipInvocations_getToManyRelated

        GET /v1/buildBundles/{id}/betaAppClipInvocations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-betaappclipinvocations
        """
        from ascapi.models.beta_app_clip_invocations_response import BetaAppClipInvocationsResponse

        return self._client._get_page(
            path("/v1/buildBundles/{id}/betaAppClipInvocations", id=id),
            params={
                "fields[betaAppClipInvocations]": fields_beta_app_clip_invocations,
                "fields[betaAppClipInvocationLocalizations]": fields_beta_app_clip_invocation_localizations,
                "limit": limit,
                "include": include,
                "limit[betaAppClipInvocationLocalizations]": limit_beta_app_clip_invocation_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[betaAppClipInvocationLocalizations]": 50},
            response_type=BetaAppClipInvocationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBuildBundlesBuildBundleFileSizes(AsyncAPIResource):
    """``client.build_bundles.build_bundle_file_sizes``: /v1/buildBundles"""

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
        BuildBundleBuildBundleFileSizesLinkagesResponse,
        BuildBundleBuildBundleFileSizesLinkagesResponseData,
    ]:
        """buildBundles_buildBundleFileSizes_getToManyRelationship

        GET /v1/buildBundles/{id}/relationships/buildBundleFileSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-relationships-buildbundlefilesizes
        """
        from ascapi.models.build_bundle_build_bundle_file_sizes_linkages_response import (
            BuildBundleBuildBundleFileSizesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/buildBundles/{id}/relationships/buildBundleFileSizes", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildBundleBuildBundleFileSizesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_build_bundle_file_sizes: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildBundleFileSizesResponse, BuildBundleFileSize]:
        """buildBundles_buildBundleFileSizes_getToManyRelated

        GET /v1/buildBundles/{id}/buildBundleFileSizes

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-buildbundles-_id_-buildbundlefilesizes
        """
        from ascapi.models.build_bundle_file_sizes_response import BuildBundleFileSizesResponse

        return self._client._get_page(
            path("/v1/buildBundles/{id}/buildBundleFileSizes", id=id),
            params={
                "fields[buildBundleFileSizes]": fields_build_bundle_file_sizes,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BuildBundleFileSizesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
