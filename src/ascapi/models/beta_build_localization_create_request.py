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
    "BetaBuildLocalizationCreateRequest",
    "BetaBuildLocalizationCreateRequestData",
    "BetaBuildLocalizationCreateRequestDataAttributes",
    "BetaBuildLocalizationCreateRequestDataRelationships",
    "BetaBuildLocalizationCreateRequestDataRelationshipsBuild",
    "BetaBuildLocalizationCreateRequestDataRelationshipsBuildData",
]

_E0 = frozenset({"betaBuildLocalizations"})
_E1 = frozenset({"builds"})


class BetaBuildLocalizationCreateRequest(Model):
    data: BetaBuildLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationCreateRequestData(Model):
    type: _L["betaBuildLocalizations"] | str | None | UnsetType = UNSET
    attributes: BetaBuildLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaBuildLocalizationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaBuildLocalizationCreateRequestDataAttributes(Model):
    whats_new: str | None | UnsetType = msgspec.field(default=UNSET, name="whatsNew")
    locale: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset({"whats_new"})


class BetaBuildLocalizationCreateRequestDataRelationships(Model):
    build: BetaBuildLocalizationCreateRequestDataRelationshipsBuild | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"build"})
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationCreateRequestDataRelationshipsBuild(Model):
    data: BetaBuildLocalizationCreateRequestDataRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaBuildLocalizationCreateRequestDataRelationshipsBuildData(Model):
    type: _L["builds"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
