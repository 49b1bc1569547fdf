# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``game_center_leaderboard_entry_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.game_center_leaderboard_entry_submission_create_request import (
        GameCenterLeaderboardEntrySubmissionCreateRequest,
    )
    from ascapi.models.game_center_leaderboard_entry_submission_response import (
        GameCenterLeaderboardEntrySubmissionResponse,
    )
    from ascapi.pagination import AsyncPager, Page


class GameCenterLeaderboardEntrySubmissions(SyncAPIResource):
    """``client.game_center_leaderboard_entry_submissions``: /v1/gameCenterLeaderboardEntrySubmissions"""

    def create(
        self,
        *,
        body: GameCenterLeaderboardEntrySubmissionCreateRequest | Mapping[str, Any] | None = None,
        bundle_id: str | None | UnsetType = UNSET,
        challenge_ids: Sequence[str] | None | UnsetType = UNSET,
        context: str | None | UnsetType = UNSET,
        scoped_player_id: str | None | UnsetType = UNSET,
        score: str | None | UnsetType = UNSET,
        submitted_date: _dt.datetime | str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        pre_released: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardEntrySubmissionResponse:
        """gameCenterLeaderboardEntrySubmissions_createInstance

        POST /v1/gameCenterLeaderboardEntrySubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardentrysubmissions
        """
        from ascapi.models.game_center_leaderboard_entry_submission_response import (
            GameCenterLeaderboardEntrySubmissionResponse,
        )

        body = _support.document(
            body,
            bundle_id is not UNSET
            or challenge_ids is not UNSET
            or context is not UNSET
            or scoped_player_id is not UNSET
            or score is not UNSET
            or submitted_date is not UNSET
            or vendor_identifier is not UNSET
            or pre_released is not UNSET,
            "gameCenterLeaderboardEntrySubmissions",
            None,
            {
                "bundleId": bundle_id,
                "challengeIds": challenge_ids,
                "context": context,
                "scopedPlayerId": scoped_player_id,
                "score": score,
                "submittedDate": _support.instant(submitted_date, "submitted_date"),
                "vendorIdentifier": vendor_identifier,
                "preReleased": pre_released,
            },
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardEntrySubmissions",
            body=body,
            response_type=GameCenterLeaderboardEntrySubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncGameCenterLeaderboardEntrySubmissions(AsyncAPIResource):
    """``client.game_center_leaderboard_entry_submissions``: /v1/gameCenterLeaderboardEntrySubmissions"""

    async def create(
        self,
        *,
        body: GameCenterLeaderboardEntrySubmissionCreateRequest | Mapping[str, Any] | None = None,
        bundle_id: str | None | UnsetType = UNSET,
        challenge_ids: Sequence[str] | None | UnsetType = UNSET,
        context: str | None | UnsetType = UNSET,
        scoped_player_id: str | None | UnsetType = UNSET,
        score: str | None | UnsetType = UNSET,
        submitted_date: _dt.datetime | str | None | UnsetType = UNSET,
        vendor_identifier: str | None | UnsetType = UNSET,
        pre_released: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> GameCenterLeaderboardEntrySubmissionResponse:
        """gameCenterLeaderboardEntrySubmissions_createInstance

        POST /v1/gameCenterLeaderboardEntrySubmissions

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-gamecenterleaderboardentrysubmissions
        """
        from ascapi.models.game_center_leaderboard_entry_submission_response import (
            GameCenterLeaderboardEntrySubmissionResponse,
        )

        body = _support.document(
            body,
            bundle_id is not UNSET
            or challenge_ids is not UNSET
            or context is not UNSET
            or scoped_player_id is not UNSET
            or score is not UNSET
            or submitted_date is not UNSET
            or vendor_identifier is not UNSET
            or pre_released is not UNSET,
            "gameCenterLeaderboardEntrySubmissions",
            None,
            {
                "bundleId": bundle_id,
                "challengeIds": challenge_ids,
                "context": context,
                "scopedPlayerId": scoped_player_id,
                "score": score,
                "submittedDate": _support.instant(submitted_date, "submitted_date"),
                "vendorIdentifier": vendor_identifier,
                "preReleased": pre_released,
            },
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/gameCenterLeaderboardEntrySubmissions",
            body=body,
            response_type=GameCenterLeaderboardEntrySubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
