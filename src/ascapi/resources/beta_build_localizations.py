# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_build_localizations`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
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
    from ascapi.models.beta_build_localization import BetaBuildLocalization
    from ascapi.models.beta_build_localization_build_linkage_response import (
        BetaBuildLocalizationBuildLinkageResponse,
    )
    from ascapi.models.beta_build_localization_create_request import (
        BetaBuildLocalizationCreateRequest,
    )
    from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse
    from ascapi.models.beta_build_localization_update_request import (
        BetaBuildLocalizationUpdateRequest,
    )
    from ascapi.models.beta_build_localizations_response import BetaBuildLocalizationsResponse
    from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["whatsNew", "locale", "build"]
    _Enum1 = Literal[
        "version",
        "uploadedDate",
        "expirationDate",
        "expired",
        "minOsVersion",
        "lsMinimumSystemVersion",
        "computedMinMacOsVersion",
        "computedMinVisionOsVersion",
        "iconAssetToken",
        "processingState",
        "buildAudienceType",
        "usesNonExemptEncryption",
        "preReleaseVersion",
        "individualTesters",
        "betaGroups",
        "betaBuildLocalizations",
        "appEncryptionDeclaration",
        "betaAppReviewSubmission",
        "app",
        "buildBetaDetail",
        "appStoreVersion",
        "icons",
        "buildBundles",
        "buildUpload",
        "perfPowerMetrics",
        "diagnosticSignatures",
    ]
    _Enum2 = Literal["build"]


class BetaBuildLocalizations(SyncAPIResource):
    """``client.beta_build_localizations``: /v1/betaBuildLocalizations"""

    @cached_property
    def build(self) -> BetaBuildLocalizationsBuild:
        return BetaBuildLocalizationsBuild(self._client)

    def create(
        self,
        *,
        body: BetaBuildLocalizationCreateRequest | Mapping[str, Any] | None = None,
        whats_new: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_createInstance

        POST /v1/betaBuildLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betabuildlocalizations
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        body = _support.document(
            body,
            whats_new is not UNSET or locale is not UNSET or build is not UNSET,
            "betaBuildLocalizations",
            None,
            {"whatsNew": whats_new, "locale": locale},
            {"build": ("builds", False, build)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaBuildLocalizations",
            body=body,
            response_type=BetaBuildLocalizationResponse,
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
        """betaBuildLocalizations_deleteInstance

        DELETE /v1/betaBuildLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betabuildlocalizations-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_build_localizations: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_getInstance

        GET /v1/betaBuildLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        return self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            params={
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BetaBuildLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_build: Sequence[str] | None = None,
        fields_beta_build_localizations: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaBuildLocalizationsResponse, BetaBuildLocalization]:
        """betaBuildLocalizations_getCollection

        GET /v1/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        from ascapi.models.beta_build_localizations_response import BetaBuildLocalizationsResponse

        return self._client._get_page(
            "/v1/betaBuildLocalizations",
            params={
                "filter[locale]": filter_locale,
                "filter[build]": filter_build,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaBuildLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaBuildLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        whats_new: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_updateInstance

        PATCH /v1/betaBuildLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betabuildlocalizations-_id_
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        body = _support.document(
            body,
            whats_new is not UNSET,
            "betaBuildLocalizations",
            id,
            {"whatsNew": whats_new},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            body=body,
            response_type=BetaBuildLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaBuildLocalizationsBuild(SyncAPIResource):
    """``client.beta_build_localizations.build``: /v1/betaBuildLocalizations"""

    def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """betaBuildLocalizations_build_getToOneRelated

        GET /v1/betaBuildLocalizations/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}/build", id=id),
            params={"fields[builds]": fields_builds},
            response_type=BuildWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationBuildLinkageResponse:
        """betaBuildLocalizations_build_getToOneRelationship

        GET /v1/betaBuildLocalizations/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-relationships-build
        """
        from ascapi.models.beta_build_localization_build_linkage_response import (
            BetaBuildLocalizationBuildLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}/relationships/build", id=id),
            response_type=BetaBuildLocalizationBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaBuildLocalizations(AsyncAPIResource):
    """``client.beta_build_localizations``: /v1/betaBuildLocalizations"""

    @cached_property
    def build(self) -> AsyncBetaBuildLocalizationsBuild:
        return AsyncBetaBuildLocalizationsBuild(self._client)

    async def create(
        self,
        *,
        body: BetaBuildLocalizationCreateRequest | Mapping[str, Any] | None = None,
        whats_new: str | None | UnsetType = UNSET,
        locale: str | None | UnsetType = UNSET,
        build: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_createInstance

        POST /v1/betaBuildLocalizations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betabuildlocalizations
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        body = _support.document(
            body,
            whats_new is not UNSET or locale is not UNSET or build is not UNSET,
            "betaBuildLocalizations",
            None,
            {"whatsNew": whats_new, "locale": locale},
            {"build": ("builds", False, build)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaBuildLocalizations",
            body=body,
            response_type=BetaBuildLocalizationResponse,
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
        """betaBuildLocalizations_deleteInstance

        DELETE /v1/betaBuildLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betabuildlocalizations-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_build_localizations: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        include: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_getInstance

        GET /v1/betaBuildLocalizations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        return await self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            params={
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[builds]": fields_builds,
                "include": include,
            },
            response_type=BetaBuildLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_locale: Sequence[str] | None = None,
        filter_build: Sequence[str] | None = None,
        fields_beta_build_localizations: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum2] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaBuildLocalizationsResponse, BetaBuildLocalization]:
        """betaBuildLocalizations_getCollection

        GET /v1/betaBuildLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations
        """
        from ascapi.models.beta_build_localizations_response import BetaBuildLocalizationsResponse

        return self._client._get_page(
            "/v1/betaBuildLocalizations",
            params={
                "filter[locale]": filter_locale,
                "filter[build]": filter_build,
                "fields[betaBuildLocalizations]": fields_beta_build_localizations,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaBuildLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaBuildLocalizationUpdateRequest | Mapping[str, Any] | None = None,
        whats_new: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationResponse:
        """betaBuildLocalizations_updateInstance

        PATCH /v1/betaBuildLocalizations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betabuildlocalizations-_id_
        """
        from ascapi.models.beta_build_localization_response import BetaBuildLocalizationResponse

        body = _support.document(
            body,
            whats_new is not UNSET,
            "betaBuildLocalizations",
            id,
            {"whatsNew": whats_new},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaBuildLocalizations/{id}", id=id),
            body=body,
            response_type=BetaBuildLocalizationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaBuildLocalizationsBuild(AsyncAPIResource):
    """``client.beta_build_localizations.build``: /v1/betaBuildLocalizations"""

    async def get(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BuildWithoutIncludesResponse:
        """betaBuildLocalizations_build_getToOneRelated

        GET /v1/betaBuildLocalizations/{id}/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-build
        """
        from ascapi.models.build_without_includes_response import BuildWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}/build", id=id),
            params={"fields[builds]": fields_builds},
            response_type=BuildWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaBuildLocalizationBuildLinkageResponse:
        """betaBuildLocalizations_build_getToOneRelationship

        GET /v1/betaBuildLocalizations/{id}/relationships/build

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betabuildlocalizations-_id_-relationships-build
        """
        from ascapi.models.beta_build_localization_build_linkage_response import (
            BetaBuildLocalizationBuildLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaBuildLocalizations/{id}/relationships/build", id=id),
            response_type=BetaBuildLocalizationBuildLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
