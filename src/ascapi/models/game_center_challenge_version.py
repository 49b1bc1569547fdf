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
    "GameCenterChallengeVersion",
    "GameCenterChallengeVersionAttributes",
    "GameCenterChallengeVersionRelationships",
    "GameCenterChallengeVersionRelationshipsChallenge",
    "GameCenterChallengeVersionRelationshipsChallengeData",
    "GameCenterChallengeVersionRelationshipsLocalizations",
    "GameCenterChallengeVersionRelationshipsLocalizationsData",
    "GameCenterChallengeVersionRelationshipsReleases",
    "GameCenterChallengeVersionRelationshipsReleasesData",
    "GameCenterChallengeVersionRelationshipsDefaultImage",
    "GameCenterChallengeVersionRelationshipsDefaultImageData",
]

_E0 = frozenset({"gameCenterChallengeVersions"})
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
_E2 = frozenset({"gameCenterChallenges"})
_E3 = frozenset({"gameCenterChallengeLocalizations"})
_E4 = frozenset({"gameCenterChallengeVersionReleases"})
_E5 = frozenset({"gameCenterChallengeImages"})


class GameCenterChallengeVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersions"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterChallengeVersionAttributes | None | UnsetType = UNSET
    relationships: GameCenterChallengeVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterChallengeVersionAttributes(Model):
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


class GameCenterChallengeVersionRelationships(Model):
    challenge: GameCenterChallengeVersionRelationshipsChallenge | None | UnsetType = UNSET
    localizations: GameCenterChallengeVersionRelationshipsLocalizations | None | UnsetType = UNSET
    releases: GameCenterChallengeVersionRelationshipsReleases | None | UnsetType = UNSET
    default_image: GameCenterChallengeVersionRelationshipsDefaultImage | None | UnsetType = (
        msgspec.field(default=UNSET, name="defaultImage")
    )
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionRelationshipsChallenge(Model):
    data: GameCenterChallengeVersionRelationshipsChallengeData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionRelationshipsChallengeData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallenges"] | str
        id: str
    else:
        type: _L["gameCenterChallenges"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterChallengeVersionRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterChallengeVersionRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterChallengeLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterChallengeVersionRelationshipsReleases(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterChallengeVersionRelationshipsReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionRelationshipsReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeVersionReleases"] | str
        id: str
    else:
        type: _L["gameCenterChallengeVersionReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterChallengeVersionRelationshipsDefaultImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterChallengeVersionRelationshipsDefaultImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterChallengeVersionRelationshipsDefaultImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterChallengeImages"] | str
        id: str
    else:
        type: _L["gameCenterChallengeImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
