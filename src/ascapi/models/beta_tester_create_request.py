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
    "BetaTesterCreateRequest",
    "BetaTesterCreateRequestData",
    "BetaTesterCreateRequestDataAttributes",
    "BetaTesterCreateRequestDataRelationships",
    "BetaTesterCreateRequestDataRelationshipsBetaGroups",
    "BetaTesterCreateRequestDataRelationshipsBetaGroupsData",
    "BetaTesterCreateRequestDataRelationshipsBuilds",
    "BetaTesterCreateRequestDataRelationshipsBuildsData",
]

_E0 = frozenset({"betaTesters"})
_E1 = frozenset({"betaGroups"})
_E2 = frozenset({"builds"})


class BetaTesterCreateRequest(Model):
    data: BetaTesterCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterCreateRequestData(Model):
    type: _L["betaTesters"] | str | None | UnsetType = UNSET
    attributes: BetaTesterCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaTesterCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaTesterCreateRequestDataAttributes(Model):
    first_name: str | None | UnsetType = msgspec.field(default=UNSET, name="firstName")
    last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="lastName")
    email: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"email"})
    __ascapi_nullable__ = frozenset({"first_name", "last_name"})


class BetaTesterCreateRequestDataRelationships(Model):
    beta_groups: BetaTesterCreateRequestDataRelationshipsBetaGroups | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaGroups")
    )
    builds: BetaTesterCreateRequestDataRelationshipsBuilds | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterCreateRequestDataRelationshipsBetaGroups(Model):
    data: list[BetaTesterCreateRequestDataRelationshipsBetaGroupsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterCreateRequestDataRelationshipsBetaGroupsData(Model):
    type: _L["betaGroups"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BetaTesterCreateRequestDataRelationshipsBuilds(Model):
    data: list[BetaTesterCreateRequestDataRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterCreateRequestDataRelationshipsBuildsData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
