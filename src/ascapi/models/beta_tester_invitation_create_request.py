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
    "BetaTesterInvitationCreateRequest",
    "BetaTesterInvitationCreateRequestData",
    "BetaTesterInvitationCreateRequestDataRelationships",
    "BetaTesterInvitationCreateRequestDataRelationshipsBetaTester",
    "BetaTesterInvitationCreateRequestDataRelationshipsBetaTesterData",
    "BetaTesterInvitationCreateRequestDataRelationshipsApp",
    "BetaTesterInvitationCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"betaTesterInvitations"})
_E1 = frozenset({"betaTesters"})
_E2 = frozenset({"apps"})


class BetaTesterInvitationCreateRequest(Model):
    data: BetaTesterInvitationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterInvitationCreateRequestData(Model):
    type: _L["betaTesterInvitations"] | str | None | UnsetType = UNSET
    relationships: BetaTesterInvitationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaTesterInvitationCreateRequestDataRelationships(Model):
    beta_tester: BetaTesterInvitationCreateRequestDataRelationshipsBetaTester | None | UnsetType = (
        msgspec.field(default=UNSET, name="betaTester")
    )
    app: BetaTesterInvitationCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterInvitationCreateRequestDataRelationshipsBetaTester(Model):
    data: BetaTesterInvitationCreateRequestDataRelationshipsBetaTesterData | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterInvitationCreateRequestDataRelationshipsBetaTesterData(Model):
    type: _L["betaTesters"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BetaTesterInvitationCreateRequestDataRelationshipsApp(Model):
    data: BetaTesterInvitationCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaTesterInvitationCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
