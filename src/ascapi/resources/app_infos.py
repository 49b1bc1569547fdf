# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_infos`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse
    from ascapi.models.app_category_response import AppCategoryResponse
    from ascapi.models.app_info_age_rating_declaration_linkage_response import (
        AppInfoAgeRatingDeclarationLinkageResponse,
    )
    from ascapi.models.app_info_app_info_localizations_linkages_response import (
        AppInfoAppInfoLocalizationsLinkagesResponse,
        AppInfoAppInfoLocalizationsLinkagesResponseData,
    )
    from ascapi.models.app_info_localization import AppInfoLocalization
    from ascapi.models.app_info_localizations_response import AppInfoLocalizationsResponse
    from ascapi.models.app_info_primary_category_linkage_response import (
        AppInfoPrimaryCategoryLinkageResponse,
    )
    from ascapi.models.app_info_primary_subcategory_one_linkage_response import (
        AppInfoPrimarySubcategoryOneLinkageResponse,
    )
    from ascapi.models.app_info_primary_subcategory_two_linkage_response import (
        AppInfoPrimarySubcategoryTwoLinkageResponse,
    )
    from ascapi.models.app_info_response import AppInfoResponse
    from ascapi.models.app_info_secondary_category_linkage_response import (
        AppInfoSecondaryCategoryLinkageResponse,
    )
    from ascapi.models.app_info_secondary_subcategory_one_linkage_response import (
        AppInfoSecondarySubcategoryOneLinkageResponse,
    )
    from ascapi.models.app_info_secondary_subcategory_two_linkage_response import (
        AppInfoSecondarySubcategoryTwoLinkageResponse,
    )
    from ascapi.models.app_info_territory_age_ratings_linkages_response import (
        AppInfoTerritoryAgeRatingsLinkagesResponse,
        AppInfoTerritoryAgeRatingsLinkagesResponseData,
    )
    from ascapi.models.app_info_update_request import AppInfoUpdateRequest
    from ascapi.models.territory_age_rating import TerritoryAgeRating
    from ascapi.models.territory_age_ratings_response import TerritoryAgeRatingsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "appStoreState",
        "state",
        "appStoreAgeRating",
        "australiaAgeRating",
        "brazilAgeRating",
        "brazilAgeRatingV2",
        "franceAgeRating",
        "koreaAgeRating",
        "app",
        "ageRatingDeclaration",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
        "territoryAgeRatings",
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
        "advertising",
        "alcoholTobaccoOrDrugUseOrReferences",
        "contests",
        "gambling",
        "gamblingSimulated",
        "gunsOrOtherWeapons",
        "healthOrWellnessTopics",
        "kidsAgeBand",
        "lootBox",
        "medicalOrTreatmentInformation",
        "messagingAndChat",
        "parentalControls",
        "profanityOrCrudeHumor",
        "ageAssurance",
        "sexualContentGraphicAndNudity",
        "sexualContentOrNudity",
        "socialMedia",
        "socialMediaAgeRestricted",
        "horrorOrFearThemes",
        "matureOrSuggestiveThemes",
        "unrestrictedWebAccess",
        "userGeneratedContent",
        "violenceCartoonOrFantasy",
        "violenceRealisticProlongedGraphicOrSadistic",
        "violenceRealistic",
        "ageRatingOverride",
        "ageRatingOverrideV2",
        "koreaAgeRatingOverride",
        "developerAgeRatingInfoUrl",
    ]
    _Enum3 = Literal[
        "locale",
        "name",
        "subtitle",
        "privacyPolicyUrl",
        "privacyChoicesUrl",
        "privacyPolicyText",
        "appInfo",
    ]
    _Enum4 = Literal["platforms", "subcategories", "parent"]
    _Enum5 = Literal[
        "app",
        "ageRatingDeclaration",
        "appInfoLocalizations",
        "primaryCategory",
        "primarySubcategoryOne",
        "primarySubcategoryTwo",
        "secondaryCategory",
        "secondarySubcategoryOne",
        "secondarySubcategoryTwo",
    ]
    _Enum6 = Literal["appInfo"]
    _Enum7 = Literal["subcategories", "parent"]
    _Enum8 = Literal["appStoreAgeRating", "territory"]
    _Enum9 = Literal["currency"]
    _Enum10 = Literal["territory"]


