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
    "GameCenterActivityVersion",
    "GameCenterActivityVersionAttributes",
    "GameCenterActivityVersionRelationships",
    "GameCenterActivityVersionRelationshipsActivity",
    "GameCenterActivityVersionRelationshipsActivityData",
    "GameCenterActivityVersionRelationshipsLocalizations",
    "GameCenterActivityVersionRelationshipsLocalizationsData",
    "GameCenterActivityVersionRelationshipsDefaultImage",
    "GameCenterActivityVersionRelationshipsDefaultImageData",
    "GameCenterActivityVersionRelationshipsReleases",
    "GameCenterActivityVersionRelationshipsReleasesData",
]

_E0 = frozenset({"gameCenterActivityVersions"})
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
_E2 = frozenset({"gameCenterActivities"})
_E3 = frozenset({"gameCenterActivityLocalizations"})
_E4 = frozenset({"gameCenterActivityImages"})
_E5 = frozenset({"gameCenterActivityVersionReleases"})


class GameCenterActivityVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersions"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: GameCenterActivityVersionAttributes | None | UnsetType = UNSET
    relationships: GameCenterActivityVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class GameCenterActivityVersionAttributes(Model):
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
    fallback_url: str | None | UnsetType = msgspec.field(default=UNSET, name="fallbackUrl")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class GameCenterActivityVersionRelationships(Model):
    activity: GameCenterActivityVersionRelationshipsActivity | None | UnsetType = UNSET
    localizations: GameCenterActivityVersionRelationshipsLocalizations | None | UnsetType = UNSET
    default_image: GameCenterActivityVersionRelationshipsDefaultImage | None | UnsetType = (
        msgspec.field(default=UNSET, name="defaultImage")
    )
    releases: GameCenterActivityVersionRelationshipsReleases | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionRelationshipsActivity(Model):
    data: GameCenterActivityVersionRelationshipsActivityData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionRelationshipsActivityData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivities"] | str
        id: str
    else:
        type: _L["gameCenterActivities"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class GameCenterActivityVersionRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityVersionRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityLocalizations"] | str
        id: str
    else:
        type: _L["gameCenterActivityLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class GameCenterActivityVersionRelationshipsDefaultImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: GameCenterActivityVersionRelationshipsDefaultImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionRelationshipsDefaultImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityImages"] | str
        id: str
    else:
        type: _L["gameCenterActivityImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class GameCenterActivityVersionRelationshipsReleases(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[GameCenterActivityVersionRelationshipsReleasesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class GameCenterActivityVersionRelationshipsReleasesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["gameCenterActivityVersionReleases"] | str
        id: str
    else:
        type: _L["gameCenterActivityVersionReleases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
