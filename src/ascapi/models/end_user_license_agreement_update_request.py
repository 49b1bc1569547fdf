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
    "EndUserLicenseAgreementUpdateRequest",
    "EndUserLicenseAgreementUpdateRequestData",
    "EndUserLicenseAgreementUpdateRequestDataAttributes",
    "EndUserLicenseAgreementUpdateRequestDataRelationships",
    "EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritories",
    "EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritoriesData",
]

_E0 = frozenset({"endUserLicenseAgreements"})
_E1 = frozenset({"territories"})


class EndUserLicenseAgreementUpdateRequest(Model):
    data: EndUserLicenseAgreementUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementUpdateRequestData(Model):
    type: _L["endUserLicenseAgreements"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: EndUserLicenseAgreementUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: EndUserLicenseAgreementUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class EndUserLicenseAgreementUpdateRequestDataAttributes(Model):
    agreement_text: str | None | UnsetType = msgspec.field(default=UNSET, name="agreementText")
    __ascapi_nullable__ = frozenset({"agreement_text"})


class EndUserLicenseAgreementUpdateRequestDataRelationships(Model):
    territories: (
        EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritories | None | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritories(Model):
    data: (
        list[EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritoriesData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class EndUserLicenseAgreementUpdateRequestDataRelationshipsTerritoriesData(Model):
    type: _L["territories"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
