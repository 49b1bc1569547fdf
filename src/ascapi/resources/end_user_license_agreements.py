# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``end_user_license_agreements`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.end_user_license_agreement_create_request import (
        EndUserLicenseAgreementCreateRequest,
    )
    from ascapi.models.end_user_license_agreement_response import EndUserLicenseAgreementResponse
    from ascapi.models.end_user_license_agreement_territories_linkages_response import (
        EndUserLicenseAgreementTerritoriesLinkagesResponse,
        EndUserLicenseAgreementTerritoriesLinkagesResponseData,
    )
    from ascapi.models.end_user_license_agreement_update_request import (
        EndUserLicenseAgreementUpdateRequest,
    )
    from ascapi.models.territories_without_includes_response import (
        TerritoriesWithoutIncludesResponse,
    )
    from ascapi.models.territory import Territory
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["agreementText", "app", "territories"]
    _Enum1 = Literal[
        "accessibilityUrl",
        "name",
        "bundleId",
        "sku",
        "primaryLocale",
        "isOrEverWasMadeForKids",
        "subscriptionStatusUrl",
        "subscriptionStatusUrlVersion",
        "subscriptionStatusUrlForSandbox",
        "subscriptionStatusUrlVersionForSandbox",
        "contentRightsDeclaration",
        "streamlinedPurchasingEnabled",
        "accessibilityDeclarations",
        "appEncryptionDeclarations",
        "appStoreIcon",
        "ciProduct",
        "betaTesters",
        "betaGroups",
        "appStoreVersions",
        "appTags",
        "preReleaseVersions",
        "betaAppLocalizations",
        "builds",
        "betaLicenseAgreement",
        "betaAppReviewDetail",
        "appInfos",
        "appClips",
        "appPricePoints",
        "endUserLicenseAgreement",
        "appPriceSchedule",
        "appAvailabilityV2",
        "inAppPurchases",
        "subscriptionGroups",
        "gameCenterEnabledVersions",
        "perfPowerMetrics",
        "appCustomProductPages",
        "inAppPurchasesV2",
        "promotedPurchases",
        "appEvents",
        "reviewSubmissions",
        "subscriptionGracePeriod",
        "customerReviews",
        "customerReviewSummarizations",
        "gameCenterDetail",
        "appStoreVersionExperimentsV2",
        "alternativeDistributionKey",
        "analyticsReportRequests",
        "marketplaceSearchDetail",
        "buildUploads",
        "backgroundAssets",
        "betaFeedbackScreenshotSubmissions",
        "betaFeedbackCrashSubmissions",
        "searchKeywords",
        "webhooks",
        "androidToIosAppMappingDetails",
    ]
    _Enum2 = Literal["currency"]
    _Enum3 = Literal["app", "territories"]


