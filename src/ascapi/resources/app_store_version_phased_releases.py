# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_phased_releases`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_store_version_phased_release_create_request import (
        AppStoreVersionPhasedReleaseCreateRequest,
    )
    from ascapi.models.app_store_version_phased_release_response import (
        AppStoreVersionPhasedReleaseResponse,
    )
    from ascapi.models.app_store_version_phased_release_update_request import (
        AppStoreVersionPhasedReleaseUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["INACTIVE", "ACTIVE", "PAUSED", "COMPLETE"]


class AppStoreVersionPhasedReleases(SyncAPIResource):
    """``client.app_store_version_phased_releases``: /v1/appStoreVersionPhasedReleases"""

    def create(
        self,
        *,
        body: AppStoreVersionPhasedReleaseCreateRequest | Mapping[str, Any] | None = None,
        phased_release_state: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """appStoreVersionPhasedReleases_createInstance

        POST /v1/appStoreVersionPhasedReleases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionphasedreleases
        """
        from ascapi.models.app_store_version_phased_release_response import (
            AppStoreVersionPhasedReleaseResponse,
        )

        body = _support.document(
            body,
            phased_release_state is not UNSET or app_store_version is not UNSET,
            "appStoreVersionPhasedReleases",
            None,
            {"phasedReleaseState": phased_release_state},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/appStoreVersionPhasedReleases",
            body=body,
            response_type=AppStoreVersionPhasedReleaseResponse,
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
        """appStoreVersionPhasedReleases_deleteInstance

        DELETE /v1/appStoreVersionPhasedReleases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionphasedreleases-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionPhasedReleases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppStoreVersionPhasedReleaseUpdateRequest | Mapping[str, Any] | None = None,
        phased_release_state: _Enum0 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """appStoreVersionPhasedReleases_updateInstance

        PATCH /v1/appStoreVersionPhasedReleases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionphasedreleases-_id_
        """
        from ascapi.models.app_store_version_phased_release_response import (
            AppStoreVersionPhasedReleaseResponse,
        )

        body = _support.document(
            body,
            phased_release_state is not UNSET,
            "appStoreVersionPhasedReleases",
            id,
            {"phasedReleaseState": phased_release_state},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appStoreVersionPhasedReleases/{id}", id=id),
            body=body,
            response_type=AppStoreVersionPhasedReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionPhasedReleases(AsyncAPIResource):
    """``client.app_store_version_phased_releases``: /v1/appStoreVersionPhasedReleases"""

    async def create(
        self,
        *,
        body: AppStoreVersionPhasedReleaseCreateRequest | Mapping[str, Any] | None = None,
        phased_release_state: _Enum0 | str | None | UnsetType = UNSET,
        app_store_version: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """appStoreVersionPhasedReleases_createInstance

        POST /v1/appStoreVersionPhasedReleases

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appstoreversionphasedreleases
        """
        from ascapi.models.app_store_version_phased_release_response import (
            AppStoreVersionPhasedReleaseResponse,
        )

        body = _support.document(
            body,
            phased_release_state is not UNSET or app_store_version is not UNSET,
            "appStoreVersionPhasedReleases",
            None,
            {"phasedReleaseState": phased_release_state},
            {"appStoreVersion": ("appStoreVersions", False, app_store_version)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/appStoreVersionPhasedReleases",
            body=body,
            response_type=AppStoreVersionPhasedReleaseResponse,
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
        """appStoreVersionPhasedReleases_deleteInstance

        DELETE /v1/appStoreVersionPhasedReleases/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionphasedreleases-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionPhasedReleases/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppStoreVersionPhasedReleaseUpdateRequest | Mapping[str, Any] | None = None,
        phased_release_state: _Enum0 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppStoreVersionPhasedReleaseResponse:
        """appStoreVersionPhasedReleases_updateInstance

        PATCH /v1/appStoreVersionPhasedReleases/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appstoreversionphasedreleases-_id_
        """
        from ascapi.models.app_store_version_phased_release_response import (
            AppStoreVersionPhasedReleaseResponse,
        )

        body = _support.document(
            body,
            phased_release_state is not UNSET,
            "appStoreVersionPhasedReleases",
            id,
            {"phasedReleaseState": phased_release_state},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appStoreVersionPhasedReleases/{id}", id=id),
            body=body,
            response_type=AppStoreVersionPhasedReleaseResponse,
            options=options(extra_headers, extra_query, timeout),
        )
