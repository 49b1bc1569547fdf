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
    "GameCenterChallengeLocalizationUpdateRequest",
    "GameCenterChallengeLocalizationUpdateRequestData",
    "GameCenterChallengeLocalizationUpdateRequestDataAttributes",
]

_E0 = frozenset({"gameCenterChallengeLocalizations"})


class GameCenterChallengeLocalizationUpdateRequest(Model):
    data: GameCenterChallengeLocalizationUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeLocalizationUpdateRequestData(Model):
    type: _L["gameCenterChallengeLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: GameCenterChallengeLocalizationUpdateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeLocalizationUpdateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset({"description", "name"})
