# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``bundle_id_capabilities`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.bundle_id_capability_create_request import BundleIdCapabilityCreateRequest
    from ascapi.models.bundle_id_capability_response import BundleIdCapabilityResponse
    from ascapi.models.bundle_id_capability_update_request import BundleIdCapabilityUpdateRequest
    from ascapi.models.capability_setting import CapabilitySetting
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "ICLOUD",
        "IN_APP_PURCHASE",
        "GAME_CENTER",
        "PUSH_NOTIFICATIONS",
        "WALLET",
        "INTER_APP_AUDIO",
        "MAPS",
        "ASSOCIATED_DOMAINS",
        "PERSONAL_VPN",
        "APP_GROUPS",
        "HEALTHKIT",
        "HOMEKIT",
        "WIRELESS_ACCESSORY_CONFIGURATION",
        "APPLE_PAY",
        "DATA_PROTECTION",
        "SIRIKIT",
        "NETWORK_EXTENSIONS",
        "MULTIPATH",
        "HOT_SPOT",
        "NFC_TAG_READING",
        "CLASSKIT",
        "AUTOFILL_CREDENTIAL_PROVIDER",
        "ACCESS_WIFI_INFORMATION",
        "NETWORK_CUSTOM_PROTOCOL",
        "COREMEDIA_HLS_LOW_LATENCY",
        "SYSTEM_EXTENSION_INSTALL",
        "USER_MANAGEMENT",
        "APPLE_ID_AUTH",
    ]


class BundleIdCapabilities(SyncAPIResource):
    """``client.bundle_id_capabilities``: /v1/bundleIdCapabilities"""

    def create(
        self,
        *,
        body: BundleIdCapabilityCreateRequest | Mapping[str, Any] | None = None,
        capability_type: _Enum0 | str | None | UnsetType = UNSET,
        settings: Sequence[CapabilitySetting | Mapping[str, Any]] | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdCapabilityResponse:
        """bundleIdCapabilities_createInstance

        POST /v1/bundleIdCapabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleidcapabilities
        """
        from ascapi.models.bundle_id_capability_response import BundleIdCapabilityResponse

        body = _support.document(
            body,
            capability_type is not UNSET or settings is not UNSET or bundle_id is not UNSET,
            "bundleIdCapabilities",
            None,
            {"capabilityType": capability_type, "settings": settings},
            {"bundleId": ("bundleIds", False, bundle_id)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/bundleIdCapabilities",
            body=body,
            response_type=BundleIdCapabilityResponse,
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
        """bundleIdCapabilities_deleteInstance

        DELETE /v1/bundleIdCapabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleidcapabilities-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/bundleIdCapabilities/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BundleIdCapabilityUpdateRequest | Mapping[str, Any] | None = None,
        capability_type: _Enum0 | str | None | UnsetType = UNSET,
        settings: Sequence[CapabilitySetting | Mapping[str, Any]] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdCapabilityResponse:
        """bundleIdCapabilities_updateInstance

        PATCH /v1/bundleIdCapabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleidcapabilities-_id_
        """
        from ascapi.models.bundle_id_capability_response import BundleIdCapabilityResponse

        body = _support.document(
            body,
            capability_type is not UNSET or settings is not UNSET,
            "bundleIdCapabilities",
            id,
            {"capabilityType": capability_type, "settings": settings},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/bundleIdCapabilities/{id}", id=id),
            body=body,
            response_type=BundleIdCapabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBundleIdCapabilities(AsyncAPIResource):
    """``client.bundle_id_capabilities``: /v1/bundleIdCapabilities"""

    async def create(
        self,
        *,
        body: BundleIdCapabilityCreateRequest | Mapping[str, Any] | None = None,
        capability_type: _Enum0 | str | None | UnsetType = UNSET,
        settings: Sequence[CapabilitySetting | Mapping[str, Any]] | None | UnsetType = UNSET,
        bundle_id: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdCapabilityResponse:
        """bundleIdCapabilities_createInstance

        POST /v1/bundleIdCapabilities

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-bundleidcapabilities
        """
        from ascapi.models.bundle_id_capability_response import BundleIdCapabilityResponse

        body = _support.document(
            body,
            capability_type is not UNSET or settings is not UNSET or bundle_id is not UNSET,
            "bundleIdCapabilities",
            None,
            {"capabilityType": capability_type, "settings": settings},
            {"bundleId": ("bundleIds", False, bundle_id)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/bundleIdCapabilities",
            body=body,
            response_type=BundleIdCapabilityResponse,
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
        """bundleIdCapabilities_deleteInstance

        DELETE /v1/bundleIdCapabilities/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-bundleidcapabilities-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/bundleIdCapabilities/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BundleIdCapabilityUpdateRequest | Mapping[str, Any] | None = None,
        capability_type: _Enum0 | str | None | UnsetType = UNSET,
        settings: Sequence[CapabilitySetting | Mapping[str, Any]] | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BundleIdCapabilityResponse:
        """bundleIdCapabilities_updateInstance

        PATCH /v1/bundleIdCapabilities/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-bundleidcapabilities-_id_
        """
        from ascapi.models.bundle_id_capability_response import BundleIdCapabilityResponse

        body = _support.document(
            body,
            capability_type is not UNSET or settings is not UNSET,
            "bundleIdCapabilities",
            id,
            {"capabilityType": capability_type, "settings": settings},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/bundleIdCapabilities/{id}", id=id),
            body=body,
            response_type=BundleIdCapabilityResponse,
            options=options(extra_headers, extra_query, timeout),
        )
