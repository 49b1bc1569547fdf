# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``accessibility_declarations`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.accessibility_declaration_create_request import (
        AccessibilityDeclarationCreateRequest,
    )
    from ascapi.models.accessibility_declaration_response import AccessibilityDeclarationResponse
    from ascapi.models.accessibility_declaration_update_request import (
        AccessibilityDeclarationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"]
    _Enum1 = Literal[
        "deviceFamily",
        "state",
        "supportsAudioDescriptions",
        "supportsCaptions",
        "supportsDarkInterface",
        "supportsDifferentiateWithoutColorAlone",
        "supportsLargerText",
        "supportsReducedMotion",
        "supportsSufficientContrast",
        "supportsVoiceControl",
        "supportsVoiceover",
    ]


class AccessibilityDeclarations(SyncAPIResource):
    """``client.accessibility_declarations``: /v1/accessibilityDeclarations"""

    def create(
        self,
        *,
        body: AccessibilityDeclarationCreateRequest | Mapping[str, Any] | None = None,
        device_family: _Enum0 | str | None | UnsetType = UNSET,
        supports_audio_descriptions: bool | None | UnsetType = UNSET,
        supports_captions: bool | None | UnsetType = UNSET,
        supports_dark_interface: bool | None | UnsetType = UNSET,
        supports_differentiate_without_color_alone: bool | None | UnsetType = UNSET,
        supports_larger_text: bool | None | UnsetType = UNSET,
        supports_reduced_motion: bool | None | UnsetType = UNSET,
        supports_sufficient_contrast: bool | None | UnsetType = UNSET,
        supports_voice_control: bool | None | UnsetType = UNSET,
        supports_voiceover: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_createInstance

        POST /v1/accessibilityDeclarations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-accessibilitydeclarations
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        body = _support.document(
            body,
            device_family is not UNSET
            or supports_audio_descriptions is not UNSET
            or supports_captions is not UNSET
            or supports_dark_interface is not UNSET
            or supports_differentiate_without_color_alone is not UNSET
            or supports_larger_text is not UNSET
            or supports_reduced_motion is not UNSET
            or supports_sufficient_contrast is not UNSET
            or supports_voice_control is not UNSET
            or supports_voiceover is not UNSET
            or app is not UNSET,
            "accessibilityDeclarations",
            None,
            {
                "deviceFamily": device_family,
                "supportsAudioDescriptions": supports_audio_descriptions,
                "supportsCaptions": supports_captions,
                "supportsDarkInterface": supports_dark_interface,
                "supportsDifferentiateWithoutColorAlone": supports_differentiate_without_color_alone,
                "supportsLargerText": supports_larger_text,
                "supportsReducedMotion": supports_reduced_motion,
                "supportsSufficientContrast": supports_sufficient_contrast,
                "supportsVoiceControl": supports_voice_control,
                "supportsVoiceover": supports_voiceover,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/accessibilityDeclarations",
            body=body,
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """accessibilityDeclarations_deleteInstance

        DELETE /v1/accessibilityDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-accessibilitydeclarations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_accessibility_declarations: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_getInstance

        GET /v1/accessibilityDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-accessibilitydeclarations-_id_
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            params={"fields[accessibilityDeclarations]": fields_accessibility_declarations},
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AccessibilityDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        publish: bool | None | UnsetType = UNSET,
        supports_audio_descriptions: bool | None | UnsetType = UNSET,
        supports_captions: bool | None | UnsetType = UNSET,
        supports_dark_interface: bool | None | UnsetType = UNSET,
        supports_differentiate_without_color_alone: bool | None | UnsetType = UNSET,
        supports_larger_text: bool | None | UnsetType = UNSET,
        supports_reduced_motion: bool | None | UnsetType = UNSET,
        supports_sufficient_contrast: bool | None | UnsetType = UNSET,
        supports_voice_control: bool | None | UnsetType = UNSET,
        supports_voiceover: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_updateInstance

        PATCH /v1/accessibilityDeclarations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-accessibilitydeclarations-_id_
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        body = _support.document(
            body,
            publish is not UNSET
            or supports_audio_descriptions is not UNSET
            or supports_captions is not UNSET
            or supports_dark_interface is not UNSET
            or supports_differentiate_without_color_alone is not UNSET
            or supports_larger_text is not UNSET
            or supports_reduced_motion is not UNSET
            or supports_sufficient_contrast is not UNSET
            or supports_voice_control is not UNSET
            or supports_voiceover is not UNSET,
            "accessibilityDeclarations",
            id,
            {
                "publish": publish,
                "supportsAudioDescriptions": supports_audio_descriptions,
                "supportsCaptions": supports_captions,
                "supportsDarkInterface": supports_dark_interface,
                "supportsDifferentiateWithoutColorAlone": supports_differentiate_without_color_alone,
                "supportsLargerText": supports_larger_text,
                "supportsReducedMotion": supports_reduced_motion,
                "supportsSufficientContrast": supports_sufficient_contrast,
                "supportsVoiceControl": supports_voice_control,
                "supportsVoiceover": supports_voiceover,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            body=body,
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAccessibilityDeclarations(AsyncAPIResource):
    """``client.accessibility_declarations``: /v1/accessibilityDeclarations"""

    async def create(
        self,
        *,
        body: AccessibilityDeclarationCreateRequest | Mapping[str, Any] | None = None,
        device_family: _Enum0 | str | None | UnsetType = UNSET,
        supports_audio_descriptions: bool | None | UnsetType = UNSET,
        supports_captions: bool | None | UnsetType = UNSET,
        supports_dark_interface: bool | None | UnsetType = UNSET,
        supports_differentiate_without_color_alone: bool | None | UnsetType = UNSET,
        supports_larger_text: bool | None | UnsetType = UNSET,
        supports_reduced_motion: bool | None | UnsetType = UNSET,
        supports_sufficient_contrast: bool | None | UnsetType = UNSET,
        supports_voice_control: bool | None | UnsetType = UNSET,
        supports_voiceover: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_createInstance

        POST /v1/accessibilityDeclarations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-accessibilitydeclarations
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        body = _support.document(
            body,
            device_family is not UNSET
            or supports_audio_descriptions is not UNSET
            or supports_captions is not UNSET
            or supports_dark_interface is not UNSET
            or supports_differentiate_without_color_alone is not UNSET
            or supports_larger_text is not UNSET
            or supports_reduced_motion is not UNSET
            or supports_sufficient_contrast is not UNSET
            or supports_voice_control is not UNSET
            or supports_voiceover is not UNSET
            or app is not UNSET,
            "accessibilityDeclarations",
            None,
            {
                "deviceFamily": device_family,
                "supportsAudioDescriptions": supports_audio_descriptions,
                "supportsCaptions": supports_captions,
                "supportsDarkInterface": supports_dark_interface,
                "supportsDifferentiateWithoutColorAlone": supports_differentiate_without_color_alone,
                "supportsLargerText": supports_larger_text,
                "supportsReducedMotion": supports_reduced_motion,
                "supportsSufficientContrast": supports_sufficient_contrast,
                "supportsVoiceControl": supports_voice_control,
                "supportsVoiceover": supports_voiceover,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/accessibilityDeclarations",
            body=body,
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """accessibilityDeclarations_deleteInstance

        DELETE /v1/accessibilityDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-accessibilitydeclarations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_accessibility_declarations: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_getInstance

        GET /v1/accessibilityDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-accessibilitydeclarations-_id_
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            params={"fields[accessibilityDeclarations]": fields_accessibility_declarations},
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AccessibilityDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        publish: bool | None | UnsetType = UNSET,
        supports_audio_descriptions: bool | None | UnsetType = UNSET,
        supports_captions: bool | None | UnsetType = UNSET,
        supports_dark_interface: bool | None | UnsetType = UNSET,
        supports_differentiate_without_color_alone: bool | None | UnsetType = UNSET,
        supports_larger_text: bool | None | UnsetType = UNSET,
        supports_reduced_motion: bool | None | UnsetType = UNSET,
        supports_sufficient_contrast: bool | None | UnsetType = UNSET,
        supports_voice_control: bool | None | UnsetType = UNSET,
        supports_voiceover: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AccessibilityDeclarationResponse:
        """accessibilityDeclarations_updateInstance

        PATCH /v1/accessibilityDeclarations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-accessibilitydeclarations-_id_
        """
        from ascapi.models.accessibility_declaration_response import (
            AccessibilityDeclarationResponse,
        )

        body = _support.document(
            body,
            publish is not UNSET
            or supports_audio_descriptions is not UNSET
            or supports_captions is not UNSET
            or supports_dark_interface is not UNSET
            or supports_differentiate_without_color_alone is not UNSET
            or supports_larger_text is not UNSET
            or supports_reduced_motion is not UNSET
            or supports_sufficient_contrast is not UNSET
            or supports_voice_control is not UNSET
            or supports_voiceover is not UNSET,
            "accessibilityDeclarations",
            id,
            {
                "publish": publish,
                "supportsAudioDescriptions": supports_audio_descriptions,
                "supportsCaptions": supports_captions,
                "supportsDarkInterface": supports_dark_interface,
                "supportsDifferentiateWithoutColorAlone": supports_differentiate_without_color_alone,
                "supportsLargerText": supports_larger_text,
                "supportsReducedMotion": supports_reduced_motion,
                "supportsSufficientContrast": supports_sufficient_contrast,
                "supportsVoiceControl": supports_voice_control,
                "supportsVoiceover": supports_voiceover,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/accessibilityDeclarations/{id}", id=id),
            body=body,
            response_type=AccessibilityDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
