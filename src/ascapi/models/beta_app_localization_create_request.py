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
    "BetaAppLocalizationCreateRequest",
    "BetaAppLocalizationCreateRequestData",
    "BetaAppLocalizationCreateRequestDataAttributes",
    "BetaAppLocalizationCreateRequestDataRelationships",
    "BetaAppLocalizationCreateRequestDataRelationshipsApp",
    "BetaAppLocalizationCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"betaAppLocalizations"})
_E1 = frozenset({"apps"})


class BetaAppLocalizationCreateRequest(Model):
    data: BetaAppLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationCreateRequestData(Model):
    type: _L["betaAppLocalizations"] | str | None | UnsetType = UNSET
    attributes: BetaAppLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BetaAppLocalizationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaAppLocalizationCreateRequestDataAttributes(Model):
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
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset(
        {
            "description",
            "feedback_email",
            "marketing_url",
            "privacy_policy_url",
            "tv_os_privacy_policy",
        }
    )


class BetaAppLocalizationCreateRequestDataRelationships(Model):
    app: BetaAppLocalizationCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationCreateRequestDataRelationshipsApp(Model):
    data: BetaAppLocalizationCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BetaAppLocalizationCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
