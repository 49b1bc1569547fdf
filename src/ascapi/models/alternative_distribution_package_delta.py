# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AlternativeDistributionPackageDelta", "AlternativeDistributionPackageDeltaAttributes"]

_E0 = frozenset({"alternativeDistributionPackageDeltas"})


class AlternativeDistributionPackageDelta(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["alternativeDistributionPackageDeltas"] | str
        id: str
    else:
        type: _L["alternativeDistributionPackageDeltas"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AlternativeDistributionPackageDeltaAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AlternativeDistributionPackageDeltaAttributes(Model):
    url: str | None | UnsetType = UNSET
    url_expiration_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="urlExpirationDate"
    )
    alternative_distribution_key_blob: str | None | UnsetType = msgspec.field(
        default=UNSET, name="alternativeDistributionKeyBlob"
    )
    file_checksum: str | None | UnsetType = msgspec.field(default=UNSET, name="fileChecksum")
    __ascapi_nullable__ = frozenset[str]()
