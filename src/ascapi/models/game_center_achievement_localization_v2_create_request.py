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
    "GameCenterAchievementLocalizationV2CreateRequest",
    "GameCenterAchievementLocalizationV2CreateRequestData",
    "GameCenterAchievementLocalizationV2CreateRequestDataAttributes",
    "GameCenterAchievementLocalizationV2CreateRequestDataRelationships",
    "GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersion",
    "GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterAchievementLocalizations"})
_E1 = frozenset({"gameCenterAchievementVersions"})


class GameCenterAchievementLocalizationV2CreateRequest(Model):
    data: GameCenterAchievementLocalizationV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2CreateRequestData(Model):
    type: _L["gameCenterAchievementLocalizations"] | str | None | UnsetType = UNSET
    attributes: (
        GameCenterAchievementLocalizationV2CreateRequestDataAttributes | None | UnsetType
    ) = UNSET
    relationships: (
        GameCenterAchievementLocalizationV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterAchievementLocalizationV2CreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    before_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="beforeEarnedDescription"
    )
    after_earned_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="afterEarnedDescription"
    )
    __ascapi_required__ = frozenset(
        {"after_earned_description", "before_earned_description", "locale", "name"}
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2CreateRequestDataRelationships(Model):
    version: (
        GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersion | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersion(Model):
    data: (
        GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersionData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterAchievementLocalizationV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterAchievementVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
