# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_store_version_submissions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.pagination import AsyncPager, Page


class AppStoreVersionSubmissions(SyncAPIResource):
    """``client.app_store_version_submissions``: /v1/appStoreVersionSubmissions"""

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionSubmissions_deleteInstance

        DELETE /v1/appStoreVersionSubmissions/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionsubmissions-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/appStoreVersionSubmissions/{id}", id=id),
            deprecated="appStoreVersionSubmissions_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppStoreVersionSubmissions(AsyncAPIResource):
    """``client.app_store_version_submissions``: /v1/appStoreVersionSubmissions"""

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appStoreVersionSubmissions_deleteInstance

        DELETE /v1/appStoreVersionSubmissions/{id}

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-appstoreversionsubmissions-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/appStoreVersionSubmissions/{id}", id=id),
            deprecated="appStoreVersionSubmissions_deleteInstance",
            options=options(extra_headers, extra_query, timeout),
        )
