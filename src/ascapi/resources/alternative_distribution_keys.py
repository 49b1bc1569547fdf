# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``alternative_distribution_keys`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.alternative_distribution_key import AlternativeDistributionKey
    from ascapi.models.alternative_distribution_key_create_request import (
        AlternativeDistributionKeyCreateRequest,
    )
    from ascapi.models.alternative_distribution_key_response import (
        AlternativeDistributionKeyResponse,
    )
    from ascapi.models.alternative_distribution_keys_response import (
        AlternativeDistributionKeysResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["publicKey"]


class AlternativeDistributionKeys(SyncAPIResource):
    """``client.alternative_distribution_keys``: /v1/alternativeDistributionKeys"""

    def create(
        self,
        *,
        body: AlternativeDistributionKeyCreateRequest | Mapping[str, Any] | None = None,
        public_key: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """alternativeDistributionKeys_createInstance

        POST /v1/alternativeDistributionKeys

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionkeys
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        body = _support.document(
            body,
            public_key is not UNSET or app is not UNSET,
            "alternativeDistributionKeys",
            None,
            {"publicKey": public_key},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/alternativeDistributionKeys",
            body=body,
            response_type=AlternativeDistributionKeyResponse,
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
        """alternativeDistributionKeys_deleteInstance

        DELETE /v1/alternativeDistributionKeys/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributionkeys-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/alternativeDistributionKeys/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_keys: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """alternativeDistributionKeys_getInstance

        GET /v1/alternativeDistributionKeys/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys-_id_
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/alternativeDistributionKeys/{id}", id=id),
            params={"fields[alternativeDistributionKeys]": fields_alternative_distribution_keys},
            response_type=AlternativeDistributionKeyResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AlternativeDistributionKeysResponse, AlternativeDistributionKey]:
        """alternativeDistributionKeys_getCollection

        GET /v1/alternativeDistributionKeys

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        from ascapi.models.alternative_distribution_keys_response import (
            AlternativeDistributionKeysResponse,
        )

        return self._client._get_page(
            "/v1/alternativeDistributionKeys",
            params={
                "exists[app]": exists_app,
                "fields[alternativeDistributionKeys]": fields_alternative_distribution_keys,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionKeysResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAlternativeDistributionKeys(AsyncAPIResource):
    """``client.alternative_distribution_keys``: /v1/alternativeDistributionKeys"""

    async def create(
        self,
        *,
        body: AlternativeDistributionKeyCreateRequest | Mapping[str, Any] | None = None,
        public_key: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """alternativeDistributionKeys_createInstance

        POST /v1/alternativeDistributionKeys

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-alternativedistributionkeys
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        body = _support.document(
            body,
            public_key is not UNSET or app is not UNSET,
            "alternativeDistributionKeys",
            None,
            {"publicKey": public_key},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/alternativeDistributionKeys",
            body=body,
            response_type=AlternativeDistributionKeyResponse,
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
        """alternativeDistributionKeys_deleteInstance

        DELETE /v1/alternativeDistributionKeys/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-alternativedistributionkeys-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/alternativeDistributionKeys/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_alternative_distribution_keys: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AlternativeDistributionKeyResponse:
        """alternativeDistributionKeys_getInstance

        GET /v1/alternativeDistributionKeys/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys-_id_
        """
        from ascapi.models.alternative_distribution_key_response import (
            AlternativeDistributionKeyResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/alternativeDistributionKeys/{id}", id=id),
            params={"fields[alternativeDistributionKeys]": fields_alternative_distribution_keys},
            response_type=AlternativeDistributionKeyResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        exists_app: bool | None = None,
        fields_alternative_distribution_keys: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AlternativeDistributionKeysResponse, AlternativeDistributionKey]:
        """alternativeDistributionKeys_getCollection

        GET /v1/alternativeDistributionKeys

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-alternativedistributionkeys
        """
        from ascapi.models.alternative_distribution_keys_response import (
            AlternativeDistributionKeysResponse,
        )

        return self._client._get_page(
            "/v1/alternativeDistributionKeys",
            params={
                "exists[app]": exists_app,
                "fields[alternativeDistributionKeys]": fields_alternative_distribution_keys,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AlternativeDistributionKeysResponse,
            options=options(extra_headers, extra_query, timeout),
        )
