# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``merchant_ids`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.certificates_response import CertificatesResponse
    from ascapi.models.merchant_id import MerchantId
    from ascapi.models.merchant_id_certificates_linkages_response import (
        MerchantIdCertificatesLinkagesResponse,
        MerchantIdCertificatesLinkagesResponseData,
    )
    from ascapi.models.merchant_id_create_request import MerchantIdCreateRequest
    from ascapi.models.merchant_id_response import MerchantIdResponse
    from ascapi.models.merchant_id_update_request import MerchantIdUpdateRequest
    from ascapi.models.merchant_ids_response import MerchantIdsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["name", "identifier", "certificates"]
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
    _Enum2 = Literal["certificates"]
    _Enum3 = Literal["name", "-name", "identifier", "-identifier"]
    _Enum4 = Literal[
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
    _Enum5 = Literal[
        "displayName",
        "-displayName",
        "certificateType",
        "-certificateType",
        "serialNumber",
        "-serialNumber",
        "id",
        "-id",
    ]
    _Enum6 = Literal["passTypeId"]


class MerchantIds(SyncAPIResource):
    """``client.merchant_ids``: /v1/merchantIds"""

    @cached_property
    def certificates(self) -> MerchantIdsCertificates:
        return MerchantIdsCertificates(self._client)

    def create(
        self,
        *,
        body: MerchantIdCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        identifier: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_createInstance

        POST /v1/merchantIds

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-merchantids
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        body = _support.document(
            body,
            name is not UNSET or identifier is not UNSET,
            "merchantIds",
            None,
            {"name": name, "identifier": identifier},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/merchantIds",
            body=body,
            response_type=MerchantIdResponse,
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
        """merchantIds_deleteInstance

        DELETE /v1/merchantIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-merchantids-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/merchantIds/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_merchant_ids: Sequence[_Enum0] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_certificates: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_getInstance

        GET /v1/merchantIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        return self._client._call(
            "GET",
            path("/v1/merchantIds/{id}", id=id),
            params={
                "fields[merchantIds]": fields_merchant_ids,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
            },
            maxima={"limit[certificates]": 50},
            response_type=MerchantIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        sort: Sequence[_Enum3] | None = None,
        fields_merchant_ids: Sequence[_Enum0] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_certificates: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[MerchantIdsResponse, MerchantId]:
        """merchantIds_getCollection

        GET /v1/merchantIds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        from ascapi.models.merchant_ids_response import MerchantIdsResponse

        return self._client._get_page(
            "/v1/merchantIds",
            params={
                "filter[name]": filter_name,
                "filter[identifier]": filter_identifier,
                "sort": sort,
                "fields[merchantIds]": fields_merchant_ids,
                "fields[certificates]": fields_certificates,
                "limit": limit,
                "include": include,
                "limit[certificates]": limit_certificates,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[certificates]": 50},
            response_type=MerchantIdsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: MerchantIdUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_updateInstance

        PATCH /v1/merchantIds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-merchantids-_id_
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        body = _support.document(
            body,
            name is not UNSET,
            "merchantIds",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/merchantIds/{id}", id=id),
            body=body,
            response_type=MerchantIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class MerchantIdsCertificates(SyncAPIResource):
    """``client.merchant_ids.certificates``: /v1/merchantIds"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[MerchantIdCertificatesLinkagesResponse, MerchantIdCertificatesLinkagesResponseData]:
        """merchantIds_certificates_getToManyRelationship

        GET /v1/merchantIds/{id}/relationships/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        from ascapi.models.merchant_id_certificates_linkages_response import (
            MerchantIdCertificatesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/merchantIds/{id}/relationships/certificates", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=MerchantIdCertificatesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_display_name: Sequence[str] | None = None,
        filter_certificate_type: Sequence[_Enum4] | None = None,
        filter_serial_number: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum5] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[CertificatesResponse, Certificate]:
        """merchantIds_certificates_getToManyRelated

        GET /v1/merchantIds/{id}/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        from ascapi.models.certificates_response import CertificatesResponse

        return self._client._get_page(
            path("/v1/merchantIds/{id}/certificates", id=id),
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


class AsyncMerchantIds(AsyncAPIResource):
    """``client.merchant_ids``: /v1/merchantIds"""

    @cached_property
    def certificates(self) -> AsyncMerchantIdsCertificates:
        return AsyncMerchantIdsCertificates(self._client)

    async def create(
        self,
        *,
        body: MerchantIdCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        identifier: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_createInstance

        POST /v1/merchantIds

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-merchantids
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        body = _support.document(
            body,
            name is not UNSET or identifier is not UNSET,
            "merchantIds",
            None,
            {"name": name, "identifier": identifier},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/merchantIds",
            body=body,
            response_type=MerchantIdResponse,
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
        """merchantIds_deleteInstance

        DELETE /v1/merchantIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-merchantids-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/merchantIds/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_merchant_ids: Sequence[_Enum0] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_certificates: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_getInstance

        GET /v1/merchantIds/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        return await self._client._call(
            "GET",
            path("/v1/merchantIds/{id}", id=id),
            params={
                "fields[merchantIds]": fields_merchant_ids,
                "fields[certificates]": fields_certificates,
                "include": include,
                "limit[certificates]": limit_certificates,
            },
            maxima={"limit[certificates]": 50},
            response_type=MerchantIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_identifier: Sequence[str] | None = None,
        sort: Sequence[_Enum3] | None = None,
        fields_merchant_ids: Sequence[_Enum0] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_certificates: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[MerchantIdsResponse, MerchantId]:
        """merchantIds_getCollection

        GET /v1/merchantIds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids
        """
        from ascapi.models.merchant_ids_response import MerchantIdsResponse

        return self._client._get_page(
            "/v1/merchantIds",
            params={
                "filter[name]": filter_name,
                "filter[identifier]": filter_identifier,
                "sort": sort,
                "fields[merchantIds]": fields_merchant_ids,
                "fields[certificates]": fields_certificates,
                "limit": limit,
                "include": include,
                "limit[certificates]": limit_certificates,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[certificates]": 50},
            response_type=MerchantIdsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: MerchantIdUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> MerchantIdResponse:
        """merchantIds_updateInstance

        PATCH /v1/merchantIds/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-merchantids-_id_
        """
        from ascapi.models.merchant_id_response import MerchantIdResponse

        body = _support.document(
            body,
            name is not UNSET,
            "merchantIds",
            id,
            {"name": name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/merchantIds/{id}", id=id),
            body=body,
            response_type=MerchantIdResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncMerchantIdsCertificates(AsyncAPIResource):
    """``client.merchant_ids.certificates``: /v1/merchantIds"""

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
        MerchantIdCertificatesLinkagesResponse, MerchantIdCertificatesLinkagesResponseData
    ]:
        """merchantIds_certificates_getToManyRelationship

        GET /v1/merchantIds/{id}/relationships/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-relationships-certificates
        """
        from ascapi.models.merchant_id_certificates_linkages_response import (
            MerchantIdCertificatesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/merchantIds/{id}/relationships/certificates", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=MerchantIdCertificatesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_display_name: Sequence[str] | None = None,
        filter_certificate_type: Sequence[_Enum4] | None = None,
        filter_serial_number: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum5] | None = None,
        fields_certificates: Sequence[_Enum1] | None = None,
        fields_pass_type_ids: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CertificatesResponse, Certificate]:
        """merchantIds_certificates_getToManyRelated

        GET /v1/merchantIds/{id}/certificates

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-merchantids-_id_-certificates
        """
        from ascapi.models.certificates_response import CertificatesResponse

        return self._client._get_page(
            path("/v1/merchantIds/{id}/certificates", id=id),
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
