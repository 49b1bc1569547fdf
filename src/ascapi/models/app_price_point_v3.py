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
    "AppPricePointV3",
    "AppPricePointV3Attributes",
    "AppPricePointV3Relationships",
    "AppPricePointV3RelationshipsApp",
    "AppPricePointV3RelationshipsAppData",
    "AppPricePointV3RelationshipsEqualizations",
    "AppPricePointV3RelationshipsTerritory",
    "AppPricePointV3RelationshipsTerritoryData",
]

_E0 = frozenset({"appPricePoints"})
_E1 = frozenset({"apps"})
_E2 = frozenset({"territories"})


class AppPricePointV3(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appPricePoints"] | str
        id: str
    else:
        type: _L["appPricePoints"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppPricePointV3Attributes | None | UnsetType = UNSET
    relationships: AppPricePointV3Relationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppPricePointV3Attributes(Model):
    customer_price: str | None | UnsetType = msgspec.field(default=UNSET, name="customerPrice")
    proceeds: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPricePointV3Relationships(Model):
    app: AppPricePointV3RelationshipsApp | None | UnsetType = UNSET
    equalizations: AppPricePointV3RelationshipsEqualizations | None | UnsetType = UNSET
    territory: AppPricePointV3RelationshipsTerritory | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPricePointV3RelationshipsApp(Model):
    data: AppPricePointV3RelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPricePointV3RelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class AppPricePointV3RelationshipsEqualizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPricePointV3RelationshipsTerritory(Model):
    data: AppPricePointV3RelationshipsTerritoryData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class AppPricePointV3RelationshipsTerritoryData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["territories"] | str
        id: str
    else:
        type: _L["territories"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
