# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaAppClipInvocation",
    "BetaAppClipInvocationAttributes",
    "BetaAppClipInvocationRelationships",
    "BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizations",
    "BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizationsData",
]

_E0 = frozenset({"betaAppClipInvocations"})
_E1 = frozenset({"betaAppClipInvocationLocalizations"})


class BetaAppClipInvocation(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppClipInvocations"] | str
        id: str
    else:
        type: _L["betaAppClipInvocations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaAppClipInvocationAttributes | None | UnsetType = UNSET
    relationships: BetaAppClipInvocationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppClipInvocationAttributes(Model):
    url: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationRelationships(Model):
    beta_app_clip_invocation_localizations: (
        BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizations | None | UnsetType
    ) = msgspec.field(default=UNSET, name="betaAppClipInvocationLocalizations")
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizations(Model):
    meta: PagingInformation | None | UnsetType = UNSET
    data: (
        list[BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizationsData]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationRelationshipsBetaAppClipInvocationLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppClipInvocationLocalizations"] | str
        id: str
    else:
        type: _L["betaAppClipInvocationLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
