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
    "BetaBuildLocalization",
    "BetaBuildLocalizationAttributes",
    "BetaBuildLocalizationRelationships",
    "BetaBuildLocalizationRelationshipsBuild",
    "BetaBuildLocalizationRelationshipsBuildData",
]

_E0 = frozenset({"betaBuildLocalizations"})
_E1 = frozenset({"builds"})


class BetaBuildLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaBuildLocalizations"] | str
        id: str
    else:
        type: _L["betaBuildLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaBuildLocalizationAttributes | None | UnsetType = UNSET
    relationships: BetaBuildLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaBuildLocalizationAttributes(Model):
    whats_new: str | None | UnsetType = msgspec.field(default=UNSET, name="whatsNew")
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationRelationships(Model):
    build: BetaBuildLocalizationRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationRelationshipsBuild(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaBuildLocalizationRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
