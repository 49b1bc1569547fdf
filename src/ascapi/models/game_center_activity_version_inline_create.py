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
    "GameCenterActivityVersionInlineCreate",
    "GameCenterActivityVersionInlineCreateAttributes",
    "GameCenterActivityVersionInlineCreateRelationships",
    "GameCenterActivityVersionInlineCreateRelationshipsActivity",
    "GameCenterActivityVersionInlineCreateRelationshipsActivityData",
]

_E0 = frozenset({"gameCenterActivityVersions"})
_E1 = frozenset({"gameCenterActivities"})


class GameCenterActivityVersionInlineCreate(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterActivityVersionInlineCreateAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityVersionInlineCreateRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityVersionInlineCreateAttributes(Model):
    fallback_url: str | None | UnsetType = msgspec.field(default=UNSET, name="fallbackUrl")
    __ascapi_nullable__ = frozenset({"fallback_url"})


class GameCenterActivityVersionInlineCreateRelationships(Model):
    activity: GameCenterActivityVersionInlineCreateRelationshipsActivity | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionInlineCreateRelationshipsActivity(Model):
    data: GameCenterActivityVersionInlineCreateRelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionInlineCreateRelationshipsActivityData(Model):
    type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
