# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``routing_app_coverages`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.routing_app_coverage_create_request import RoutingAppCoverageCreateRequest
    from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse
    from ascapi.models.routing_app_coverage_update_request import RoutingAppCoverageUpdateRequest
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
        "appStoreVersion",
    ]
    _Enum1 = Literal[
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
    _Enum2 = Literal["appStoreVersion"]


class RoutingAppCoverages(SyncAPIResource):
    """``client.routing_app_coverages``: /v1/routingAppCoverages"""

    def create(
        self,
        *,
        body: RoutingAppCoverageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_createInstance

        POST /v1/routingAppCoverages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-routingappcoverages
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or app_store_version is not UNSET,
            "routingAppCoverages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/routingAppCoverages",
            body=body,
            response_type=RoutingAppCoverageResponse,
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
        """routingAppCoverages_deleteInstance

        DELETE /v1/routingAppCoverages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-routingappcoverages-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/routingAppCoverages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_routing_app_coverages: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_getInstance

        GET /v1/routingAppCoverages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-routingappcoverages-_id_
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        return self._client._call(
            "GET",
            path("/v1/routingAppCoverages/{id}", id=id),
            params={
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: RoutingAppCoverageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_updateInstance

        PATCH /v1/routingAppCoverages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-routingappcoverages-_id_
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "routingAppCoverages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/routingAppCoverages/{id}", id=id),
            body=body,
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncRoutingAppCoverages(AsyncAPIResource):
    """``client.routing_app_coverages``: /v1/routingAppCoverages"""

    async def create(
        self,
        *,
        body: RoutingAppCoverageCreateRequest | Mapping[str, Any] | None = None,
        file_size: int | None | UnsetType = UNSET,
        file_name: str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_createInstance

        POST /v1/routingAppCoverages

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-routingappcoverages
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        body = _support.document(
            body,
            file_size is not UNSET or file_name is not UNSET or app_store_version is not UNSET,
            "routingAppCoverages",
            None,
            {"fileSize": file_size, "fileName": file_name},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/routingAppCoverages",
            body=body,
            response_type=RoutingAppCoverageResponse,
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
        """routingAppCoverages_deleteInstance

        DELETE /v1/routingAppCoverages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-routingappcoverages-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/routingAppCoverages/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_routing_app_coverages: Sequence[_Enum0] | None = None,
        fields_app_store_versions: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_getInstance

        GET /v1/routingAppCoverages/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-routingappcoverages-_id_
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        return await self._client._call(
            "GET",
            path("/v1/routingAppCoverages/{id}", id=id),
            params={
                "fields[routingAppCoverages]": fields_routing_app_coverages,
                "fields[appStoreVersions]": fields_app_store_versions,
                "include": include,
            },
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: RoutingAppCoverageUpdateRequest | Mapping[str, Any] | None = None,
        source_file_checksum: str | None | UnsetType = UNSET,
        uploaded: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoutingAppCoverageResponse:
        """routingAppCoverages_updateInstance

        PATCH /v1/routingAppCoverages/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-routingappcoverages-_id_
        """
        from ascapi.models.routing_app_coverage_response import RoutingAppCoverageResponse

        body = _support.document(
            body,
            source_file_checksum is not UNSET or uploaded is not UNSET,
            "routingAppCoverages",
            id,
            {"sourceFileChecksum": source_file_checksum, "uploaded": uploaded},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/routingAppCoverages/{id}", id=id),
            body=body,
            response_type=RoutingAppCoverageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
