# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``in_app_purchase_offer_code_custom_codes`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.in_app_purchase_offer_code_custom_code_create_request import (
        InAppPurchaseOfferCodeCustomCodeCreateRequest,
    )
    from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
        InAppPurchaseOfferCodeCustomCodeResponse,
    )
    from ascapi.models.in_app_purchase_offer_code_custom_code_update_request import (
        InAppPurchaseOfferCodeCustomCodeUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "customCode",
        "numberOfCodes",
        "createdDate",
        "expirationDate",
        "active",
        "createdByActor",
        "deactivatedByActor",
    ]
    _Enum1 = Literal["actorType", "userFirstName", "userLastName", "userEmail", "apiKeyId"]
    _Enum2 = Literal["createdByActor", "deactivatedByActor"]


class InAppPurchaseOfferCodeCustomCodes(SyncAPIResource):
    """``client.in_app_purchase_offer_code_custom_codes``: /v1/inAppPurchaseOfferCodeCustomCodes"""

    def create(
        self,
        *,
        body: InAppPurchaseOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        custom_code: str | None | UnsetType = UNSET,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_createInstance

        POST /v1/inAppPurchaseOfferCodeCustomCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodecustomcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            custom_code is not UNSET
            or number_of_codes is not UNSET
            or expiration_date is not UNSET
            or offer_code is not UNSET,
            "inAppPurchaseOfferCodeCustomCodes",
            None,
            {
                "customCode": custom_code,
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
            },
            {"offerCode": ("inAppPurchaseOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodeCustomCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum0] | None = None,
        fields_actors: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_getInstance

        GET /v1/inAppPurchaseOfferCodeCustomCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeCustomCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[actors]": fields_actors,
                "include": include,
            },
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodeCustomCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodeCustomCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodeCustomCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncInAppPurchaseOfferCodeCustomCodes(AsyncAPIResource):
    """``client.in_app_purchase_offer_code_custom_codes``: /v1/inAppPurchaseOfferCodeCustomCodes"""

    async def create(
        self,
        *,
        body: InAppPurchaseOfferCodeCustomCodeCreateRequest | Mapping[str, Any] | None = None,
        custom_code: str | None | UnsetType = UNSET,
        number_of_codes: int | None | UnsetType = UNSET,
        expiration_date: _dt.date | str | None | UnsetType = UNSET,
        offer_code: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_createInstance

        POST /v1/inAppPurchaseOfferCodeCustomCodes

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-inapppurchaseoffercodecustomcodes
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            custom_code is not UNSET
            or number_of_codes is not UNSET
            or expiration_date is not UNSET
            or offer_code is not UNSET,
            "inAppPurchaseOfferCodeCustomCodes",
            None,
            {
                "customCode": custom_code,
                "numberOfCodes": number_of_codes,
                "expirationDate": _support.day(expiration_date, "expiration_date"),
            },
            {"offerCode": ("inAppPurchaseOfferCodes", False, offer_code)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/inAppPurchaseOfferCodeCustomCodes",
            body=body,
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_in_app_purchase_offer_code_custom_codes: Sequence[_Enum0] | None = None,
        fields_actors: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_getInstance

        GET /v1/inAppPurchaseOfferCodeCustomCodes/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/inAppPurchaseOfferCodeCustomCodes/{id}", id=id),
            params={
                "fields[inAppPurchaseOfferCodeCustomCodes]": fields_in_app_purchase_offer_code_custom_codes,
                "fields[actors]": fields_actors,
                "include": include,
            },
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: InAppPurchaseOfferCodeCustomCodeUpdateRequest | Mapping[str, Any] | None = None,
        active: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> InAppPurchaseOfferCodeCustomCodeResponse:
        """inAppPurchaseOfferCodeCustomCodes_updateInstance

        PATCH /v1/inAppPurchaseOfferCodeCustomCodes/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-inapppurchaseoffercodecustomcodes-_id_
        """
        from ascapi.models.in_app_purchase_offer_code_custom_code_response import (
            InAppPurchaseOfferCodeCustomCodeResponse,
        )

        body = _support.document(
            body,
            active is not UNSET,
            "inAppPurchaseOfferCodeCustomCodes",
            id,
            {"active": active},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/inAppPurchaseOfferCodeCustomCodes/{id}", id=id),
            body=body,
            response_type=InAppPurchaseOfferCodeCustomCodeResponse,
            options=options(extra_headers, extra_query, timeout),
        )
