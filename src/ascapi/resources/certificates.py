# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``certificates`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.certificate import Certificate
    from ascapi.models.certificate_create_request import CertificateCreateRequest
    from ascapi.models.certificate_pass_type_id_linkage_response import (
        CertificatePassTypeIdLinkageResponse,
    )
    from ascapi.models.certificate_response import CertificateResponse
    from ascapi.models.certificate_update_request import CertificateUpdateRequest
    from ascapi.models.certificates_response import CertificatesResponse
    from ascapi.models.pass_type_id_response import PassTypeIdResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "APPLE_PAY",
        "APPLE_PAY_MERCHANT_IDENTITY",
        "APPLE_PAY_PSP_IDENTITY",
        "APPLE_PAY_RSA",
        "DEVELOPER_ID_KEXT",
        "DEVELOPER_ID_KEXT_G2",
        "DEVELOPER_ID_APPLICATION",
        "DEVELOPER_ID_APPLICATION_G2",
        "DEVELOPMENT",
        "DISTRIBUTION",
        "IDENTITY_ACCESS",
        "IOS_DEVELOPMENT",
        "IOS_DISTRIBUTION",
        "MAC_APP_DISTRIBUTION",
        "MAC_INSTALLER_DISTRIBUTION",
        "MAC_APP_DEVELOPMENT",
        "PASS_TYPE_ID",
        "PASS_TYPE_ID_WITH_NFC",
    ]
    _Enum1 = Literal[
        "name",
        "certificateType",
        "displayName",
        "serialNumber",
        "platform",
        "expirationDate",
        "certificateContent",
        "activated",
        "passTypeId",
    ]
    _Enum2 = Literal["name", "identifier", "certificates"]
    _Enum3 = Literal["passTypeId"]
    _Enum4 = Literal[
        "displayName",
        "-displayName",
        "certificateType",
        "-certificateType",
        "serialNumber",
        "-serialNumber",
        "id",
        "-id",
    ]
    _Enum5 = Literal["certificates"]


