# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_encryption_declarations`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_encryption_declaration import AppEncryptionDeclaration
    from ascapi.models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
        AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
    )
    from ascapi.models.app_encryption_declaration_app_linkage_response import (
        AppEncryptionDeclarationAppLinkageResponse,
    )
    from ascapi.models.app_encryption_declaration_builds_linkages_request import (
        AppEncryptionDeclarationBuildsLinkagesRequest,
    )
    from ascapi.models.app_encryption_declaration_create_request import (
        AppEncryptionDeclarationCreateRequest,
    )
    from ascapi.models.app_encryption_declaration_document_response import (
        AppEncryptionDeclarationDocumentResponse,
    )
    from ascapi.models.app_encryption_declaration_response import AppEncryptionDeclarationResponse
    from ascapi.models.app_encryption_declarations_response import AppEncryptionDeclarationsResponse
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "appDescription",
        "createdDate",
        "usesEncryption",
        "exempt",
        "containsProprietaryCryptography",
        "containsThirdPartyCryptography",
        "availableOnFrenchStore",
        "platform",
        "uploadedDate",
        "documentUrl",
        "documentName",
        "documentType",
        "appEncryptionDeclarationState",
        "codeValue",
        "app",
        "builds",
        "appEncryptionDeclarationDocument",
    ]
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
    _Enum2 = Literal[
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
    _Enum3 = Literal[
        "fileSize",
        "fileName",
        "assetToken",
        "downloadUrl",
        "sourceFileChecksum",
        "uploadOperations",
        "assetDeliveryState",
    ]
    _Enum4 = Literal["app", "builds", "appEncryptionDeclarationDocument"]
    _Enum5 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]


