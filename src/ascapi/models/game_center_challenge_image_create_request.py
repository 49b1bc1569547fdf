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
    "GameCenterChallengeImageCreateRequest",
    "GameCenterChallengeImageCreateRequestData",
    "GameCenterChallengeImageCreateRequestDataAttributes",
    "GameCenterChallengeImageCreateRequestDataRelationships",
    "GameCenterChallengeImageCreateRequestDataRelationshipsLocalization",
    "GameCenterChallengeImageCreateRequestDataRelationshipsLocalizationData",
    "GameCenterChallengeImageCreateRequestDataRelationshipsVersion",
    "GameCenterChallengeImageCreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"gameCenterChallengeImages"})
_E1 = frozenset({"gameCenterChallengeLocalizations"})
_E2 = frozenset({"gameCenterChallengeVersions"})


class GameCenterChallengeImageCreateRequest(Model):
    data: GameCenterChallengeImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeImageCreateRequestData(Model):
    type: _L["gameCenterChallengeImages"] | str | None | UnsetType = UNSET
    attributes: GameCenterChallengeImageCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeImageCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeImageCreateRequestDataRelationships(Model):
    localization: (
        GameCenterChallengeImageCreateRequestDataRelationshipsLocalization | None | UnsetType
    ) = UNSET
    version: GameCenterChallengeImageCreateRequestDataRelationshipsVersion | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeImageCreateRequestDataRelationshipsLocalization(Model):
    data: (
        GameCenterChallengeImageCreateRequestDataRelationshipsLocalizationData | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeImageCreateRequestDataRelationshipsLocalizationData(Model):
    type: _L["gameCenterChallengeLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class GameCenterChallengeImageCreateRequestDataRelationshipsVersion(Model):
    data: GameCenterChallengeImageCreateRequestDataRelationshipsVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeImageCreateRequestDataRelationshipsVersionData(Model):
    type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
