# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_offer_code_one_time_use_codes`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    import datetime as _dt
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.in_app_purchase_offer_code_one_time_use_code_create_request import (
        InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
        InAppPurchaseOfferCodeOneTimeUseCodeResponse,
    )
    from ascapi.models.in_app_purchase_offer_code_one_time_use_code_update_request import (
        InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["PRODUCTION", "SANDBOX"]
    _Enum1 = Literal[
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "environment",
        "values",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum2 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum3 = Literal["createdByActor", "deactivatedByActor"]


class InAppPurchaseOfferCodeOneTimeUseCodes(SyncAPIResource):
    """``client.in_app_purchase_offer_code_one_time_use_codes``: /v1/inAppPurchaseOfferCodeOneTimeUseCodes"""

    @cached_property
    def values(self) -> InAppPurchaseOfferCodeOneTimeUseCodesValues:
        return InAppPurchaseOfferCodeOneTimeUseCodesValues(self._client)

    def create(
        self,
        *,
        body: InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        environment: _Enum0 | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_createInstance

        POST /v1/inAppPurchaseOfferCodeOneTimeUseCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodeonetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            number_of_codes is not UNSET
            or expiration_date is not UNSET
            or environment is not UNSET
            or offer_code is not UNSET,
            "inAppPurchaseOfferCodeOneTimeUseCodes",
            None,
            {
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
                "environment": environment,
            },
            {"offerCode": ("inAppPurchaseOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodeOneTimeUseCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum1] | None = None,
        fields_actors: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_getInstance

        GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[actors]": fields_actors,
                "include": include,
            },
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodeOneTimeUseCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class InAppPurchaseOfferCodeOneTimeUseCodesValues(SyncAPIResource):
    """``client.in_app_purchase_offer_code_one_time_use_codes.values``: /v1/inAppPurchaseOfferCodeOneTimeUseCodes"""

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """inAppPurchaseOfferCodeOneTimeUseCodes_values_getToOneRelated

        GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_-values
        """
        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values", id=id),
            result="text",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodeOneTimeUseCodes(AsyncAPIResource):
    """``client.in_app_purchase_offer_code_one_time_use_codes``: /v1/inAppPurchaseOfferCodeOneTimeUseCodes"""

    @cached_property
    def values(self) -> AsyncInAppPurchaseOfferCodeOneTimeUseCodesValues:
        return AsyncInAppPurchaseOfferCodeOneTimeUseCodesValues(self._client)

    async def create(
        self,
        *,
        body: InAppPurchaseOfferCodeOneTimeUseCodeCreateRequest | Mapping[str, Any] | None = None,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        environment: _Enum0 | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_createInstance

        POST /v1/inAppPurchaseOfferCodeOneTimeUseCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodeonetimeusecodes
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            number_of_codes is not UNSET
            or expiration_date is not UNSET
            or environment is not UNSET
            or offer_code is not UNSET,
            "inAppPurchaseOfferCodeOneTimeUseCodes",
            None,
            {
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
                "environment": environment,
            },
            {"offerCode": ("inAppPurchaseOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodeOneTimeUseCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_one_time_use_codes: Sequence[_Enum1] | None = None,
        fields_actors: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_getInstance

        GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodeOneTimeUseCodes]": fields_in_app_purchase_offer_code_one_time_use_codes,
                "fields[actors]": fields_actors,
                "include": include,
            },
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeOneTimeUseCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeOneTimeUseCodeResponse:
        """inAppPurchaseOfferCodeOneTimeUseCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodeonetimeusecodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_one_time_use_code_response import (
            InAppPurchaseOfferCodeOneTimeUseCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodeOneTimeUseCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeOneTimeUseCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodeOneTimeUseCodesValues(AsyncAPIResource):
    """``client.in_app_purchase_offer_code_one_time_use_codes.values``: /v1/inAppPurchaseOfferCodeOneTimeUseCodes"""

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """inAppPurchaseOfferCodeOneTimeUseCodes_values_getToOneRelated

        GET /v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodeonetimeusecodes-_id_-values
        """
        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeOneTimeUseCodes/{id}/values", id=id),
            result="text",
            options=options(extra_headers, extra_query, timeout),
        )