class AppEncryptionDeclarations(SyncAPIResource):
    """``client.app_encryption_declarations``: /v1/appEncryptionDeclarations"""

    @cached_property
    def app(self) -> AppEncryptionDeclarationsApp:
        return AppEncryptionDeclarationsApp(self._client)

    @cached_property
    def app_encryption_declaration_document(
        self,
    ) -> AppEncryptionDeclarationsAppEncryptionDeclarationDocument:
        return AppEncryptionDeclarationsAppEncryptionDeclarationDocument(self._client)

    @cached_property
    def builds(self) -> AppEncryptionDeclarationsBuilds:
        return AppEncryptionDeclarationsBuilds(self._client)

    def create(
        self,
        *,
        body: AppEncryptionDeclarationCreateRequest | Mapping[str, Any] | None = None,
        app_description: str | None | UnsetType = UNSET,
        contains_proprietary_cryptography: bool | None | UnsetType = UNSET,
        contains_third_party_cryptography: bool | None | UnsetType = UNSET,
        available_on_french_store: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationResponse:
        """appEncryptionDeclarations_createInstance

        POST /v1/appEncryptionDeclarations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declaration_response import (
            AppEncryptionDeclarationResponse,
        )

        body = _support.document(
            body,
            app_description is not UNSET
            or contains_proprietary_cryptography is not UNSET
            or contains_third_party_cryptography is not UNSET
            or available_on_french_store is not UNSET
            or app is not UNSET,
            "appEncryptionDeclarations",
            None,
            {
                "appDescription": app_description,
                "containsProprietaryCryptography": contains_proprietary_cryptography,
                "containsThirdPartyCryptography": contains_third_party_cryptography,
                "availableOnFrenchStore": available_on_french_store,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/appEncryptionDeclarations",
            body=body,
            response_type=AppEncryptionDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_app_encryption_declarations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationResponse:
        """appEncryptionDeclarations_getInstance

        GET /v1/appEncryptionDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_
        """
        from ascapi.models.app_encryption_declaration_response import (
            AppEncryptionDeclarationResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}", id=id),
            params={
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=AppEncryptionDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_platform: Sequence[_Enum5] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppEncryptionDeclarationsResponse, AppEncryptionDeclaration]:
        """appEncryptionDeclarations_getCollection

        GET /v1/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declarations_response import (
            AppEncryptionDeclarationsResponse,
        )

        return self._client._get_page(
            "/v1/appEncryptionDeclarations",
            params={
                "filter[platform]": filter_platform,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=AppEncryptionDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEncryptionDeclarationsApp(SyncAPIResource):
    """``client.app_encryption_declarations.app``: /v1/appEncryptionDeclarations"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """appEncryptionDeclarations_app_getToOneRelated

        GET /v1/appEncryptionDeclarations/{id}/app

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            deprecated="appEncryptionDeclarations_app_getToOneRelated",
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationAppLinkageResponse:
        """appEncryptionDeclarations_app_getToOneRelationship

        GET /v1/appEncryptionDeclarations/{id}/relationships/app

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-app
        """
        from ascapi.models.app_encryption_declaration_app_linkage_response import (
            AppEncryptionDeclarationAppLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/relationships/app", id=id),
            deprecated="appEncryptionDeclarations_app_getToOneRelationship",
            response_type=AppEncryptionDeclarationAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEncryptionDeclarationsAppEncryptionDeclarationDocument(SyncAPIResource):
    """``client.app_encryption_declarations.app_encryption_declaration_document``: /v1/appEncryptionDeclarations"""

    def get(
        self,
        id: str,
        *,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelated

        GET /v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-appencryptiondeclarationdocument
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument", id=id),
            params={
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents
            },
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse:
        """appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelationship

        GET /v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-appencryptiondeclarationdocument
        """
        from ascapi.models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
            AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument",
                id=id,
            ),
            response_type=AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppEncryptionDeclarationsBuilds(SyncAPIResource):
    """``client.app_encryption_declarations.builds``: /v1/appEncryptionDeclarations"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppEncryptionDeclarationBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appEncryptionDeclarations_builds_createToManyRelationship

        POST /v1/appEncryptionDeclarations/{id}/relationships/builds

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return self._client._call(
            "POST",
            path("/v1/appEncryptionDeclarations/{id}/relationships/builds", id=id),
            body=body,
            deprecated="appEncryptionDeclarations_builds_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEncryptionDeclarations(AsyncAPIResource):
    """``client.app_encryption_declarations``: /v1/appEncryptionDeclarations"""

    @cached_property
    def app(self) -> AsyncAppEncryptionDeclarationsApp:
        return AsyncAppEncryptionDeclarationsApp(self._client)

    @cached_property
    def app_encryption_declaration_document(
        self,
    ) -> AsyncAppEncryptionDeclarationsAppEncryptionDeclarationDocument:
        return AsyncAppEncryptionDeclarationsAppEncryptionDeclarationDocument(self._client)

    @cached_property
    def builds(self) -> AsyncAppEncryptionDeclarationsBuilds:
        return AsyncAppEncryptionDeclarationsBuilds(self._client)

    async def create(
        self,
        *,
        body: AppEncryptionDeclarationCreateRequest | Mapping[str, Any] | None = None,
        app_description: str | None | UnsetType = UNSET,
        contains_proprietary_cryptography: bool | None | UnsetType = UNSET,
        contains_third_party_cryptography: bool | None | UnsetType = UNSET,
        available_on_french_store: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationResponse:
        """appEncryptionDeclarations_createInstance

        POST /v1/appEncryptionDeclarations

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declaration_response import (
            AppEncryptionDeclarationResponse,
        )

        body = _support.document(
            body,
            app_description is not UNSET
            or contains_proprietary_cryptography is not UNSET
            or contains_third_party_cryptography is not UNSET
            or available_on_french_store is not UNSET
            or app is not UNSET,
            "appEncryptionDeclarations",
            None,
            {
                "appDescription": app_description,
                "containsProprietaryCryptography": contains_proprietary_cryptography,
                "containsThirdPartyCryptography": contains_third_party_cryptography,
                "availableOnFrenchStore": available_on_french_store,
            },
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/appEncryptionDeclarations",
            body=body,
            response_type=AppEncryptionDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_app_encryption_declarations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationResponse:
        """appEncryptionDeclarations_getInstance

        GET /v1/appEncryptionDeclarations/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_
        """
        from ascapi.models.app_encryption_declaration_response import (
            AppEncryptionDeclarationResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}", id=id),
            params={
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "include": include,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[builds]": 50},
            response_type=AppEncryptionDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_platform: Sequence[_Enum5] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        fields_app_encryption_declarations: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppEncryptionDeclarationsResponse, AppEncryptionDeclaration]:
        """appEncryptionDeclarations_getCollection

        GET /v1/appEncryptionDeclarations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations
        """
        from ascapi.models.app_encryption_declarations_response import (
            AppEncryptionDeclarationsResponse,
        )

        return self._client._get_page(
            "/v1/appEncryptionDeclarations",
            params={
                "filter[platform]": filter_platform,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "fields[appEncryptionDeclarations]": fields_app_encryption_declarations,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents,
                "limit": limit,
                "include": include,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[builds]": 50},
            response_type=AppEncryptionDeclarationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEncryptionDeclarationsApp(AsyncAPIResource):
    """``client.app_encryption_declarations.app``: /v1/appEncryptionDeclarations"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """appEncryptionDeclarations_app_getToOneRelated

        GET /v1/appEncryptionDeclarations/{id}/app

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
            deprecated="appEncryptionDeclarations_app_getToOneRelated",
            response_type=AppWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationAppLinkageResponse:
        """appEncryptionDeclarations_app_getToOneRelationship

        GET /v1/appEncryptionDeclarations/{id}/relationships/app

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-app
        """
        from ascapi.models.app_encryption_declaration_app_linkage_response import (
            AppEncryptionDeclarationAppLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/relationships/app", id=id),
            deprecated="appEncryptionDeclarations_app_getToOneRelationship",
            response_type=AppEncryptionDeclarationAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEncryptionDeclarationsAppEncryptionDeclarationDocument(AsyncAPIResource):
    """``client.app_encryption_declarations.app_encryption_declaration_document``: /v1/appEncryptionDeclarations"""

    async def get(
        self,
        id: str,
        *,
        fields_app_encryption_declaration_documents: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationDocumentResponse:
        """appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelated

        GET /v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-appencryptiondeclarationdocument
        """
        from ascapi.models.app_encryption_declaration_document_response import (
            AppEncryptionDeclarationDocumentResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appEncryptionDeclarations/{id}/appEncryptionDeclarationDocument", id=id),
            params={
                "fields[appEncryptionDeclarationDocuments]": fields_app_encryption_declaration_documents
            },
            response_type=AppEncryptionDeclarationDocumentResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse:
        """appEncryptionDeclarations_appEncryptionDeclarationDocument_getToOneRelationship

        GET /v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appencryptiondeclarations-_id_-relationships-appencryptiondeclarationdocument
        """
        from ascapi.models.app_encryption_declaration_app_encryption_declaration_document_linkage_response import (
            AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/appEncryptionDeclarations/{id}/relationships/appEncryptionDeclarationDocument",
                id=id,
            ),
            response_type=AppEncryptionDeclarationAppEncryptionDeclarationDocumentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppEncryptionDeclarationsBuilds(AsyncAPIResource):
    """``client.app_encryption_declarations.builds``: /v1/appEncryptionDeclarations"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: AppEncryptionDeclarationBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """appEncryptionDeclarations_builds_createToManyRelationship

        POST /v1/appEncryptionDeclarations/{id}/relationships/builds

        Deprecated by Apple: calling it warns with DeprecationWarning.

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-appencryptiondeclarations-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return await self._client._call(
            "POST",
            path("/v1/appEncryptionDeclarations/{id}/relationships/builds", id=id),
            body=body,
            deprecated="appEncryptionDeclarations_builds_createToManyRelationship",
            options=options(extra_headers, extra_query, timeout),
        )
