# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``devices`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.device import Device
    from ascapi.models.device_create_request import DeviceCreateRequest
    from ascapi.models.device_response import DeviceResponse
    from ascapi.models.device_update_request import DeviceUpdateRequest
    from ascapi.models.devices_response import DevicesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["IOS", "MAC_OS", "UNIVERSAL", "SERVICES"]
    _Enum1 = Literal["name", "platform", "udid", "deviceClass", "status", "model", "addedDate"]
    _Enum2 = Literal["IOS", "MAC_OS", "UNIVERSAL"]
    _Enum3 = Literal["ENABLED", "DISABLED"]
    _Enum4 = Literal[
        "name", "-name", "platform", "-platform", "udid", "-udid", "status", "-status", "id", "-id"
    ]


class Devices(SyncAPIResource):
    """``client.devices``: /v1/devices"""

    def create(
        self,
        *,
        body: DeviceCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        udid: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_createInstance

        POST /v1/devices

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-devices
        """
        from ascapi.models.device_response import DeviceResponse

        body = _support.document(
            body,
            name is not UNSET or platform is not UNSET or udid is not UNSET,
            "devices",
            None,
            {"name": name, "platform": platform, "udid": udid},
            {},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/devices",
            body=body,
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_devices: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_getInstance

        GET /v1/devices/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices-_id_
        """
        from ascapi.models.device_response import DeviceResponse

        return self._client._call(
            "GET",
            path("/v1/devices/{id}", id=id),
            params={"fields[devices]": fields_devices},
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum2] | None = None,
        filter_udid: Sequence[str] | None = None,
        filter_status: Sequence[_Enum3] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_devices: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[DevicesResponse, Device]:
        """devices_getCollection

        GET /v1/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        from ascapi.models.devices_response import DevicesResponse

        return self._client._get_page(
            "/v1/devices",
            params={
                "filter[name]": filter_name,
                "filter[platform]": filter_platform,
                "filter[udid]": filter_udid,
                "filter[status]": filter_status,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[devices]": fields_devices,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=DevicesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: DeviceUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        status: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_updateInstance

        PATCH /v1/devices/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-devices-_id_
        """
        from ascapi.models.device_response import DeviceResponse

        body = _support.document(
            body,
            name is not UNSET or status is not UNSET,
            "devices",
            id,
            {"name": name, "status": status},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/devices/{id}", id=id),
            body=body,
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncDevices(AsyncAPIResource):
    """``client.devices``: /v1/devices"""

    async def create(
        self,
        *,
        body: DeviceCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        platform: _Enum0 | str | None | UnsetType = UNSET,
        udid: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_createInstance

        POST /v1/devices

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-devices
        """
        from ascapi.models.device_response import DeviceResponse

        body = _support.document(
            body,
            name is not UNSET or platform is not UNSET or udid is not UNSET,
            "devices",
            None,
            {"name": name, "platform": platform, "udid": udid},
            {},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/devices",
            body=body,
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_devices: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_getInstance

        GET /v1/devices/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices-_id_
        """
        from ascapi.models.device_response import DeviceResponse

        return await self._client._call(
            "GET",
            path("/v1/devices/{id}", id=id),
            params={"fields[devices]": fields_devices},
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_platform: Sequence[_Enum2] | None = None,
        filter_udid: Sequence[str] | None = None,
        filter_status: Sequence[_Enum3] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum4] | None = None,
        fields_devices: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DevicesResponse, Device]:
        """devices_getCollection

        GET /v1/devices

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-devices
        """
        from ascapi.models.devices_response import DevicesResponse

        return self._client._get_page(
            "/v1/devices",
            params={
                "filter[name]": filter_name,
                "filter[platform]": filter_platform,
                "filter[udid]": filter_udid,
                "filter[status]": filter_status,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[devices]": fields_devices,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=DevicesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: DeviceUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        status: _Enum3 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DeviceResponse:
        """devices_updateInstance

        PATCH /v1/devices/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-devices-_id_
        """
        from ascapi.models.device_response import DeviceResponse

        body = _support.document(
            body,
            name is not UNSET or status is not UNSET,
            "devices",
            id,
            {"name": name, "status": status},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/devices/{id}", id=id),
            body=body,
            response_type=DeviceResponse,
            options=options(extra_headers, extra_query, timeout),
        )