class EndUserLicenseAgreements(SyncAPIResource):
    """``client.end_user_license_agreements``: /v1/endUserLicenseAgreements"""

    @cached_property
    def territories(self) -> EndUserLicenseAgreementsTerritories:
        return EndUserLicenseAgreementsTerritories(self._client)

    def create(
        self,
        *,
        body: EndUserLicenseAgreementCreateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_createInstance

        POST /v1/endUserLicenseAgreements

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-enduserlicenseagreements
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        body = _support.document(
            body,
            agreement_text is not UNSET or app is not UNSET or territories is not UNSET,
            "endUserLicenseAgreements",
            None,
            {"agreementText": agreement_text},
            {"app": ("apps", False, app), "territories": ("territories", True, territories)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/endUserLicenseAgreements",
            body=body,
            response_type=EndUserLicenseAgreementResponse,
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
        """endUserLicenseAgreements_deleteInstance

        DELETE /v1/endUserLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-enduserlicenseagreements-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_end_user_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_getInstance

        GET /v1/endUserLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            params={
                "fields[endUserLicenseAgreements]": fields_end_user_license_agreements,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[territories]": limit_territories,
            },
            maxima={"limit[territories]": 50},
            response_type=EndUserLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: EndUserLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_updateInstance

        PATCH /v1/endUserLicenseAgreements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-enduserlicenseagreements-_id_
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        body = _support.document(
            body,
            agreement_text is not UNSET or territories is not UNSET,
            "endUserLicenseAgreements",
            id,
            {"agreementText": agreement_text},
            {"territories": ("territories", True, territories)},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            body=body,
            response_type=EndUserLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class EndUserLicenseAgreementsTerritories(SyncAPIResource):
    """``client.end_user_license_agreements.territories``: /v1/endUserLicenseAgreements"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[
        EndUserLicenseAgreementTerritoriesLinkagesResponse,
        EndUserLicenseAgreementTerritoriesLinkagesResponseData,
    ]:
        """endUserLicenseAgreements_territories_getToManyRelationship

        GET /v1/endUserLicenseAgreements/{id}/relationships/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        from ascapi.models.end_user_license_agreement_territories_linkages_response import (
            EndUserLicenseAgreementTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/endUserLicenseAgreements/{id}/relationships/territories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=EndUserLicenseAgreementTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoriesWithoutIncludesResponse, Territory]:
        """endUserLicenseAgreements_territories_getToManyRelated

        GET /v1/endUserLicenseAgreements/{id}/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        from ascapi.models.territories_without_includes_response import (
            TerritoriesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/endUserLicenseAgreements/{id}/territories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncEndUserLicenseAgreements(AsyncAPIResource):
    """``client.end_user_license_agreements``: /v1/endUserLicenseAgreements"""

    @cached_property
    def territories(self) -> AsyncEndUserLicenseAgreementsTerritories:
        return AsyncEndUserLicenseAgreementsTerritories(self._client)

    async def create(
        self,
        *,
        body: EndUserLicenseAgreementCreateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_createInstance

        POST /v1/endUserLicenseAgreements

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-enduserlicenseagreements
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        body = _support.document(
            body,
            agreement_text is not UNSET or app is not UNSET or territories is not UNSET,
            "endUserLicenseAgreements",
            None,
            {"agreementText": agreement_text},
            {"app": ("apps", False, app), "territories": ("territories", True, territories)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/endUserLicenseAgreements",
            body=body,
            response_type=EndUserLicenseAgreementResponse,
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
        """endUserLicenseAgreements_deleteInstance

        DELETE /v1/endUserLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-enduserlicenseagreements-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_end_user_license_agreements: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_territories: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        limit_territories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_getInstance

        GET /v1/endUserLicenseAgreements/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            params={
                "fields[endUserLicenseAgreements]": fields_end_user_license_agreements,
                "fields[apps]": fields_apps,
                "fields[territories]": fields_territories,
                "include": include,
                "limit[territories]": limit_territories,
            },
            maxima={"limit[territories]": 50},
            response_type=EndUserLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: EndUserLicenseAgreementUpdateRequest | Mapping[str, Any] | None = None,
        agreement_text: str | None | UnsetType = UNSET,
        territories: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EndUserLicenseAgreementResponse:
        """endUserLicenseAgreements_updateInstance

        PATCH /v1/endUserLicenseAgreements/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-enduserlicenseagreements-_id_
        """
        from ascapi.models.end_user_license_agreement_response import (
            EndUserLicenseAgreementResponse,
        )

        body = _support.document(
            body,
            agreement_text is not UNSET or territories is not UNSET,
            "endUserLicenseAgreements",
            id,
            {"agreementText": agreement_text},
            {"territories": ("territories", True, territories)},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/endUserLicenseAgreements/{id}", id=id),
            body=body,
            response_type=EndUserLicenseAgreementResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncEndUserLicenseAgreementsTerritories(AsyncAPIResource):
    """``client.end_user_license_agreements.territories``: /v1/endUserLicenseAgreements"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        EndUserLicenseAgreementTerritoriesLinkagesResponse,
        EndUserLicenseAgreementTerritoriesLinkagesResponseData,
    ]:
        """endUserLicenseAgreements_territories_getToManyRelationship

        GET /v1/endUserLicenseAgreements/{id}/relationships/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-relationships-territories
        """
        from ascapi.models.end_user_license_agreement_territories_linkages_response import (
            EndUserLicenseAgreementTerritoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/endUserLicenseAgreements/{id}/relationships/territories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=EndUserLicenseAgreementTerritoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territories: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoriesWithoutIncludesResponse, Territory]:
        """endUserLicenseAgreements_territories_getToManyRelated

        GET /v1/endUserLicenseAgreements/{id}/territories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-enduserlicenseagreements-_id_-territories
        """
        from ascapi.models.territories_without_includes_response import (
            TerritoriesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/endUserLicenseAgreements/{id}/territories", id=id),
            params={"fields[territories]": fields_territories, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=TerritoriesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
