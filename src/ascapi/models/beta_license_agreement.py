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
    "BetaLicenseAgreement",
    "BetaLicenseAgreementAttributes",
    "BetaLicenseAgreementRelationships",
    "BetaLicenseAgreementRelationshipsApp",
    "BetaLicenseAgreementRelationshipsAppData",
]

_E0 = frozenset({"betaLicenseAgreements"})
_E1 = frozenset({"apps"})


class BetaLicenseAgreement(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaLicenseAgreements"] | str
        id: str
    else:
        type: _L["betaLicenseAgreements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaLicenseAgreementAttributes | None | UnsetType = UNSET
    relationships: BetaLicenseAgreementRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaLicenseAgreementAttributes(Model):
    agreement_text: str | None | UnsetType = msgspec.field(default=UNSET, name="agreementText")
    __ascapi_nullable__ = frozenset[str]()


class BetaLicenseAgreementRelationships(Model):
    app: BetaLicenseAgreementRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaLicenseAgreementRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaLicenseAgreementRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaLicenseAgreementRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
