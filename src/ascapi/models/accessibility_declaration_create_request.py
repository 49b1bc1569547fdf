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
    "AccessibilityDeclarationCreateRequest",
    "AccessibilityDeclarationCreateRequestData",
    "AccessibilityDeclarationCreateRequestDataAttributes",
    "AccessibilityDeclarationCreateRequestDataRelationships",
    "AccessibilityDeclarationCreateRequestDataRelationshipsApp",
    "AccessibilityDeclarationCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"accessibilityDeclarations"})
_E1 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E2 = frozenset({"apps"})


class AccessibilityDeclarationCreateRequest(Model):
    data: AccessibilityDeclarationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AccessibilityDeclarationCreateRequestData(Model):
    type: _L["accessibilityDeclarations"] | str | None | UnsetType = UNSET
    attributes: AccessibilityDeclarationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AccessibilityDeclarationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AccessibilityDeclarationCreateRequestDataAttributes(Model):
    device_family: (
        _L["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceFamily")
    supports_audio_descriptions: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsAudioDescriptions"
    )
    supports_captions: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsCaptions"
    )
    supports_dark_interface: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsDarkInterface"
    )
    supports_differentiate_without_color_alone: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsDifferentiateWithoutColorAlone"
    )
    supports_larger_text: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsLargerText"
    )
    supports_reduced_motion: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsReducedMotion"
    )
    supports_sufficient_contrast: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsSufficientContrast"
    )
    supports_voice_control: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsVoiceControl"
    )
    supports_voiceover: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="supportsVoiceover"
    )
    __ascapi_required__ = frozenset({"device_family"})
    __ascapi_nullable__ = frozenset(
        {
            "supports_audio_descriptions",
            "supports_captions",
            "supports_dark_interface",
            "supports_differentiate_without_color_alone",
            "supports_larger_text",
            "supports_reduced_motion",
            "supports_sufficient_contrast",
            "supports_voice_control",
            "supports_voiceover",
        }
    )
    __ascapi_enums__ = {"device_family": _E1}


class AccessibilityDeclarationCreateRequestDataRelationships(Model):
    app: AccessibilityDeclarationCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class AccessibilityDeclarationCreateRequestDataRelationshipsApp(Model):
    data: AccessibilityDeclarationCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AccessibilityDeclarationCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
