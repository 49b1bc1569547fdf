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
    "GameCenterGroupCreateRequest",
    "GameCenterGroupCreateRequestData",
    "GameCenterGroupCreateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterGroups"})


class GameCenterGroupCreateRequest(Model):
    data: GameCenterGroupCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterGroupCreateRequestData(Model):
    type: _L["gameCenterGroups"] | str | None | UnsetType = UNSET
    attributes: GameCenterGroupCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterGroupCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    __ascapi_nullable__ = frozenset({"reference_name"})
