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
    "BetaAppClipInvocationLocalizationCreateRequest",
    "BetaAppClipInvocationLocalizationCreateRequestData",
    "BetaAppClipInvocationLocalizationCreateRequestDataAttributes",
    "BetaAppClipInvocationLocalizationCreateRequestDataRelationships",
    "BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocation",
    "BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocationData",
]

_E0 = frozenset({"betaAppClipInvocationLocalizations"})
_E1 = frozenset({"betaAppClipInvocations"})


class BetaAppClipInvocationLocalizationCreateRequest(Model):
    data: BetaAppClipInvocationLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationLocalizationCreateRequestData(Model):
    type: _L["betaAppClipInvocationLocalizations"] | str | None | UnsetType = UNSET
    attributes: BetaAppClipInvocationLocalizationCreateRequestDataAttributes | None | UnsetType = (
        UNSET
    )
    relationships: (
        BetaAppClipInvocationLocalizationCreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppClipInvocationLocalizationCreateRequestDataAttributes(Model):
    title: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "title"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationLocalizationCreateRequestDataRelationships(Model):
    beta_app_clip_invocation: (
        BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocation
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="betaAppClipInvocation")
    __ascapi_required__ = frozenset({"beta_app_clip_invocation"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocation(Model):
    data: (
        BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocationData
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationLocalizationCreateRequestDataRelationshipsBetaAppClipInvocationData(
    Model
):
    type: _L["betaAppClipInvocations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
