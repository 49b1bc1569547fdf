# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_tester_invitations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_tester_invitation_create_request import (
        BetaTesterInvitationCreateRequest,
    )
    from ascapi.models.beta_tester_invitation_response import BetaTesterInvitationResponse
    from ascapi.pagination import AsyncPager, Page


class BetaTesterInvitations(SyncAPIResource):
    """``client.beta_tester_invitations``: /v1/betaTesterInvitations"""

    def create(
        self,
        *,
        body: BetaTesterInvitationCreateRequest | Mapping[str, Any] | None = None,
        beta_tester: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterInvitationResponse:
        """betaTesterInvitations_createInstance

        POST /v1/betaTesterInvitations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesterinvitations
        """
        from ascapi.models.beta_tester_invitation_response import BetaTesterInvitationResponse

        body = _support.document(
            body,
            beta_tester is not UNSET or app is not UNSET,
            "betaTesterInvitations",
            None,
            {},
            {"betaTester": ("betaTesters", False, beta_tester), "app": ("apps", False, app)},
            attributes_required=False,
        )
        return self._client._call(
            "POST",
            "/v1/betaTesterInvitations",
            body=body,
            response_type=BetaTesterInvitationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTesterInvitations(AsyncAPIResource):
    """``client.beta_tester_invitations``: /v1/betaTesterInvitations"""

    async def create(
        self,
        *,
        body: BetaTesterInvitationCreateRequest | Mapping[str, Any] | None = None,
        beta_tester: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterInvitationResponse:
        """betaTesterInvitations_createInstance

        POST /v1/betaTesterInvitations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesterinvitations
        """
        from ascapi.models.beta_tester_invitation_response import BetaTesterInvitationResponse

        body = _support.document(
            body,
            beta_tester is not UNSET or app is not UNSET,
            "betaTesterInvitations",
            None,
            {},
            {"betaTester": ("betaTesters", False, beta_tester), "app": ("apps", False, app)},
            attributes_required=False,
        )
        return await self._client._call(
            "POST",
            "/v1/betaTesterInvitations",
            body=body,
            response_type=BetaTesterInvitationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
