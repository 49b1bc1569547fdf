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
    "GameCenterActivityVersionCreateRequest",
    "GameCenterActivityVersionCreateRequestData",
    "GameCenterActivityVersionCreateRequestDataAttributes",
    "GameCenterActivityVersionCreateRequestDataRelationships",
    "GameCenterActivityVersionCreateRequestDataRelationshipsActivity",
    "GameCenterActivityVersionCreateRequestDataRelationshipsActivityData",
]

_E0 = frozenset({"gameCenterActivityVersions"})
_E1 = frozenset({"gameCenterActivities"})


class GameCenterActivityVersionCreateRequest(Model):
    data: GameCenterActivityVersionCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionCreateRequestData(Model):
    type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
    attributes: GameCenterActivityVersionCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityVersionCreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityVersionCreateRequestDataAttributes(Model):
    fallback_url: str | None | UnsetType = msgspec.field(default=UNSET, name="fallbackUrl")
    __ascapi_nullable__ = frozenset({"fallback_url"})


class GameCenterActivityVersionCreateRequestDataRelationships(Model):
    activity: GameCenterActivityVersionCreateRequestDataRelationshipsActivity | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"activity"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionCreateRequestDataRelationshipsActivity(Model):
    data: GameCenterActivityVersionCreateRequestDataRelationshipsActivityData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionCreateRequestDataRelationshipsActivityData(Model):
    type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
