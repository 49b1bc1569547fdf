# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "GameCenterAchievementVersionV2",
    "GameCenterAchievementVersionV2Attributes",
    "GameCenterAchievementVersionV2Relationships",
    "GameCenterAchievementVersionV2RelationshipsAchievement",
    "GameCenterAchievementVersionV2RelationshipsAchievementData",
    "GameCenterAchievementVersionV2RelationshipsLocalizations",
    "GameCenterAchievementVersionV2RelationshipsLocalizationsData",
]

_E0 = frozenset({"gameCenterAchievementVersions"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_REJECTED",
        "REJECTED",
        "ACCEPTED",
        "PENDING_RELEASE",
        "LIVE",
        "REPLACED_WITH_NEW_VERSION",
    }
)
_E2 = frozenset({"gameCenterAchievements"})
_E3 = frozenset({"gameCenterAchievementLocalizations"})


class GameCenterAchievementVersionV2(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementVersions"] | str
        id: str
    else:
        type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterAchievementVersionV2Attributes | None | UnsetType = UNSET
    relationships: GameCenterAchievementVersionV2Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementVersionV2Attributes(Model):
    version: int | None | UnsetType = UNSET
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "DEVELOPER_REJECTED",
            "REJECTED",
            "ACCEPTED",
            "PENDING_RELEASE",
            "LIVE",
            "REPLACED_WITH_NEW_VERSION",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class GameCenterAchievementVersionV2Relationships(Model):
    achievement: GameCenterAchievementVersionV2RelationshipsAchievement | None | UnsetType = UNSET
    localizations: GameCenterAchievementVersionV2RelationshipsLocalizations | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2RelationshipsAchievement(Model):
    data: GameCenterAchievementVersionV2RelationshipsAchievementData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2RelationshipsAchievementData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievements"] | str
        id: str
    else:
        type: _L["gameCenterAchievements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterAchievementVersionV2RelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterAchievementVersionV2RelationshipsLocalizationsData] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementVersionV2RelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterAchievementLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