class Certificates(SyncAPIResource):
    """``client.certificates``: /v1/certificates"""

    @cached_property
    def pass_type_id(self) -> CertificatesPassTypeId:
        return CertificatesPassTypeId(self._client)

    def create(
        self,
        *,
        body: CertificateCreateRequest | Mapping[str, Any] | None = None,
        csr_content: str | None | UnsetType = UNSET,
        certificate_type: _Enum0 | str | None | UnsetType = UNSET,
        merchant_id: str | None | UnsetType = UNSET,
        pass_type_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_createInstance

        POST /v1/certificates

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-certificates
        """
        from ascapi.models.certificate_response import CertificateResponse

        body = _support.document(
            body,
            csr_content is not UNSET
            or certificate_type is not UNSET
            or merchant_id is not UNSET
            or pass_type_id is not UNSET,
            "certificates",
            None,
            {"csrContent": csr_content, "certificateType": certificate_type},
            {
                "merchantId": ("merchantIds", False, merchant_id),
                "passTypeId": ("passTypeIds", False, pass_type_id),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/certificates",
            body=body,
            response_type=CertificateResponse,
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
        """certificates_deleteInstance

        DELETE /v1/certificates/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-certificates-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/certificates/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_getInstance

        GET /v1/certificates/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_
        """
        from ascapi.models.certificate_response import CertificateResponse

        return self._client._call(
            "GET",
            path("/v1/certificates/{id}", id=id),
            params={
                "fields[certificates]": fields_certificates,
                "fields[passTypeIds]": fields_pass_type_ids,
                "include": include,
            },
            response_type=CertificateResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_display_name: Sequence[str] | None = None,
        filter_certificate_type: Sequence[_Enum0] | None = None,
        filter_serial_number: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CertificatesResponse, Certificate]:
        """certificates_getCollection

        GET /v1/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        from ascapi.models.certificates_response import CertificatesResponse

        return self._client._get_page(
            "/v1/certificates",
            params={
                "filter[displayName]": filter_display_name,
                "filter[certificateType]": filter_certificate_type,
                "filter[serialNumber]": filter_serial_number,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[certificates]": fields_certificates,
                "fields[passTypeIds]": fields_pass_type_ids,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CertificatesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: CertificateUpdateRequest | Mapping[str, Any] | None = None,
        activated: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_updateInstance

        PATCH /v1/certificates/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-certificates-_id_
        """
        from ascapi.models.certificate_response import CertificateResponse

        body = _support.document(
            body,
            activated is not UNSET,
            "certificates",
            id,
            {"activated": activated},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/certificates/{id}", id=id),
            body=body,
            response_type=CertificateResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class CertificatesPassTypeId(SyncAPIResource):
    """``client.certificates.pass_type_id``: /v1/certificates"""

    def get(
        self,
        id: str,
        *,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PassTypeIdResponse:
        """certificates_passTypeId_getToOneRelated

        GET /v1/certificates/{id}/passTypeId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid
        """
        from ascapi.models.pass_type_id_response import PassTypeIdResponse

        return self._client._call(
            "GET",
            path("/v1/certificates/{id}/passTypeId", id=id),
            params={
                "fields[passTypeIds]": fields_pass_type_ids,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
            },
            maxima={"limit[certificates]": 50},
            response_type=PassTypeIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificatePassTypeIdLinkageResponse:
        """certificates_passTypeId_getToOneRelationship

        GET /v1/certificates/{id}/relationships/passTypeId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-relationships-passtypeid
        """
        from ascapi.models.certificate_pass_type_id_linkage_response import (
            CertificatePassTypeIdLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/certificates/{id}/relationships/passTypeId", id=id),
            response_type=CertificatePassTypeIdLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCertificates(AsyncAPIResource):
    """``client.certificates``: /v1/certificates"""

    @cached_property
    def pass_type_id(self) -> AsyncCertificatesPassTypeId:
        return AsyncCertificatesPassTypeId(self._client)

    async def create(
        self,
        *,
        body: CertificateCreateRequest | Mapping[str, Any] | None = None,
        csr_content: str | None | UnsetType = UNSET,
        certificate_type: _Enum0 | str | None | UnsetType = UNSET,
        merchant_id: str | None | UnsetType = UNSET,
        pass_type_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_createInstance

        POST /v1/certificates

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-certificates
        """
        from ascapi.models.certificate_response import CertificateResponse

        body = _support.document(
            body,
            csr_content is not UNSET
            or certificate_type is not UNSET
            or merchant_id is not UNSET
            or pass_type_id is not UNSET,
            "certificates",
            None,
            {"csrContent": csr_content, "certificateType": certificate_type},
            {
                "merchantId": ("merchantIds", False, merchant_id),
                "passTypeId": ("passTypeIds", False, pass_type_id),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/certificates",
            body=body,
            response_type=CertificateResponse,
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
        """certificates_deleteInstance

        DELETE /v1/certificates/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-certificates-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/certificates/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_getInstance

        GET /v1/certificates/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_
        """
        from ascapi.models.certificate_response import CertificateResponse

        return await self._client._call(
            "GET",
            path("/v1/certificates/{id}", id=id),
            params={
                "fields[certificates]": fields_certificates,
                "fields[passTypeIds]": fields_pass_type_ids,
                "include": include,
            },
            response_type=CertificateResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_display_name: Sequence[str] | None = None,
        filter_certificate_type: Sequence[_Enum0] | None = None,
        filter_serial_number: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum3] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CertificatesResponse, Certificate]:
        """certificates_getCollection

        GET /v1/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates
        """
        from ascapi.models.certificates_response import CertificatesResponse

        return self._client._get_page(
            "/v1/certificates",
            params={
                "filter[displayName]": filter_display_name,
                "filter[certificateType]": filter_certificate_type,
                "filter[serialNumber]": filter_serial_number,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[certificates]": fields_certificates,
                "fields[passTypeIds]": fields_pass_type_ids,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=CertificatesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: CertificateUpdateRequest | Mapping[str, Any] | None = None,
        activated: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificateResponse:
        """certificates_updateInstance

        PATCH /v1/certificates/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-certificates-_id_
        """
        from ascapi.models.certificate_response import CertificateResponse

        body = _support.document(
            body,
            activated is not UNSET,
            "certificates",
            id,
            {"activated": activated},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/certificates/{id}", id=id),
            body=body,
            response_type=CertificateResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCertificatesPassTypeId(AsyncAPIResource):
    """``client.certificates.pass_type_id``: /v1/certificates"""

    async def get(
        self,
        id: str,
        *,
        fields_pass_type_ids: Sequence[_Enum2] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_certificates: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PassTypeIdResponse:
        """certificates_passTypeId_getToOneRelated

        GET /v1/certificates/{id}/passTypeId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-passtypeid
        """
        from ascapi.models.pass_type_id_response import PassTypeIdResponse

        return await self._client._call(
            "GET",
            path("/v1/certificates/{id}/passTypeId", id=id),
            params={
                "fields[passTypeIds]": fields_pass_type_ids,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
            },
            maxima={"limit[certificates]": 50},
            response_type=PassTypeIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CertificatePassTypeIdLinkageResponse:
        """certificates_passTypeId_getToOneRelationship

        GET /v1/certificates/{id}/relationships/passTypeId

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-certificates-_id_-relationships-passtypeid
        """
        from ascapi.models.certificate_pass_type_id_linkage_response import (
            CertificatePassTypeIdLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/certificates/{id}/relationships/passTypeId", id=id),
            response_type=CertificatePassTypeIdLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
