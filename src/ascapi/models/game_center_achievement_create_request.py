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
    "GameCenterAchievementCreateRequest",
    "GameCenterAchievementCreateRequestData",
    "GameCenterAchievementCreateRequestDataAttributes",
    "GameCenterAchievementCreateRequestDataRelationships",
    "GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroupData",
]

_E0 = frozenset({"gameCenterAchievements"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})


class GameCenterAchievementCreateRequest(Model):
    data: GameCenterAchievementCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementCreateRequestData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    attributes: GameCenterAchievementCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    vendor_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="vendorIdentifier"
    )
    points: int | None | UnsetType = UNSET
    show_before_earned: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="showBeforeEarned"
    )
    repeatable: bool | None | UnsetType = UNSET
    activity_properties: StringToStringMap | None | UnsetType = msgspec.field(
        default=UNSET, name="activityProperties"
    )
    __ascapi_required__ = frozenset(
        {"points", "reference_name", "repeatable", "show_before_earned", "vendor_identifier"}
    )
    __ascapi_nullable__ = frozenset({"activity_properties"})


class GameCenterAchievementCreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementCreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementCreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
