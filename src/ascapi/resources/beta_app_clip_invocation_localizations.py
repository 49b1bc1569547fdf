# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_app_clip_invocation_localizations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_app_clip_invocation_localization_create_request import (
        BetaAppClipInvocationLocalizationCreateRequest,
    )
    from ascapi.models.beta_app_clip_invocation_localization_response import (
        BetaAppClipInvocationLocalizationResponse,
    )
    from ascapi.models.beta_app_clip_invocation_localization_update_request import (
        BetaAppClipInvocationLocalizationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page


class BetaAppClipInvocationLocalizations(SyncAPIResource):
    """``client.beta_app_clip_invocation_localizations``: /v1/betaAppClipInvocationLocalizations"""

    def create(
        self,
        *,
        body: BetaAppClipInvocationLocalizationCreateRequest | Mapping[str, Any] | None = None,
        title: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        beta_app_clip_invocation: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """betaAppClipInvocationLocalizations_createInstance

        POST /v1/betaAppClipInvocationLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocationlocalizations
        """
        from ascapi.models.beta_app_clip_invocation_localization_response import (
            BetaAppClipInvocationLocalizationResponse,
        )

        body = _support.document(
            body,
            title is not UNSET or locale is not UNSET or beta_app_clip_invocation is not UNSET,
            "betaAppClipInvocationLocalizations",
            None,
            {"title": title, "locale": locale},
            {"betaAppClipInvocation": ("betaAppClipInvocations", False, beta_app_clip_invocation)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaAppClipInvocationLocalizations",
            body=body,
            response_type=BetaAppClipInvocationLocalizationResponse,
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
        """betaAppClipInvocationLocalizations_deleteInstance

        DELETE /v1/betaAppClipInvocationLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocationlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaAppClipInvocationLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaAppClipInvocationLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        title: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """betaAppClipInvocationLocalizations_updateInstance

        PATCH /v1/betaAppClipInvocationLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocationlocalizations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_localization_response import (
            BetaAppClipInvocationLocalizationResponse,
        )

        body = _support.document(
            body,
            title is not UNSET,
            "betaAppClipInvocationLocalizations",
            id,
            {"title": title},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaAppClipInvocationLocalizations/{id}", id=id),
            body=body,
            response_type=BetaAppClipInvocationLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaAppClipInvocationLocalizations(AsyncAPIResource):
    """``client.beta_app_clip_invocation_localizations``: /v1/betaAppClipInvocationLocalizations"""

    async def create(
        self,
        *,
        body: BetaAppClipInvocationLocalizationCreateRequest | Mapping[str, Any] | None = None,
        title: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        beta_app_clip_invocation: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """betaAppClipInvocationLocalizations_createInstance

        POST /v1/betaAppClipInvocationLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betaappclipinvocationlocalizations
        """
        from ascapi.models.beta_app_clip_invocation_localization_response import (
            BetaAppClipInvocationLocalizationResponse,
        )

        body = _support.document(
            body,
            title is not UNSET or locale is not UNSET or beta_app_clip_invocation is not UNSET,
            "betaAppClipInvocationLocalizations",
            None,
            {"title": title, "locale": locale},
            {"betaAppClipInvocation": ("betaAppClipInvocations", False, beta_app_clip_invocation)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaAppClipInvocationLocalizations",
            body=body,
            response_type=BetaAppClipInvocationLocalizationResponse,
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
        """betaAppClipInvocationLocalizations_deleteInstance

        DELETE /v1/betaAppClipInvocationLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betaappclipinvocationlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaAppClipInvocationLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaAppClipInvocationLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        title: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaAppClipInvocationLocalizationResponse:
        """betaAppClipInvocationLocalizations_updateInstance

        PATCH /v1/betaAppClipInvocationLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betaappclipinvocationlocalizations-_id_
        """
        from ascapi.models.beta_app_clip_invocation_localization_response import (
            BetaAppClipInvocationLocalizationResponse,
        )

        body = _support.document(
            body,
            title is not UNSET,
            "betaAppClipInvocationLocalizations",
            id,
            {"title": title},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaAppClipInvocationLocalizations/{id}", id=id),
            body=body,
            response_type=BetaAppClipInvocationLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
