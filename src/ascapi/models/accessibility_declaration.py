# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AccessibilityDeclaration", "AccessibilityDeclarationAttributes"]

_E0 = frozenset({"accessibilityDeclarations"})
_E1 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E2 = frozenset({"DRAFT", "PUBLISHED", "REPLACED"})


class AccessibilityDeclaration(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["accessibilityDeclarations"] | str
        id: str
    else:
        type: _L["accessibilityDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AccessibilityDeclarationAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AccessibilityDeclarationAttributes(Model):
    device_family: (
        _L["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceFamily")
    state: _L["DRAFT", "PUBLISHED", "REPLACED"] | str | None | UnsetType = UNSET
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
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"device_family": _E1, "state": _E2}
