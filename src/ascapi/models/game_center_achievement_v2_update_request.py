# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievementV2UpdateRequest",
    "GameCenterAchievementV2UpdateRequestData",
    "GameCenterAchievementV2UpdateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterAchievements"})


class GameCenterAchievementV2UpdateRequest(Model):
    data: GameCenterAchievementV2UpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2UpdateRequestData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementV2UpdateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementV2UpdateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    points: int | None | UnsetType = UNSET
    show_before_earned: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="showBeforeEarned"
    )
    repeatable: bool | None | UnsetType = UNSET
    archived: bool | None | UnsetType = UNSET
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    __ascapi_nullable__ = frozenset(
        {
            "activity_properties",
            "archived",
            "points",
            "reference_name",
            "repeatable",
            "show_before_earned",
        }
    )
