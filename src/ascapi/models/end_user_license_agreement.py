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
    "EndUserLicenseAgreement",
    "EndUserLicenseAgreementAttributes",
    "EndUserLicenseAgreementRelationships",
    "EndUserLicenseAgreementRelationshipsApp",
    "EndUserLicenseAgreementRelationshipsAppData",
    "EndUserLicenseAgreementRelationshipsTerritories",
    "EndUserLicenseAgreementRelationshipsTerritoriesData",
]

_E0 = frozenset({"endUserLicenseAgreements"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territories"})


class EndUserLicenseAgreement(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["endUserLicenseAgreements"] | str
        id: str
    else:
        type: _L["endUserLicenseAgreements"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: EndUserLicenseAgreementAttributes | None | UnsetType = UNSET
    relationships: EndUserLicenseAgreementRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class EndUserLicenseAgreementAttributes(Model):
    agreement_text: str | None | UnsetType = msgspec.field(default=UNSET, name="agreementText")
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementRelationships(Model):
    app: EndUserLicenseAgreementRelationshipsApp | None | UnsetType = UNSET
    territories: EndUserLicenseAgreementRelationshipsTerritories | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementRelationshipsApp(Model):
    data: EndUserLicenseAgreementRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class EndUserLicenseAgreementRelationshipsTerritories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[EndUserLicenseAgreementRelationshipsTerritoriesData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementRelationshipsTerritoriesData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
