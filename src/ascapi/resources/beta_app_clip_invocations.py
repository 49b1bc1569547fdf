# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_app_clip_invocations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_app_clip_invocation_create_request import (
        BetaAppClipInvocationCreateRequest,
    )
    from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
        BetaAppClipInvocationLocalizationInlineCreate,
    )
    from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse
    from ascapi.models.beta_app_clip_invocation_update_request import (
        BetaAppClipInvocationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["url", "betaAppClipInvocationLocalizations"]
    _Enum1 = Literal["title", "locale"]
    _Enum2 = Literal["betaAppClipInvocationLocalizations"]


class BetaAppClipInvocations(SyncAPIResource):
    """``client.beta_app_clip_invocations``: /v1/betaAppClipInvocations"""

    def create(
        self,
        *,
        body: BetaAppClipInvocationCreateRequest | Mapping[str, Any] | None = None,
        url: str | None | UnsetType = UNSET,
        build_bundle: str | None | UnsetType = UNSET,
        beta_app_clip_invocation_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[BetaAppClipInvocationLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_createInstance

        POST /v1/betaAppClipInvocations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocations
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        body = _support.document(
            body,
            url is not UNSET
            or build_bundle is not UNSET
            or beta_app_clip_invocation_localizations is not UNSET
            or included is not UNSET,
            "betaAppClipInvocations",
            None,
            {"url": url},
            {
                "buildBundle": ("buildBundles", False, build_bundle),
                "betaAppClipInvocationLocalizations": (
                    "betaAppClipInvocationLocalizations",
                    True,
                    beta_app_clip_invocation_localizations,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return self._client._call(
            "POST",
            "/v1/betaAppClipInvocations",
            body=body,
            response_type=BetaAppClipInvocationResponse,
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
        """betaAppClipInvocations_deleteInstance

        DELETE /v1/betaAppClipInvocations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_app_clip_invocations: Sequence[_Enum0] | None = None,
        fields_beta_app_clip_invocation_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_getInstance

        GET /v1/betaAppClipInvocations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappclipinvocations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        return self._client._call(
            "GET",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            params={
                "fields[betaAppClipInvocations]": fields_beta_app_clip_invocations,
                "fields[betaAppClipInvocationLocalizations]": fields_beta_app_clip_invocation_localizations,
                "include": include,
                "limit[betaAppClipInvocationLocalizations]": limit_beta_app_clip_invocation_localizations,
            },
            maxima={"limit[betaAppClipInvocationLocalizations]": 50},
            response_type=BetaAppClipInvocationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaAppClipInvocationUpdateRequest | Mapping[str, Any] | None = None,
        url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_updateInstance

        PATCH /v1/betaAppClipInvocations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        body = _support.document(
            body,
            url is not UNSET,
            "betaAppClipInvocations",
            id,
            {"url": url},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            body=body,
            response_type=BetaAppClipInvocationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppClipInvocations(AsyncAPIResource):
    """``client.beta_app_clip_invocations``: /v1/betaAppClipInvocations"""

    async def create(
        self,
        *,
        body: BetaAppClipInvocationCreateRequest | Mapping[str, Any] | None = None,
        url: str | None | UnsetType = UNSET,
        build_bundle: str | None | UnsetType = UNSET,
        beta_app_clip_invocation_localizations: Sequence[str] | str | None | UnsetType = UNSET,
        included: Sequence[BetaAppClipInvocationLocalizationInlineCreate | Mapping[str, Any]]
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_createInstance

        POST /v1/betaAppClipInvocations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        ``included`` holds the resources created along with it; relationships name
        them by their local ids (e.g. ``"${price-1}"``).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocations
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        body = _support.document(
            body,
            url is not UNSET
            or build_bundle is not UNSET
            or beta_app_clip_invocation_localizations is not UNSET
            or included is not UNSET,
            "betaAppClipInvocations",
            None,
            {"url": url},
            {
                "buildBundle": ("buildBundles", False, build_bundle),
                "betaAppClipInvocationLocalizations": (
                    "betaAppClipInvocationLocalizations",
                    True,
                    beta_app_clip_invocation_localizations,
                ),
            },
            attributes_required=True,
            included=included,
        )
        return await self._client._call(
            "POST",
            "/v1/betaAppClipInvocations",
            body=body,
            response_type=BetaAppClipInvocationResponse,
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
        """betaAppClipInvocations_deleteInstance

        DELETE /v1/betaAppClipInvocations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_app_clip_invocations: Sequence[_Enum0] | None = None,
        fields_beta_app_clip_invocation_localizations: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        limit_beta_app_clip_invocation_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_getInstance

        GET /v1/betaAppClipInvocations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betaappclipinvocations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        return await self._client._call(
            "GET",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            params={
                "fields[betaAppClipInvocations]": fields_beta_app_clip_invocations,
                "fields[betaAppClipInvocationLocalizations]": fields_beta_app_clip_invocation_localizations,
                "include": include,
                "limit[betaAppClipInvocationLocalizations]": limit_beta_app_clip_invocation_localizations,
            },
            maxima={"limit[betaAppClipInvocationLocalizations]": 50},
            response_type=BetaAppClipInvocationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaAppClipInvocationUpdateRequest | Mapping[str, Any] | None = None,
        url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationResponse:
        """betaAppClipInvocations_updateInstance

        PATCH /v1/betaAppClipInvocations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_response import BetaAppClipInvocationResponse

        body = _support.document(
            body,
            url is not UNSET,
            "betaAppClipInvocations",
            id,
            {"url": url},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaAppClipInvocations/{id}", id=id),
            body=body,
            response_type=BetaAppClipInvocationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
