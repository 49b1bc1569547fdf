# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_groups`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse
    from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
        AppsBetaTesterUsagesV1MetricResponse,
        AppsBetaTesterUsagesV1MetricResponseData,
    )
    from ascapi.models.beta_group import BetaGroup
    from ascapi.models.beta_group_app_linkage_response import BetaGroupAppLinkageResponse
    from ascapi.models.beta_group_beta_recruitment_criteria_linkage_response import (
        BetaGroupBetaRecruitmentCriteriaLinkageResponse,
    )
    from ascapi.models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
        BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
    )
    from ascapi.models.beta_group_beta_testers_linkages_request import (
        BetaGroupBetaTestersLinkagesRequest,
    )
    from ascapi.models.beta_group_beta_testers_linkages_response import (
        BetaGroupBetaTestersLinkagesResponse,
        BetaGroupBetaTestersLinkagesResponseData,
    )
    from ascapi.models.beta_group_builds_linkages_request import BetaGroupBuildsLinkagesRequest
    from ascapi.models.beta_group_builds_linkages_response import (
        BetaGroupBuildsLinkagesResponse,
        BetaGroupBuildsLinkagesResponseData,
    )
    from ascapi.models.beta_group_create_request import BetaGroupCreateRequest
    from ascapi.models.beta_group_response import BetaGroupResponse
    from ascapi.models.beta_group_update_request import BetaGroupUpdateRequest
    from ascapi.models.beta_groups_response import BetaGroupsResponse
    from ascapi.models.beta_public_link_usages_v1_metric_response import (
        BetaPublicLinkUsagesV1MetricResponse,
        BetaPublicLinkUsagesV1MetricResponseData,
    )
    from ascapi.models.beta_recruitment_criterion_compatible_build_check_response import (
        BetaRecruitmentCriterionCompatibleBuildCheckResponse,
    )
    from ascapi.models.beta_recruitment_criterion_response import BetaRecruitmentCriterionResponse
    from ascapi.models.beta_tester import BetaTester
    from ascapi.models.beta_testers_without_includes_response import (
        BetaTestersWithoutIncludesResponse,
    )
    from ascapi.models.build import Build
    from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "name",
        "createdDate",
        "isInternalGroup",
        "hasAccessToAllBuilds",
        "publicLinkEnabled",
        "publicLinkId",
        "publicLinkLimitEnabled",
        "publicLinkLimit",
        "publicLink",
        "feedbackEnabled",
        "iosBuildsAvailableForAppleSiliconMac",
        "iosBuildsAvailableForAppleVision",
        "app",
        "builds",
        "betaTesters",
        "betaRecruitmentCriteria",
        "betaRecruitmentCriterionCompatibleBuildCheck",
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
        "firstName",
        "lastName",
        "email",
        "inviteType",
        "state",
        "appDevices",
        "apps",
        "betaGroups",
        "builds",
    ]
    _Enum4 = Literal["lastModifiedDate", "deviceFamilyOsVersionFilters"]
    _Enum5 = Literal["app", "builds", "betaTesters", "betaRecruitmentCriteria"]
    _Enum6 = Literal[
        "name",
        "-name",
        "createdDate",
        "-createdDate",
        "publicLinkEnabled",
        "-publicLinkEnabled",
        "publicLinkLimit",
        "-publicLinkLimit",
    ]
    _Enum7 = Literal["hasCompatibleBuild"]
    _Enum8 = Literal["P7D", "P30D", "P90D", "P365D"]
    _Enum9 = Literal["betaTesters"]


