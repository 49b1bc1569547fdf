# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterPlayerAchievementSubmissionCreateRequest",
    "GameCenterPlayerAchievementSubmissionCreateRequestData",
    "GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterPlayerAchievementSubmissions"})


class GameCenterPlayerAchievementSubmissionCreateRequest(Model):
    data: GameCenterPlayerAchievementSubmissionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterPlayerAchievementSubmissionCreateRequestData(Model):
    type: _L["gameCenterPlayerAchievementSubmissions"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes(Model):
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    challenge_ids: list[str] | None | UnsetType = msgspec.field(default=UNSET, name="challengeIds")
    percentage_achieved: int | None | UnsetType = msgspec.field(
        default=UNSET, name="percentageAchieved"
    )
    scoped_player_id: str | None | UnsetType = msgspec.field(default=UNSET, name="scopedPlayerId")
    submitted_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="submittedDate"
    )
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    pre_released: bool | None | UnsetType = msgspec.field(default=UNSET, name="preReleased")
    __ascapi_required__ = frozenset(
        {"bundle_id", "percentage_achieved", "scoped_player_id", "vendor_identifier"}
    )
    __ascapi_nullable__ = frozenset({"challenge_ids", "pre_released", "submitted_date"})
