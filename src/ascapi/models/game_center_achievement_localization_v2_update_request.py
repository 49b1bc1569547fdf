# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievementLocalizationV2UpdateRequest",
    "GameCenterAchievementLocalizationV2UpdateRequestData",
    "GameCenterAchievementLocalizationV2UpdateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterAchievementLocalizations"})


class GameCenterAchievementLocalizationV2UpdateRequest(Model):
    data: GameCenterAchievementLocalizationV2UpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2UpdateRequestData(Model):
    type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: (
        GameCenterAchievementLocalizationV2UpdateRequestDataAttributes | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementLocalizationV2UpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    before_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="beforeEarnedDescription"
    )
    after_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="afterEarnedDescription"
    )
    __ascapi_nullable__ = frozenset(
        {"after_earned_description", "before_earned_description", "name"}
    )
