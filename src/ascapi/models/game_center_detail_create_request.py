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
    "GameCenterDetailCreateRequest",
    "GameCenterDetailCreateRequestData",
    "GameCenterDetailCreateRequestDataAttributes",
    "GameCenterDetailCreateRequestDataRelationships",
    "GameCenterDetailCreateRequestDataRelationshipsApp",
    "GameCenterDetailCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"gameCenterDetails"})
_E1 = frozenset({"apps"})


class GameCenterDetailCreateRequest(Model):
    data: GameCenterDetailCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailCreateRequestData(Model):
    type: _L["gameCenterDetails"] | str | None | UnsetType = UNSET
    attributes: GameCenterDetailCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterDetailCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterDetailCreateRequestDataAttributes(Model):
    challenge_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="challengeEnabled"
    )
    __ascapi_nullable__ = frozenset({"challenge_enabled"})


class GameCenterDetailCreateRequestDataRelationships(Model):
    app: GameCenterDetailCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailCreateRequestDataRelationshipsApp(Model):
    data: GameCenterDetailCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterDetailCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
