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
    "BetaGroupCreateRequest",
    "BetaGroupCreateRequestData",
    "BetaGroupCreateRequestDataAttributes",
    "BetaGroupCreateRequestDataRelationships",
    "BetaGroupCreateRequestDataRelationshipsApp",
    "BetaGroupCreateRequestDataRelationshipsAppData",
    "BetaGroupCreateRequestDataRelationshipsBuilds",
    "BetaGroupCreateRequestDataRelationshipsBuildsData",
    "BetaGroupCreateRequestDataRelationshipsBetaTesters",
    "BetaGroupCreateRequestDataRelationshipsBetaTestersData",
]

_E0 = frozenset({"betaGroups"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"builds"})
_E3 = frozenset({"betaTesters"})


class BetaGroupCreateRequest(Model):
    data: BetaGroupCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupCreateRequestData(Model):
    type: _L["betaGroups"] | str | None | UnsetType = UNSET
    attributes: BetaGroupCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaGroupCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaGroupCreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    is_internal_group: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="isInternalGroup"
    )
    has_access_to_all_builds: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="hasAccessToAllBuilds"
    )
    public_link_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkEnabled"
    )
    public_link_limit_enabled: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="publicLinkLimitEnabled"
    )
    public_link_limit: int | None | UnsetType = msgspec.field(default=UNSET, name="publicLinkLimit")
    feedback_enabled: bool | None | UnsetType = msgspec.field(default=UNSET, name="feedbackEnabled")
    __ascapi_required__ = frozenset({"name"})
    __ascapi_nullable__ = frozenset(
        {
            "feedback_enabled",
            "has_access_to_all_builds",
            "is_internal_group",
            "public_link_enabled",
            "public_link_limit",
            "public_link_limit_enabled",
        }
    )


class BetaGroupCreateRequestDataRelationships(Model):
    app: BetaGroupCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    builds: BetaGroupCreateRequestDataRelationshipsBuilds | None | UnsetType = UNSET
    beta_testers: BetaGroupCreateRequestDataRelationshipsBetaTesters | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaTesters")
    )
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupCreateRequestDataRelationshipsApp(Model):
    data: BetaGroupCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BetaGroupCreateRequestDataRelationshipsBuilds(Model):
    data: list[BetaGroupCreateRequestDataRelationshipsBuildsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupCreateRequestDataRelationshipsBuildsData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class BetaGroupCreateRequestDataRelationshipsBetaTesters(Model):
    data: list[BetaGroupCreateRequestDataRelationshipsBetaTestersData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaGroupCreateRequestDataRelationshipsBetaTestersData(Model):
    type: _L["betaTesters"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}
