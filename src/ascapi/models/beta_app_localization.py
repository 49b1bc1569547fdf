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
    "BetaAppLocalization",
    "BetaAppLocalizationAttributes",
    "BetaAppLocalizationRelationships",
    "BetaAppLocalizationRelationshipsApp",
    "BetaAppLocalizationRelationshipsAppData",
]

_E0 = frozenset({"betaAppLocalizations"})
_E1 = frozenset({"apps"})


class BetaAppLocalization(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaAppLocalizations"] | str
        id: str
    else:
        type: _L["betaAppLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaAppLocalizationAttributes | None | UnsetType = UNSET
    relationships: BetaAppLocalizationRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppLocalizationAttributes(Model):
    feedback_email: str | None | UnsetType = msgspec.field(default=UNSET, name="feedbackEmail")
    marketing_url: str | None | UnsetType = msgspec.field(default=UNSET, name="marketingUrl")
    privacy_policy_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="privacyPolicyUrl"
    )
    tv_os_privacy_policy: str | None | UnsetType = msgspec.field(
        default=UNSET, name="tvOsPrivacyPolicy"
    )
    description: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationRelationships(Model):
    app: BetaAppLocalizationRelationshipsApp | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationRelationshipsApp(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: BetaAppLocalizationRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