class AppInfos(SyncAPIResource):
    """``client.app_infos``: /v1/appInfos"""

    @cached_property
    def age_rating_declaration(self) -> AppInfosAgeRatingDeclaration:
        return AppInfosAgeRatingDeclaration(self._client)

    @cached_property
    def app_info_localizations(self) -> AppInfosAppInfoLocalizations:
        return AppInfosAppInfoLocalizations(self._client)

    @cached_property
    def primary_category(self) -> AppInfosPrimaryCategory:
        return AppInfosPrimaryCategory(self._client)

    @cached_property
    def primary_subcategory_one(self) -> AppInfosPrimarySubcategoryOne:
        return AppInfosPrimarySubcategoryOne(self._client)

    @cached_property
    def primary_subcategory_two(self) -> AppInfosPrimarySubcategoryTwo:
        return AppInfosPrimarySubcategoryTwo(self._client)

    @cached_property
    def secondary_category(self) -> AppInfosSecondaryCategory:
        return AppInfosSecondaryCategory(self._client)

    @cached_property
    def secondary_subcategory_one(self) -> AppInfosSecondarySubcategoryOne:
        return AppInfosSecondarySubcategoryOne(self._client)

    @cached_property
    def secondary_subcategory_two(self) -> AppInfosSecondarySubcategoryTwo:
        return AppInfosSecondarySubcategoryTwo(self._client)

    @cached_property
    def territory_age_ratings(self) -> AppInfosTerritoryAgeRatings:
        return AppInfosTerritoryAgeRatings(self._client)

    def get(
        self,
        id: str,
        *,
        fields_app_infos: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_age_rating_declarations: Sequence[_Enum2] | None = None,
        fields_app_info_localizations: Sequence[_Enum3] | None = None,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_app_info_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoResponse:
        """appInfos_getInstance

        GET /v1/appInfos/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_
        """
        from ascapi.models.app_info_response import AppInfoResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}", id=id),
            params={
                "fields[appInfos]": fields_app_infos,
                "fields[apps]": fields_apps,
                "fields[ageRatingDeclarations]": fields_age_rating_declarations,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[appInfoLocalizations]": limit_app_info_localizations,
            },
            maxima={"limit[appInfoLocalizations]": 50},
            response_type=AppInfoResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: AppInfoUpdateRequest | Mapping[str, Any] | None = None,
        primary_category: str | None | UnsetType = UNSET,
        primary_subcategory_one: str | None | UnsetType = UNSET,
        primary_subcategory_two: str | None | UnsetType = UNSET,
        secondary_category: str | None | UnsetType = UNSET,
        secondary_subcategory_one: str | None | UnsetType = UNSET,
        secondary_subcategory_two: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoResponse:
        """appInfos_updateInstance

        PATCH /v1/appInfos/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfos-_id_
        """
        from ascapi.models.app_info_response import AppInfoResponse

        body = _support.document(
            body,
            primary_category is not UNSET
            or primary_subcategory_one is not UNSET
            or primary_subcategory_two is not UNSET
            or secondary_category is not UNSET
            or secondary_subcategory_one is not UNSET
            or secondary_subcategory_two is not UNSET,
            "appInfos",
            id,
            {},
            {
                "primaryCategory": ("appCategories", False, primary_category),
                "primarySubcategoryOne": ("appCategories", False, primary_subcategory_one),
                "primarySubcategoryTwo": ("appCategories", False, primary_subcategory_two),
                "secondaryCategory": ("appCategories", False, secondary_category),
                "secondarySubcategoryOne": ("appCategories", False, secondary_subcategory_one),
                "secondarySubcategoryTwo": ("appCategories", False, secondary_subcategory_two),
            },
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/appInfos/{id}", id=id),
            body=body,
            response_type=AppInfoResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosAgeRatingDeclaration(SyncAPIResource):
    """``client.app_infos.age_rating_declaration``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_age_rating_declarations: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AgeRatingDeclarationResponse:
        """appInfos_ageRatingDeclaration_getToOneRelated

        GET /v1/appInfos/{id}/ageRatingDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-ageratingdeclaration
        """
        from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/ageRatingDeclaration", id=id),
            params={"fields[ageRatingDeclarations]": fields_age_rating_declarations},
            response_type=AgeRatingDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoAgeRatingDeclarationLinkageResponse:
        """appInfos_ageRatingDeclaration_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/ageRatingDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-ageratingdeclaration
        """
        from ascapi.models.app_info_age_rating_declaration_linkage_response import (
            AppInfoAgeRatingDeclarationLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/ageRatingDeclaration", id=id),
            response_type=AppInfoAgeRatingDeclarationLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosAppInfoLocalizations(SyncAPIResource):
    """``client.app_infos.app_info_localizations``: /v1/appInfos"""

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
        AppInfoAppInfoLocalizationsLinkagesResponse, AppInfoAppInfoLocalizationsLinkagesResponseData
    ]:
        """appInfos_appInfoLocalizations_getToManyRelationship

        GET /v1/appInfos/{id}/relationships/appInfoLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        from ascapi.models.app_info_app_info_localizations_linkages_response import (
            AppInfoAppInfoLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appInfos/{id}/relationships/appInfoLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInfoAppInfoLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_info_localizations: Sequence[_Enum3] | None = None,
        fields_app_infos: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppInfoLocalizationsResponse, AppInfoLocalization]:
        """appInfos_appInfoLocalizations_getToManyRelated

        GET /v1/appInfos/{id}/appInfoLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        from ascapi.models.app_info_localizations_response import AppInfoLocalizationsResponse

        return self._client._get_page(
            path("/v1/appInfos/{id}/appInfoLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appInfos]": fields_app_infos,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppInfoLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosPrimaryCategory(SyncAPIResource):
    """``client.app_infos.primary_category``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primaryCategory_getToOneRelated

        GET /v1/appInfos/{id}/primaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarycategory
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primaryCategory", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimaryCategoryLinkageResponse:
        """appInfos_primaryCategory_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarycategory
        """
        from ascapi.models.app_info_primary_category_linkage_response import (
            AppInfoPrimaryCategoryLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primaryCategory", id=id),
            response_type=AppInfoPrimaryCategoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosPrimarySubcategoryOne(SyncAPIResource):
    """``client.app_infos.primary_subcategory_one``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primarySubcategoryOne_getToOneRelated

        GET /v1/appInfos/{id}/primarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategoryone
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primarySubcategoryOne", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimarySubcategoryOneLinkageResponse:
        """appInfos_primarySubcategoryOne_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategoryone
        """
        from ascapi.models.app_info_primary_subcategory_one_linkage_response import (
            AppInfoPrimarySubcategoryOneLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primarySubcategoryOne", id=id),
            response_type=AppInfoPrimarySubcategoryOneLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosPrimarySubcategoryTwo(SyncAPIResource):
    """``client.app_infos.primary_subcategory_two``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primarySubcategoryTwo_getToOneRelated

        GET /v1/appInfos/{id}/primarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategorytwo
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primarySubcategoryTwo", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimarySubcategoryTwoLinkageResponse:
        """appInfos_primarySubcategoryTwo_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategorytwo
        """
        from ascapi.models.app_info_primary_subcategory_two_linkage_response import (
            AppInfoPrimarySubcategoryTwoLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primarySubcategoryTwo", id=id),
            response_type=AppInfoPrimarySubcategoryTwoLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosSecondaryCategory(SyncAPIResource):
    """``client.app_infos.secondary_category``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondaryCategory_getToOneRelated

        GET /v1/appInfos/{id}/secondaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondaryCategory", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondaryCategoryLinkageResponse:
        """appInfos_secondaryCategory_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarycategory
        """
        from ascapi.models.app_info_secondary_category_linkage_response import (
            AppInfoSecondaryCategoryLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondaryCategory", id=id),
            response_type=AppInfoSecondaryCategoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosSecondarySubcategoryOne(SyncAPIResource):
    """``client.app_infos.secondary_subcategory_one``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondarySubcategoryOne_getToOneRelated

        GET /v1/appInfos/{id}/secondarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategoryone
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondarySubcategoryOne", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondarySubcategoryOneLinkageResponse:
        """appInfos_secondarySubcategoryOne_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategoryone
        """
        from ascapi.models.app_info_secondary_subcategory_one_linkage_response import (
            AppInfoSecondarySubcategoryOneLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondarySubcategoryOne", id=id),
            response_type=AppInfoSecondarySubcategoryOneLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosSecondarySubcategoryTwo(SyncAPIResource):
    """``client.app_infos.secondary_subcategory_two``: /v1/appInfos"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondarySubcategoryTwo_getToOneRelated

        GET /v1/appInfos/{id}/secondarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategorytwo
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondarySubcategoryTwo", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondarySubcategoryTwoLinkageResponse:
        """appInfos_secondarySubcategoryTwo_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategorytwo
        """
        from ascapi.models.app_info_secondary_subcategory_two_linkage_response import (
            AppInfoSecondarySubcategoryTwoLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondarySubcategoryTwo", id=id),
            response_type=AppInfoSecondarySubcategoryTwoLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppInfosTerritoryAgeRatings(SyncAPIResource):
    """``client.app_infos.territory_age_ratings``: /v1/appInfos"""

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
        AppInfoTerritoryAgeRatingsLinkagesResponse, AppInfoTerritoryAgeRatingsLinkagesResponseData
    ]:
        """appInfos_territoryAgeRatings_getToManyRelationship

        GET /v1/appInfos/{id}/relationships/territoryAgeRatings

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        from ascapi.models.app_info_territory_age_ratings_linkages_response import (
            AppInfoTerritoryAgeRatingsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appInfos/{id}/relationships/territoryAgeRatings", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInfoTerritoryAgeRatingsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territory_age_ratings: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[TerritoryAgeRatingsResponse, TerritoryAgeRating]:
        """appInfos_territoryAgeRatings_getToManyRelated

        GET /v1/appInfos/{id}/territoryAgeRatings

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        from ascapi.models.territory_age_ratings_response import TerritoryAgeRatingsResponse

        return self._client._get_page(
            path("/v1/appInfos/{id}/territoryAgeRatings", id=id),
            params={
                "fields[territoryAgeRatings]": fields_territory_age_ratings,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=TerritoryAgeRatingsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfos(AsyncAPIResource):
    """``client.app_infos``: /v1/appInfos"""

    @cached_property
    def age_rating_declaration(self) -> AsyncAppInfosAgeRatingDeclaration:
        return AsyncAppInfosAgeRatingDeclaration(self._client)

    @cached_property
    def app_info_localizations(self) -> AsyncAppInfosAppInfoLocalizations:
        return AsyncAppInfosAppInfoLocalizations(self._client)

    @cached_property
    def primary_category(self) -> AsyncAppInfosPrimaryCategory:
        return AsyncAppInfosPrimaryCategory(self._client)

    @cached_property
    def primary_subcategory_one(self) -> AsyncAppInfosPrimarySubcategoryOne:
        return AsyncAppInfosPrimarySubcategoryOne(self._client)

    @cached_property
    def primary_subcategory_two(self) -> AsyncAppInfosPrimarySubcategoryTwo:
        return AsyncAppInfosPrimarySubcategoryTwo(self._client)

    @cached_property
    def secondary_category(self) -> AsyncAppInfosSecondaryCategory:
        return AsyncAppInfosSecondaryCategory(self._client)

    @cached_property
    def secondary_subcategory_one(self) -> AsyncAppInfosSecondarySubcategoryOne:
        return AsyncAppInfosSecondarySubcategoryOne(self._client)

    @cached_property
    def secondary_subcategory_two(self) -> AsyncAppInfosSecondarySubcategoryTwo:
        return AsyncAppInfosSecondarySubcategoryTwo(self._client)

    @cached_property
    def territory_age_ratings(self) -> AsyncAppInfosTerritoryAgeRatings:
        return AsyncAppInfosTerritoryAgeRatings(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_app_infos: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_age_rating_declarations: Sequence[_Enum2] | None = None,
        fields_app_info_localizations: Sequence[_Enum3] | None = None,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_app_info_localizations: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoResponse:
        """appInfos_getInstance

        GET /v1/appInfos/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_
        """
        from ascapi.models.app_info_response import AppInfoResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}", id=id),
            params={
                "fields[appInfos]": fields_app_infos,
                "fields[apps]": fields_apps,
                "fields[ageRatingDeclarations]": fields_age_rating_declarations,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[appInfoLocalizations]": limit_app_info_localizations,
            },
            maxima={"limit[appInfoLocalizations]": 50},
            response_type=AppInfoResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: AppInfoUpdateRequest | Mapping[str, Any] | None = None,
        primary_category: str | None | UnsetType = UNSET,
        primary_subcategory_one: str | None | UnsetType = UNSET,
        primary_subcategory_two: str | None | UnsetType = UNSET,
        secondary_category: str | None | UnsetType = UNSET,
        secondary_subcategory_one: str | None | UnsetType = UNSET,
        secondary_subcategory_two: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoResponse:
        """appInfos_updateInstance

        PATCH /v1/appInfos/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-appinfos-_id_
        """
        from ascapi.models.app_info_response import AppInfoResponse

        body = _support.document(
            body,
            primary_category is not UNSET
            or primary_subcategory_one is not UNSET
            or primary_subcategory_two is not UNSET
            or secondary_category is not UNSET
            or secondary_subcategory_one is not UNSET
            or secondary_subcategory_two is not UNSET,
            "appInfos",
            id,
            {},
            {
                "primaryCategory": ("appCategories", False, primary_category),
                "primarySubcategoryOne": ("appCategories", False, primary_subcategory_one),
                "primarySubcategoryTwo": ("appCategories", False, primary_subcategory_two),
                "secondaryCategory": ("appCategories", False, secondary_category),
                "secondarySubcategoryOne": ("appCategories", False, secondary_subcategory_one),
                "secondarySubcategoryTwo": ("appCategories", False, secondary_subcategory_two),
            },
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/appInfos/{id}", id=id),
            body=body,
            response_type=AppInfoResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosAgeRatingDeclaration(AsyncAPIResource):
    """``client.app_infos.age_rating_declaration``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_age_rating_declarations: Sequence[_Enum2] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AgeRatingDeclarationResponse:
        """appInfos_ageRatingDeclaration_getToOneRelated

        GET /v1/appInfos/{id}/ageRatingDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-ageratingdeclaration
        """
        from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/ageRatingDeclaration", id=id),
            params={"fields[ageRatingDeclarations]": fields_age_rating_declarations},
            response_type=AgeRatingDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoAgeRatingDeclarationLinkageResponse:
        """appInfos_ageRatingDeclaration_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/ageRatingDeclaration

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-ageratingdeclaration
        """
        from ascapi.models.app_info_age_rating_declaration_linkage_response import (
            AppInfoAgeRatingDeclarationLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/ageRatingDeclaration", id=id),
            response_type=AppInfoAgeRatingDeclarationLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosAppInfoLocalizations(AsyncAPIResource):
    """``client.app_infos.app_info_localizations``: /v1/appInfos"""

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
        AppInfoAppInfoLocalizationsLinkagesResponse, AppInfoAppInfoLocalizationsLinkagesResponseData
    ]:
        """appInfos_appInfoLocalizations_getToManyRelationship

        GET /v1/appInfos/{id}/relationships/appInfoLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-appinfolocalizations
        """
        from ascapi.models.app_info_app_info_localizations_linkages_response import (
            AppInfoAppInfoLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appInfos/{id}/relationships/appInfoLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInfoAppInfoLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_locale: Sequence[str] | None = None,
        fields_app_info_localizations: Sequence[_Enum3] | None = None,
        fields_app_infos: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum6] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppInfoLocalizationsResponse, AppInfoLocalization]:
        """appInfos_appInfoLocalizations_getToManyRelated

        GET /v1/appInfos/{id}/appInfoLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-appinfolocalizations
        """
        from ascapi.models.app_info_localizations_response import AppInfoLocalizationsResponse

        return self._client._get_page(
            path("/v1/appInfos/{id}/appInfoLocalizations", id=id),
            params={
                "filter[locale]": filter_locale,
                "fields[appInfoLocalizations]": fields_app_info_localizations,
                "fields[appInfos]": fields_app_infos,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppInfoLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosPrimaryCategory(AsyncAPIResource):
    """``client.app_infos.primary_category``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primaryCategory_getToOneRelated

        GET /v1/appInfos/{id}/primaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarycategory
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primaryCategory", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimaryCategoryLinkageResponse:
        """appInfos_primaryCategory_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarycategory
        """
        from ascapi.models.app_info_primary_category_linkage_response import (
            AppInfoPrimaryCategoryLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primaryCategory", id=id),
            response_type=AppInfoPrimaryCategoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosPrimarySubcategoryOne(AsyncAPIResource):
    """``client.app_infos.primary_subcategory_one``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primarySubcategoryOne_getToOneRelated

        GET /v1/appInfos/{id}/primarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategoryone
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primarySubcategoryOne", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimarySubcategoryOneLinkageResponse:
        """appInfos_primarySubcategoryOne_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategoryone
        """
        from ascapi.models.app_info_primary_subcategory_one_linkage_response import (
            AppInfoPrimarySubcategoryOneLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primarySubcategoryOne", id=id),
            response_type=AppInfoPrimarySubcategoryOneLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosPrimarySubcategoryTwo(AsyncAPIResource):
    """``client.app_infos.primary_subcategory_two``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_primarySubcategoryTwo_getToOneRelated

        GET /v1/appInfos/{id}/primarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-primarysubcategorytwo
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/primarySubcategoryTwo", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoPrimarySubcategoryTwoLinkageResponse:
        """appInfos_primarySubcategoryTwo_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/primarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-primarysubcategorytwo
        """
        from ascapi.models.app_info_primary_subcategory_two_linkage_response import (
            AppInfoPrimarySubcategoryTwoLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/primarySubcategoryTwo", id=id),
            response_type=AppInfoPrimarySubcategoryTwoLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosSecondaryCategory(AsyncAPIResource):
    """``client.app_infos.secondary_category``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondaryCategory_getToOneRelated

        GET /v1/appInfos/{id}/secondaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarycategory
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondaryCategory", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondaryCategoryLinkageResponse:
        """appInfos_secondaryCategory_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondaryCategory

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarycategory
        """
        from ascapi.models.app_info_secondary_category_linkage_response import (
            AppInfoSecondaryCategoryLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondaryCategory", id=id),
            response_type=AppInfoSecondaryCategoryLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosSecondarySubcategoryOne(AsyncAPIResource):
    """``client.app_infos.secondary_subcategory_one``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondarySubcategoryOne_getToOneRelated

        GET /v1/appInfos/{id}/secondarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategoryone
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondarySubcategoryOne", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondarySubcategoryOneLinkageResponse:
        """appInfos_secondarySubcategoryOne_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondarySubcategoryOne

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategoryone
        """
        from ascapi.models.app_info_secondary_subcategory_one_linkage_response import (
            AppInfoSecondarySubcategoryOneLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondarySubcategoryOne", id=id),
            response_type=AppInfoSecondarySubcategoryOneLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosSecondarySubcategoryTwo(AsyncAPIResource):
    """``client.app_infos.secondary_subcategory_two``: /v1/appInfos"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum7] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appInfos_secondarySubcategoryTwo_getToOneRelated

        GET /v1/appInfos/{id}/secondarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-secondarysubcategorytwo
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/secondarySubcategoryTwo", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppInfoSecondarySubcategoryTwoLinkageResponse:
        """appInfos_secondarySubcategoryTwo_getToOneRelationship

        GET /v1/appInfos/{id}/relationships/secondarySubcategoryTwo

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-secondarysubcategorytwo
        """
        from ascapi.models.app_info_secondary_subcategory_two_linkage_response import (
            AppInfoSecondarySubcategoryTwoLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appInfos/{id}/relationships/secondarySubcategoryTwo", id=id),
            response_type=AppInfoSecondarySubcategoryTwoLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppInfosTerritoryAgeRatings(AsyncAPIResource):
    """``client.app_infos.territory_age_ratings``: /v1/appInfos"""

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
        AppInfoTerritoryAgeRatingsLinkagesResponse, AppInfoTerritoryAgeRatingsLinkagesResponseData
    ]:
        """appInfos_territoryAgeRatings_getToManyRelationship

        GET /v1/appInfos/{id}/relationships/territoryAgeRatings

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-relationships-territoryageratings
        """
        from ascapi.models.app_info_territory_age_ratings_linkages_response import (
            AppInfoTerritoryAgeRatingsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appInfos/{id}/relationships/territoryAgeRatings", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppInfoTerritoryAgeRatingsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_territory_age_ratings: Sequence[_Enum8] | None = None,
        fields_territories: Sequence[_Enum9] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum10] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TerritoryAgeRatingsResponse, TerritoryAgeRating]:
        """appInfos_territoryAgeRatings_getToManyRelated

        GET /v1/appInfos/{id}/territoryAgeRatings

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appinfos-_id_-territoryageratings
        """
        from ascapi.models.territory_age_ratings_response import TerritoryAgeRatingsResponse

        return self._client._get_page(
            path("/v1/appInfos/{id}/territoryAgeRatings", id=id),
            params={
                "fields[territoryAgeRatings]": fields_territory_age_ratings,
                "fields[territories]": fields_territories,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=TerritoryAgeRatingsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
