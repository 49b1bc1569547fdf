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
    "AlternativeDistributionDomainCreateRequest",
    "AlternativeDistributionDomainCreateRequestData",
    "AlternativeDistributionDomainCreateRequestDataAttributes",
]

_E0 = frozenset({"alternativeDistributionDomains"})


class AlternativeDistributionDomainCreateRequest(Model):
    data: AlternativeDistributionDomainCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AlternativeDistributionDomainCreateRequestData(Model):
    type: _L["alternativeDistributionDomains"] | str | None | UnsetType = UNSET
    attributes: AlternativeDistributionDomainCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AlternativeDistributionDomainCreateRequestDataAttributes(Model):
    domain: str | None | UnsetType = UNSET
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    __ascapi_required__ = frozenset({"domain", "reference_name"})
    __ascapi_nullable__ = frozenset[str]()
