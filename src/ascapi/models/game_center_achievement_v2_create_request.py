# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.game_center_achievement_version_v2_inline_create import (
    GameCenterAchievementVersionV2InlineCreate,
)
from ascapi.models.string_to_string_map import StringToStringMap

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievementV2CreateRequest",
    "GameCenterAchievementV2CreateRequestData",
    "GameCenterAchievementV2CreateRequestDataAttributes",
    "GameCenterAchievementV2CreateRequestDataRelationships",
    "GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetail",
    "GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetailData",
    "GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroup",
    "GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroupData",
    "GameCenterAchievementV2CreateRequestDataRelationshipsVersions",
    "GameCenterAchievementV2CreateRequestDataRelationshipsVersionsData",
]

_E0 = frozenset({"gameCenterAchievements"})
_E1 = frozenset({"gameCenterDetails"})
_E2 = frozenset({"gameCenterGroups"})
_E3 = frozenset({"gameCenterAchievementVersions"})


class GameCenterAchievementV2CreateRequest(Model):
    data: GameCenterAchievementV2CreateRequestData | None | UnsetType = UNSET
    included: list[GameCenterAchievementVersionV2InlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2CreateRequestData(Model):
    type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
    attributes: GameCenterAchievementV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementV2CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementV2CreateRequestDataAttributes(Model):
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


class GameCenterAchievementV2CreateRequestDataRelationships(Model):
    game_center_detail: (
        GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetail | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterDetail")
    game_center_group: (
        GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroup | None | UnsetType
    ) = msgspec.field(default=UNSET, name="gameCenterGroup")
    versions: GameCenterAchievementV2CreateRequestDataRelationshipsVersions | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"versions"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetail(Model):
    data: (
        GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetailData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterDetailData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroup(Model):
    data: (
        GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroupData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2CreateRequestDataRelationshipsGameCenterGroupData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterAchievementV2CreateRequestDataRelationshipsVersions(Model):
    data: (
        list[GameCenterAchievementV2CreateRequestDataRelationshipsVersionsData] | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementV2CreateRequestDataRelationshipsVersionsData(Model):
    type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
