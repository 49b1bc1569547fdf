# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.beta_app_clip_invocation_localization_inline_create import (
    BetaAppClipInvocationLocalizationInlineCreate,
)

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaAppClipInvocationCreateRequest",
    "BetaAppClipInvocationCreateRequestData",
    "BetaAppClipInvocationCreateRequestDataAttributes",
    "BetaAppClipInvocationCreateRequestDataRelationships",
    "BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundle",
    "BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundleData",
    "BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizations",
    "BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizationsData",
]

_E0 = frozenset({"betaAppClipInvocations"})
_E1 = frozenset({"buildBundles"})
_E2 = frozenset({"betaAppClipInvocationLocalizations"})


class BetaAppClipInvocationCreateRequest(Model):
    data: BetaAppClipInvocationCreateRequestData | None | UnsetType = UNSET
    included: list[BetaAppClipInvocationLocalizationInlineCreate] | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationCreateRequestData(Model):
    type: _L["betaAppClipInvocations"] | str | None | UnsetType = UNSET
    attributes: BetaAppClipInvocationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaAppClipInvocationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppClipInvocationCreateRequestDataAttributes(Model):
    url: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"url"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationCreateRequestDataRelationships(Model):
    build_bundle: (
        BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundle | None | UnsetType
    ) = msgspec.field(default=UNSET, name="buildBundle")
    beta_app_clip_invocation_localizations: (
        BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizations
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="betaAppClipInvocationLocalizations")
    __ascapi_required__ = frozenset({"beta_app_clip_invocation_localizations", "build_bundle"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundle(Model):
    data: BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundleData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationCreateRequestDataRelationshipsBuildBundleData(Model):
    type: _L["buildBundles"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}


class BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizations(Model):
    data: (
        list[
            BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizationsData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppClipInvocationCreateRequestDataRelationshipsBetaAppClipInvocationLocalizationsData(
    Model
):
    type: _L["betaAppClipInvocationLocalizations"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
