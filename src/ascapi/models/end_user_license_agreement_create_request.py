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
    "EndUserLicenseAgreementCreateRequest",
    "EndUserLicenseAgreementCreateRequestData",
    "EndUserLicenseAgreementCreateRequestDataAttributes",
    "EndUserLicenseAgreementCreateRequestDataRelationships",
    "EndUserLicenseAgreementCreateRequestDataRelationshipsApp",
    "EndUserLicenseAgreementCreateRequestDataRelationshipsAppData",
    "EndUserLicenseAgreementCreateRequestDataRelationshipsTerritories",
    "EndUserLicenseAgreementCreateRequestDataRelationshipsTerritoriesData",
]

_E0 = frozenset({"endUserLicenseAgreements"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territories"})


class EndUserLicenseAgreementCreateRequest(Model):
    data: EndUserLicenseAgreementCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementCreateRequestData(Model):
    type: _L["endUserLicenseAgreements"] | str | None | UnsetType = UNSET
    attributes: EndUserLicenseAgreementCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: EndUserLicenseAgreementCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class EndUserLicenseAgreementCreateRequestDataAttributes(Model):
    agreement_text: str | None | UnsetType = msgspec.field(default=UNSET, name="agreementText")
    __ascapi_required__ = frozenset({"agreement_text"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementCreateRequestDataRelationships(Model):
    app: EndUserLicenseAgreementCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    territories: (
        EndUserLicenseAgreementCreateRequestDataRelationshipsTerritories | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"app", "territories"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementCreateRequestDataRelationshipsApp(Model):
    data: EndUserLicenseAgreementCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class EndUserLicenseAgreementCreateRequestDataRelationshipsTerritories(Model):
    data: (
        list[EndUserLicenseAgreementCreateRequestDataRelationshipsTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementCreateRequestDataRelationshipsTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
