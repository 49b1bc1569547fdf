# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaAppReviewDetail",
    "BetaAppReviewDetailAttributes",
    "BetaAppReviewDetailRelationships",
    "BetaAppReviewDetailRelationshipsApp",
    "BetaAppReviewDetailRelationshipsAppData",
]

_E0 = frozenset({"betaAppReviewDetails"})
_E1 = frozenset({"apps"})


class BetaAppReviewDetail(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppReviewDetails"] | str
        id: str
    else:
        type: _L["betaAppReviewDetails"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaAppReviewDetailAttributes | None | UnsetType = UNSET
    relationships: BetaAppReviewDetailRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppReviewDetailAttributes(Model):
    contact_first_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="contactFirstName"
    )
    contact_last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="contactLastName")
    contact_phone: str | None | UnsetType = msgspec.field(default=UNSET, name="contactPhone")
    contact_email: str | None | UnsetType = msgspec.field(default=UNSET, name="contactEmail")
    demo_account_name: str | None | UnsetType = msgspec.field(default=UNSET, name="demoAccountName")
    demo_account_password: str | None | UnsetType = msgspec.field(
        default=UNSET, name="demoAccountPassword"
    )
    demo_account_required: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="demoAccountRequired"
    )
    notes: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewDetailRelationships(Model):
    app: BetaAppReviewDetailRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewDetailRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaAppReviewDetailRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppReviewDetailRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
