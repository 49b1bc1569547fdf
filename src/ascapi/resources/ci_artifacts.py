# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``ci_artifacts`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.ci_artifact_response import CiArtifactResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["fileType", "fileName", "fileSize", "downloadUrl"]


class CiArtifacts(SyncAPIResource):
    """``client.ci_artifacts``: /v1/ciArtifacts"""

    def get(
        self,
        id: str,
        *,
        fields_ci_artifacts: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiArtifactResponse:
        """ciArtifacts_getInstance

        GET /v1/ciArtifacts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciartifacts-_id_
        """
        from ascapi.models.ci_artifact_response import CiArtifactResponse

        return self._client._call(
            "GET",
            path("/v1/ciArtifacts/{id}", id=id),
            params={"fields[ciArtifacts]": fields_ci_artifacts},
            response_type=CiArtifactResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncCiArtifacts(AsyncAPIResource):
    """``client.ci_artifacts``: /v1/ciArtifacts"""

    async def get(
        self,
        id: str,
        *,
        fields_ci_artifacts: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CiArtifactResponse:
        """ciArtifacts_getInstance

        GET /v1/ciArtifacts/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-ciartifacts-_id_
        """
        from ascapi.models.ci_artifact_response import CiArtifactResponse

        return await self._client._call(
            "GET",
            path("/v1/ciArtifacts/{id}", id=id),
            params={"fields[ciArtifacts]": fields_ci_artifacts},
            response_type=CiArtifactResponse,
            options=options(extra_headers, extra_query, timeout),
        )
