# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``android_to_ios_app_mapping_details`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.android_to_ios_app_mapping_detail_create_request import (
        AndroidToIosAppMappingDetailCreateRequest,
    )
    from ascapi.models.android_to_ios_app_mapping_detail_response import (
        AndroidToIosAppMappingDetailResponse,
    )
    from ascapi.models.android_to_ios_app_mapping_detail_update_request import (
        AndroidToIosAppMappingDetailUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["packageName", "appSigningKeyPublicCertificateSha256Fingerprints"]


class AndroidToIosAppMappingDetails(SyncAPIResource):
    """``client.android_to_ios_app_mapping_details``: /v1/androidToIosAppMappingDetails"""

    def create(
        self,
        *,
        body: AndroidToIosAppMappingDetailCreateRequest | Mapping[str, Any] | None = None,
        package_name: str | None | UnsetType = UNSET,
        app_signing_key_public_certificate_sha256_fingerprints: Sequence[str]
        | None
        | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_createInstance

        POST /v1/androidToIosAppMappingDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-androidtoiosappmappingdetails
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        body = _support.document(
            body,
            package_name is not UNSET
            or app_signing_key_public_certificate_sha256_fingerprints is not UNSET
            or app is not UNSET,
            "androidToIosAppMappingDetails",
            None,
            {
                "packageName": package_name,
                "appSigningKeyPublicCertificateSha256Fingerprints": app_signing_key_public_certificate_sha256_fingerprints,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/androidToIosAppMappingDetails",
            body=body,
            response_type=AndroidToIosAppMappingDetailResponse,
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
        """androidToIosAppMappingDetails_deleteInstance

        DELETE /v1/androidToIosAppMappingDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-androidtoiosappmappingdetails-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_getInstance

        GET /v1/androidToIosAppMappingDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-androidtoiosappmappingdetails-_id_
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            params={
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details
            },
            response_type=AndroidToIosAppMappingDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AndroidToIosAppMappingDetailUpdateRequest | Mapping[str, Any] | None = None,
        package_name: str | None | UnsetType = UNSET,
        app_signing_key_public_certificate_sha256_fingerprints: Sequence[str]
        | None
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_updateInstance

        PATCH /v1/androidToIosAppMappingDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-androidtoiosappmappingdetails-_id_
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        body = _support.document(
            body,
            package_name is not UNSET
            or app_signing_key_public_certificate_sha256_fingerprints is not UNSET,
            "androidToIosAppMappingDetails",
            id,
            {
                "packageName": package_name,
                "appSigningKeyPublicCertificateSha256Fingerprints": app_signing_key_public_certificate_sha256_fingerprints,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            body=body,
            response_type=AndroidToIosAppMappingDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAndroidToIosAppMappingDetails(AsyncAPIResource):
    """``client.android_to_ios_app_mapping_details``: /v1/androidToIosAppMappingDetails"""

    async def create(
        self,
        *,
        body: AndroidToIosAppMappingDetailCreateRequest | Mapping[str, Any] | None = None,
        package_name: str | None | UnsetType = UNSET,
        app_signing_key_public_certificate_sha256_fingerprints: Sequence[str]
        | None
        | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_createInstance

        POST /v1/androidToIosAppMappingDetails

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-androidtoiosappmappingdetails
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        body = _support.document(
            body,
            package_name is not UNSET
            or app_signing_key_public_certificate_sha256_fingerprints is not UNSET
            or app is not UNSET,
            "androidToIosAppMappingDetails",
            None,
            {
                "packageName": package_name,
                "appSigningKeyPublicCertificateSha256Fingerprints": app_signing_key_public_certificate_sha256_fingerprints,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/androidToIosAppMappingDetails",
            body=body,
            response_type=AndroidToIosAppMappingDetailResponse,
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
        """androidToIosAppMappingDetails_deleteInstance

        DELETE /v1/androidToIosAppMappingDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-androidtoiosappmappingdetails-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_android_to_ios_app_mapping_details: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_getInstance

        GET /v1/androidToIosAppMappingDetails/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-androidtoiosappmappingdetails-_id_
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            params={
                "fields[androidToIosAppMappingDetails]": fields_android_to_ios_app_mapping_details
            },
            response_type=AndroidToIosAppMappingDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AndroidToIosAppMappingDetailUpdateRequest | Mapping[str, Any] | None = None,
        package_name: str | None | UnsetType = UNSET,
        app_signing_key_public_certificate_sha256_fingerprints: Sequence[str]
        | None
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AndroidToIosAppMappingDetailResponse:
        """androidToIosAppMappingDetails_updateInstance

        PATCH /v1/androidToIosAppMappingDetails/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-androidtoiosappmappingdetails-_id_
        """
        from ascapi.models.android_to_ios_app_mapping_detail_response import (
            AndroidToIosAppMappingDetailResponse,
        )

        body = _support.document(
            body,
            package_name is not UNSET
            or app_signing_key_public_certificate_sha256_fingerprints is not UNSET,
            "androidToIosAppMappingDetails",
            id,
            {
                "packageName": package_name,
                "appSigningKeyPublicCertificateSha256Fingerprints": app_signing_key_public_certificate_sha256_fingerprints,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/androidToIosAppMappingDetails/{id}", id=id),
            body=body,
            response_type=AndroidToIosAppMappingDetailResponse,
            options=options(extra_headers, extra_query, timeout),
        )
