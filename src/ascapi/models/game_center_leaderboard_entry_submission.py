# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["GameCenterLeaderboardEntrySubmission", "GameCenterLeaderboardEntrySubmissionAttributes"]

_E0 = frozenset({"gameCenterLeaderboardEntrySubmissions"})


class GameCenterLeaderboardEntrySubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterLeaderboardEntrySubmissions"] | str
        id: str
    else:
        type: _L["gameCenterLeaderboardEntrySubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterLeaderboardEntrySubmissionAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterLeaderboardEntrySubmissionAttributes(Model):
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    challenge_ids: list[str] | None | UnsetType = msgspec.field(default=UNSET, name="challengeIds")
    context: str | None | UnsetType = UNSET
    scoped_player_id: str | None | UnsetType = msgspec.field(default=UNSET, name="scopedPlayerId")
    score: str | None | UnsetType = UNSET
    submitted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedDate"
    )
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    pre_released: bool | None | UnsetType = msgspec.field(default=UNSET, name="preReleased")
    __ascapi_nullable__ = frozenset[str]()