class BetaGroups(SyncAPIResource):
    """``client.beta_groups``: /v1/betaGroups"""

    @cached_property
    def app(self) -> BetaGroupsApp:
        return BetaGroupsApp(self._client)

    @cached_property
    def beta_recruitment_criteria(self) -> BetaGroupsBetaRecruitmentCriteria:
        return BetaGroupsBetaRecruitmentCriteria(self._client)

    @cached_property
    def beta_recruitment_criterion_compatible_build_check(
        self,
    ) -> BetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck:
        return BetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck(self._client)

    @cached_property
    def beta_tester_usages(self) -> BetaGroupsBetaTesterUsages:
        return BetaGroupsBetaTesterUsages(self._client)

    @cached_property
    def beta_testers(self) -> BetaGroupsBetaTesters:
        return BetaGroupsBetaTesters(self._client)

    @cached_property
    def builds(self) -> BetaGroupsBuilds:
        return BetaGroupsBuilds(self._client)

    @cached_property
    def public_link_usages(self) -> BetaGroupsPublicLinkUsages:
        return BetaGroupsPublicLinkUsages(self._client)

    def create(
        self,
        *,
        body: BetaGroupCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        is_internal_group: bool | None | UnsetType = UNSET,
        has_access_to_all_builds: bool | None | UnsetType = UNSET,
        public_link_enabled: bool | None | UnsetType = UNSET,
        public_link_limit_enabled: bool | None | UnsetType = UNSET,
        public_link_limit: int | None | UnsetType = UNSET,
        feedback_enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        builds: Sequence[str] | str | None | UnsetType = UNSET,
        beta_testers: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_createInstance

        POST /v1/betaGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        body = _support.document(
            body,
            name is not UNSET
            or is_internal_group is not UNSET
            or has_access_to_all_builds is not UNSET
            or public_link_enabled is not UNSET
            or public_link_limit_enabled is not UNSET
            or public_link_limit is not UNSET
            or feedback_enabled is not UNSET
            or app is not UNSET
            or builds is not UNSET
            or beta_testers is not UNSET,
            "betaGroups",
            None,
            {
                "name": name,
                "isInternalGroup": is_internal_group,
                "hasAccessToAllBuilds": has_access_to_all_builds,
                "publicLinkEnabled": public_link_enabled,
                "publicLinkLimitEnabled": public_link_limit_enabled,
                "publicLinkLimit": public_link_limit,
                "feedbackEnabled": feedback_enabled,
            },
            {
                "app": ("apps", False, app),
                "builds": ("builds", True, builds),
                "betaTesters": ("betaTesters", True, beta_testers),
            },
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaGroups",
            body=body,
            response_type=BetaGroupResponse,
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
        """betaGroups_deleteInstance

        DELETE /v1/betaGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_getInstance

        GET /v1/betaGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}", id=id),
            params={
                "fields[betaGroups]": fields_beta_groups,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria,
                "include": include,
                "limit[betaTesters]": limit_beta_testers,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[betaTesters]": 50, "limit[builds]": 1000},
            response_type=BetaGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_is_internal_group: Sequence[str] | None = None,
        filter_public_link_enabled: Sequence[str] | None = None,
        filter_public_link_limit_enabled: Sequence[str] | None = None,
        filter_public_link: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_beta_groups: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaGroupsResponse, BetaGroup]:
        """betaGroups_getCollection

        GET /v1/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        from ascapi.models.beta_groups_response import BetaGroupsResponse

        return self._client._get_page(
            "/v1/betaGroups",
            params={
                "filter[name]": filter_name,
                "filter[isInternalGroup]": filter_is_internal_group,
                "filter[publicLinkEnabled]": filter_public_link_enabled,
                "filter[publicLinkLimitEnabled]": filter_public_link_limit_enabled,
                "filter[publicLink]": filter_public_link,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[betaGroups]": fields_beta_groups,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria,
                "limit": limit,
                "include": include,
                "limit[betaTesters]": limit_beta_testers,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[betaTesters]": 50, "limit[builds]": 1000},
            response_type=BetaGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaGroupUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        public_link_enabled: bool | None | UnsetType = UNSET,
        public_link_limit_enabled: bool | None | UnsetType = UNSET,
        public_link_limit: int | None | UnsetType = UNSET,
        feedback_enabled: bool | None | UnsetType = UNSET,
        ios_builds_available_for_apple_silicon_mac: bool | None | UnsetType = UNSET,
        ios_builds_available_for_apple_vision: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_updateInstance

        PATCH /v1/betaGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betagroups-_id_
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        body = _support.document(
            body,
            name is not UNSET
            or public_link_enabled is not UNSET
            or public_link_limit_enabled is not UNSET
            or public_link_limit is not UNSET
            or feedback_enabled is not UNSET
            or ios_builds_available_for_apple_silicon_mac is not UNSET
            or ios_builds_available_for_apple_vision is not UNSET,
            "betaGroups",
            id,
            {
                "name": name,
                "publicLinkEnabled": public_link_enabled,
                "publicLinkLimitEnabled": public_link_limit_enabled,
                "publicLinkLimit": public_link_limit,
                "feedbackEnabled": feedback_enabled,
                "iosBuildsAvailableForAppleSiliconMac": ios_builds_available_for_apple_silicon_mac,
                "iosBuildsAvailableForAppleVision": ios_builds_available_for_apple_vision,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaGroups/{id}", id=id),
            body=body,
            response_type=BetaGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsApp(SyncAPIResource):
    """``client.beta_groups.app``: /v1/betaGroups"""

    def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaGroups_app_getToOneRelated

        GET /v1/betaGroups/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
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
    ) -> BetaGroupAppLinkageResponse:
        """betaGroups_app_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-app
        """
        from ascapi.models.beta_group_app_linkage_response import BetaGroupAppLinkageResponse

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/relationships/app", id=id),
            response_type=BetaGroupAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsBetaRecruitmentCriteria(SyncAPIResource):
    """``client.beta_groups.beta_recruitment_criteria``: /v1/betaGroups"""

    def get(
        self,
        id: str,
        *,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaGroups_betaRecruitmentCriteria_getToOneRelated

        GET /v1/betaGroups/{id}/betaRecruitmentCriteria

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/betaRecruitmentCriteria", id=id),
            params={"fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria},
            response_type=BetaRecruitmentCriterionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupBetaRecruitmentCriteriaLinkageResponse:
        """betaGroups_betaRecruitmentCriteria_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriteria

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriteria
        """
        from ascapi.models.beta_group_beta_recruitment_criteria_linkage_response import (
            BetaGroupBetaRecruitmentCriteriaLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/relationships/betaRecruitmentCriteria", id=id),
            response_type=BetaGroupBetaRecruitmentCriteriaLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck(SyncAPIResource):
    """``client.beta_groups.beta_recruitment_criterion_compatible_build_check``: /v1/betaGroups"""

    def get(
        self,
        id: str,
        *,
        fields_beta_recruitment_criterion_compatible_build_checks: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionCompatibleBuildCheckResponse:
        """betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelated

        GET /v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriterioncompatiblebuildcheck
        """
        from ascapi.models.beta_recruitment_criterion_compatible_build_check_response import (
            BetaRecruitmentCriterionCompatibleBuildCheckResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck", id=id),
            params={
                "fields[betaRecruitmentCriterionCompatibleBuildChecks]": fields_beta_recruitment_criterion_compatible_build_checks
            },
            response_type=BetaRecruitmentCriterionCompatibleBuildCheckResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse:
        """betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriterioncompatiblebuildcheck
        """
        from ascapi.models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
            BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
        )

        return self._client._call(
            "GET",
            path(
                "/v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck",
                id=id,
            ),
            response_type=BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsBetaTesterUsages(SyncAPIResource):
    """``client.beta_groups.beta_tester_usages``: /v1/betaGroups"""

    def metrics(
        self,
        id: str,
        *,
        period: _Enum8 | None = None,
        group_by: Sequence[_Enum9] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsBetaTesterUsagesV1MetricResponse, AppsBetaTesterUsagesV1MetricResponseData]:
        """betaGroups_betaTesterUsages_getMetrics

        GET /v1/betaGroups/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-betatesterusages
        """
        from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
            AppsBetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "groupBy": group_by,
                "filter[betaTesters]": filter_beta_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppsBetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsBetaTesters(SyncAPIResource):
    """``client.beta_groups.beta_testers``: /v1/betaGroups"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_betaTesters_createToManyRelationship

        POST /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return self._client._call(
            "POST",
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaGroupBetaTestersLinkagesResponse, BetaGroupBetaTestersLinkagesResponseData]:
        """betaGroups_betaTesters_getToManyRelationship

        GET /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        from ascapi.models.beta_group_beta_testers_linkages_response import (
            BetaGroupBetaTestersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupBetaTestersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaTestersWithoutIncludesResponse, BetaTester]:
        """betaGroups_betaTesters_getToManyRelated

        GET /v1/betaGroups/{id}/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        from ascapi.models.beta_testers_without_includes_response import (
            BetaTestersWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/betaTesters", id=id),
            params={"fields[betaTesters]": fields_beta_testers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTestersWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_betaTesters_deleteToManyRelationship

        DELETE /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsBuilds(SyncAPIResource):
    """``client.beta_groups.builds``: /v1/betaGroups"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_builds_createToManyRelationship

        POST /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return self._client._call(
            "POST",
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaGroupBuildsLinkagesResponse, BetaGroupBuildsLinkagesResponseData]:
        """betaGroups_builds_getToManyRelationship

        GET /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        from ascapi.models.beta_group_builds_linkages_response import (
            BetaGroupBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsWithoutIncludesResponse, Build]:
        """betaGroups_builds_getToManyRelated

        GET /v1/betaGroups/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaGroups/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_builds_deleteToManyRelationship

        DELETE /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaGroupsPublicLinkUsages(SyncAPIResource):
    """``client.beta_groups.public_link_usages``: /v1/betaGroups"""

    def metrics(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaPublicLinkUsagesV1MetricResponse, BetaPublicLinkUsagesV1MetricResponseData]:
        """betaGroups_publicLinkUsages_getMetrics

        GET /v1/betaGroups/{id}/metrics/publicLinkUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-publiclinkusages
        """
        from ascapi.models.beta_public_link_usages_v1_metric_response import (
            BetaPublicLinkUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/metrics/publicLinkUsages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaPublicLinkUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroups(AsyncAPIResource):
    """``client.beta_groups``: /v1/betaGroups"""

    @cached_property
    def app(self) -> AsyncBetaGroupsApp:
        return AsyncBetaGroupsApp(self._client)

    @cached_property
    def beta_recruitment_criteria(self) -> AsyncBetaGroupsBetaRecruitmentCriteria:
        return AsyncBetaGroupsBetaRecruitmentCriteria(self._client)

    @cached_property
    def beta_recruitment_criterion_compatible_build_check(
        self,
    ) -> AsyncBetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck:
        return AsyncBetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck(self._client)

    @cached_property
    def beta_tester_usages(self) -> AsyncBetaGroupsBetaTesterUsages:
        return AsyncBetaGroupsBetaTesterUsages(self._client)

    @cached_property
    def beta_testers(self) -> AsyncBetaGroupsBetaTesters:
        return AsyncBetaGroupsBetaTesters(self._client)

    @cached_property
    def builds(self) -> AsyncBetaGroupsBuilds:
        return AsyncBetaGroupsBuilds(self._client)

    @cached_property
    def public_link_usages(self) -> AsyncBetaGroupsPublicLinkUsages:
        return AsyncBetaGroupsPublicLinkUsages(self._client)

    async def create(
        self,
        *,
        body: BetaGroupCreateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        is_internal_group: bool | None | UnsetType = UNSET,
        has_access_to_all_builds: bool | None | UnsetType = UNSET,
        public_link_enabled: bool | None | UnsetType = UNSET,
        public_link_limit_enabled: bool | None | UnsetType = UNSET,
        public_link_limit: int | None | UnsetType = UNSET,
        feedback_enabled: bool | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        builds: Sequence[str] | str | None | UnsetType = UNSET,
        beta_testers: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_createInstance

        POST /v1/betaGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        body = _support.document(
            body,
            name is not UNSET
            or is_internal_group is not UNSET
            or has_access_to_all_builds is not UNSET
            or public_link_enabled is not UNSET
            or public_link_limit_enabled is not UNSET
            or public_link_limit is not UNSET
            or feedback_enabled is not UNSET
            or app is not UNSET
            or builds is not UNSET
            or beta_testers is not UNSET,
            "betaGroups",
            None,
            {
                "name": name,
                "isInternalGroup": is_internal_group,
                "hasAccessToAllBuilds": has_access_to_all_builds,
                "publicLinkEnabled": public_link_enabled,
                "publicLinkLimitEnabled": public_link_limit_enabled,
                "publicLinkLimit": public_link_limit,
                "feedbackEnabled": feedback_enabled,
            },
            {
                "app": ("apps", False, app),
                "builds": ("builds", True, builds),
                "betaTesters": ("betaTesters", True, beta_testers),
            },
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaGroups",
            body=body,
            response_type=BetaGroupResponse,
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
        """betaGroups_deleteInstance

        DELETE /v1/betaGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_getInstance

        GET /v1/betaGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}", id=id),
            params={
                "fields[betaGroups]": fields_beta_groups,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria,
                "include": include,
                "limit[betaTesters]": limit_beta_testers,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[betaTesters]": 50, "limit[builds]": 1000},
            response_type=BetaGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_name: Sequence[str] | None = None,
        filter_is_internal_group: Sequence[str] | None = None,
        filter_public_link_enabled: Sequence[str] | None = None,
        filter_public_link_limit_enabled: Sequence[str] | None = None,
        filter_public_link: Sequence[str] | None = None,
        filter_app: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_beta_groups: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_builds: Sequence[_Enum2] | None = None,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        limit_beta_testers: int | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaGroupsResponse, BetaGroup]:
        """betaGroups_getCollection

        GET /v1/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups
        """
        from ascapi.models.beta_groups_response import BetaGroupsResponse

        return self._client._get_page(
            "/v1/betaGroups",
            params={
                "filter[name]": filter_name,
                "filter[isInternalGroup]": filter_is_internal_group,
                "filter[publicLinkEnabled]": filter_public_link_enabled,
                "filter[publicLinkLimitEnabled]": filter_public_link_limit_enabled,
                "filter[publicLink]": filter_public_link,
                "filter[app]": filter_app,
                "filter[builds]": filter_builds,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[betaGroups]": fields_beta_groups,
                "fields[apps]": fields_apps,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria,
                "limit": limit,
                "include": include,
                "limit[betaTesters]": limit_beta_testers,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[betaTesters]": 50, "limit[builds]": 1000},
            response_type=BetaGroupsResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaGroupUpdateRequest | Mapping[str, Any] | None = None,
        name: str | None | UnsetType = UNSET,
        public_link_enabled: bool | None | UnsetType = UNSET,
        public_link_limit_enabled: bool | None | UnsetType = UNSET,
        public_link_limit: int | None | UnsetType = UNSET,
        feedback_enabled: bool | None | UnsetType = UNSET,
        ios_builds_available_for_apple_silicon_mac: bool | None | UnsetType = UNSET,
        ios_builds_available_for_apple_vision: bool | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupResponse:
        """betaGroups_updateInstance

        PATCH /v1/betaGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betagroups-_id_
        """
        from ascapi.models.beta_group_response import BetaGroupResponse

        body = _support.document(
            body,
            name is not UNSET
            or public_link_enabled is not UNSET
            or public_link_limit_enabled is not UNSET
            or public_link_limit is not UNSET
            or feedback_enabled is not UNSET
            or ios_builds_available_for_apple_silicon_mac is not UNSET
            or ios_builds_available_for_apple_vision is not UNSET,
            "betaGroups",
            id,
            {
                "name": name,
                "publicLinkEnabled": public_link_enabled,
                "publicLinkLimitEnabled": public_link_limit_enabled,
                "publicLinkLimit": public_link_limit,
                "feedbackEnabled": feedback_enabled,
                "iosBuildsAvailableForAppleSiliconMac": ios_builds_available_for_apple_silicon_mac,
                "iosBuildsAvailableForAppleVision": ios_builds_available_for_apple_vision,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaGroups/{id}", id=id),
            body=body,
            response_type=BetaGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsApp(AsyncAPIResource):
    """``client.beta_groups.app``: /v1/betaGroups"""

    async def get(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppWithoutIncludesResponse:
        """betaGroups_app_getToOneRelated

        GET /v1/betaGroups/{id}/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-app
        """
        from ascapi.models.app_without_includes_response import AppWithoutIncludesResponse

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/app", id=id),
            params={"fields[apps]": fields_apps},
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
    ) -> BetaGroupAppLinkageResponse:
        """betaGroups_app_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/app

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-app
        """
        from ascapi.models.beta_group_app_linkage_response import BetaGroupAppLinkageResponse

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/relationships/app", id=id),
            response_type=BetaGroupAppLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsBetaRecruitmentCriteria(AsyncAPIResource):
    """``client.beta_groups.beta_recruitment_criteria``: /v1/betaGroups"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_recruitment_criteria: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaGroups_betaRecruitmentCriteria_getToOneRelated

        GET /v1/betaGroups/{id}/betaRecruitmentCriteria

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriteria
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/betaRecruitmentCriteria", id=id),
            params={"fields[betaRecruitmentCriteria]": fields_beta_recruitment_criteria},
            response_type=BetaRecruitmentCriterionResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupBetaRecruitmentCriteriaLinkageResponse:
        """betaGroups_betaRecruitmentCriteria_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriteria

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriteria
        """
        from ascapi.models.beta_group_beta_recruitment_criteria_linkage_response import (
            BetaGroupBetaRecruitmentCriteriaLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/relationships/betaRecruitmentCriteria", id=id),
            response_type=BetaGroupBetaRecruitmentCriteriaLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsBetaRecruitmentCriterionCompatibleBuildCheck(AsyncAPIResource):
    """``client.beta_groups.beta_recruitment_criterion_compatible_build_check``: /v1/betaGroups"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_recruitment_criterion_compatible_build_checks: Sequence[_Enum7] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionCompatibleBuildCheckResponse:
        """betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelated

        GET /v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betarecruitmentcriterioncompatiblebuildcheck
        """
        from ascapi.models.beta_recruitment_criterion_compatible_build_check_response import (
            BetaRecruitmentCriterionCompatibleBuildCheckResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaGroups/{id}/betaRecruitmentCriterionCompatibleBuildCheck", id=id),
            params={
                "fields[betaRecruitmentCriterionCompatibleBuildChecks]": fields_beta_recruitment_criterion_compatible_build_checks
            },
            response_type=BetaRecruitmentCriterionCompatibleBuildCheckResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse:
        """betaGroups_betaRecruitmentCriterionCompatibleBuildCheck_getToOneRelationship

        GET /v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betarecruitmentcriterioncompatiblebuildcheck
        """
        from ascapi.models.beta_group_beta_recruitment_criterion_compatible_build_check_linkage_response import (
            BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path(
                "/v1/betaGroups/{id}/relationships/betaRecruitmentCriterionCompatibleBuildCheck",
                id=id,
            ),
            response_type=BetaGroupBetaRecruitmentCriterionCompatibleBuildCheckLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsBetaTesterUsages(AsyncAPIResource):
    """``client.beta_groups.beta_tester_usages``: /v1/betaGroups"""

    def metrics(
        self,
        id: str,
        *,
        period: _Enum8 | None = None,
        group_by: Sequence[_Enum9] | None = None,
        filter_beta_testers: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsBetaTesterUsagesV1MetricResponse, AppsBetaTesterUsagesV1MetricResponseData]:
        """betaGroups_betaTesterUsages_getMetrics

        GET /v1/betaGroups/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-betatesterusages
        """
        from ascapi.models.apps_beta_tester_usages_v1_metric_response import (
            AppsBetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "groupBy": group_by,
                "filter[betaTesters]": filter_beta_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppsBetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsBetaTesters(AsyncAPIResource):
    """``client.beta_groups.beta_testers``: /v1/betaGroups"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_betaTesters_createToManyRelationship

        POST /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return await self._client._call(
            "POST",
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaGroupBetaTestersLinkagesResponse, BetaGroupBetaTestersLinkagesResponseData]:
        """betaGroups_betaTesters_getToManyRelationship

        GET /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-betatesters
        """
        from ascapi.models.beta_group_beta_testers_linkages_response import (
            BetaGroupBetaTestersLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupBetaTestersLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaTestersWithoutIncludesResponse, BetaTester]:
        """betaGroups_betaTesters_getToManyRelated

        GET /v1/betaGroups/{id}/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-betatesters
        """
        from ascapi.models.beta_testers_without_includes_response import (
            BetaTestersWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/betaTesters", id=id),
            params={"fields[betaTesters]": fields_beta_testers, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTestersWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBetaTestersLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_betaTesters_deleteToManyRelationship

        DELETE /v1/betaGroups/{id}/relationships/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-betatesters
        """
        if body is None:
            body = _support.linkages("betaTesters", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}/relationships/betaTesters", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsBuilds(AsyncAPIResource):
    """``client.beta_groups.builds``: /v1/betaGroups"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_builds_createToManyRelationship

        POST /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betagroups-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return await self._client._call(
            "POST",
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaGroupBuildsLinkagesResponse, BetaGroupBuildsLinkagesResponseData]:
        """betaGroups_builds_getToManyRelationship

        GET /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-relationships-builds
        """
        from ascapi.models.beta_group_builds_linkages_response import (
            BetaGroupBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsWithoutIncludesResponse, Build]:
        """betaGroups_builds_getToManyRelated

        GET /v1/betaGroups/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaGroups/{id}/builds", id=id),
            params={"fields[builds]": fields_builds, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BuildsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaGroupBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaGroups_builds_deleteToManyRelationship

        DELETE /v1/betaGroups/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betagroups-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/betaGroups/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaGroupsPublicLinkUsages(AsyncAPIResource):
    """``client.beta_groups.public_link_usages``: /v1/betaGroups"""

    def metrics(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaPublicLinkUsagesV1MetricResponse, BetaPublicLinkUsagesV1MetricResponseData]:
        """betaGroups_publicLinkUsages_getMetrics

        GET /v1/betaGroups/{id}/metrics/publicLinkUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betagroups-_id_-metrics-publiclinkusages
        """
        from ascapi.models.beta_public_link_usages_v1_metric_response import (
            BetaPublicLinkUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaGroups/{id}/metrics/publicLinkUsages", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaPublicLinkUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )
