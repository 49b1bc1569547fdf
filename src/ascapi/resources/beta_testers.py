# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_testers`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app import App
    from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse
    from ascapi.models.beta_group import BetaGroup
    from ascapi.models.beta_groups_without_includes_response import (
        BetaGroupsWithoutIncludesResponse,
    )
    from ascapi.models.beta_tester import BetaTester
    from ascapi.models.beta_tester_apps_linkages_request import BetaTesterAppsLinkagesRequest
    from ascapi.models.beta_tester_apps_linkages_response import (
        BetaTesterAppsLinkagesResponse,
        BetaTesterAppsLinkagesResponseData,
    )
    from ascapi.models.beta_tester_beta_groups_linkages_request import (
        BetaTesterBetaGroupsLinkagesRequest,
    )
    from ascapi.models.beta_tester_beta_groups_linkages_response import (
        BetaTesterBetaGroupsLinkagesResponse,
        BetaTesterBetaGroupsLinkagesResponseData,
    )
    from ascapi.models.beta_tester_builds_linkages_request import BetaTesterBuildsLinkagesRequest
    from ascapi.models.beta_tester_builds_linkages_response import (
        BetaTesterBuildsLinkagesResponse,
        BetaTesterBuildsLinkagesResponseData,
    )
    from ascapi.models.beta_tester_create_request import BetaTesterCreateRequest
    from ascapi.models.beta_tester_response import BetaTesterResponse
    from ascapi.models.beta_tester_usages_v1_metric_response import (
        BetaTesterUsagesV1MetricResponse,
        BetaTesterUsagesV1MetricResponseData,
    )
    from ascapi.models.beta_testers_response import BetaTestersResponse
    from ascapi.models.build import Build
    from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
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
    _Enum3 = Literal[
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
    _Enum4 = Literal["apps", "betaGroups", "builds"]
    _Enum5 = Literal["EMAIL", "PUBLIC_LINK"]
    _Enum6 = Literal[
        "firstName",
        "-firstName",
        "lastName",
        "-lastName",
        "email",
        "-email",
        "inviteType",
        "-inviteType",
        "state",
        "-state",
    ]
    _Enum7 = Literal["P7D", "P30D", "P90D", "P365D"]


class BetaTesters(SyncAPIResource):
    """``client.beta_testers``: /v1/betaTesters"""

    @cached_property
    def apps(self) -> BetaTestersApps:
        return BetaTestersApps(self._client)

    @cached_property
    def beta_groups(self) -> BetaTestersBetaGroups:
        return BetaTestersBetaGroups(self._client)

    @cached_property
    def beta_tester_usages(self) -> BetaTestersBetaTesterUsages:
        return BetaTestersBetaTesterUsages(self._client)

    @cached_property
    def builds(self) -> BetaTestersBuilds:
        return BetaTestersBuilds(self._client)

    def create(
        self,
        *,
        body: BetaTesterCreateRequest | Mapping[str, Any] | None = None,
        first_name: str | None | UnsetType = UNSET,
        last_name: str | None | UnsetType = UNSET,
        email: str | None | UnsetType = UNSET,
        beta_groups: Sequence[str] | str | None | UnsetType = UNSET,
        builds: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterResponse:
        """betaTesters_createInstance

        POST /v1/betaTesters

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters
        """
        from ascapi.models.beta_tester_response import BetaTesterResponse

        body = _support.document(
            body,
            first_name is not UNSET
            or last_name is not UNSET
            or email is not UNSET
            or beta_groups is not UNSET
            or builds is not UNSET,
            "betaTesters",
            None,
            {"firstName": first_name, "lastName": last_name, "email": email},
            {"betaGroups": ("betaGroups", True, beta_groups), "builds": ("builds", True, builds)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaTesters",
            body=body,
            response_type=BetaTesterResponse,
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
        """betaTesters_deleteInstance

        DELETE /v1/betaTesters/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        fields_builds: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterResponse:
        """betaTesters_getInstance

        GET /v1/betaTesters/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_
        """
        from ascapi.models.beta_tester_response import BetaTesterResponse

        return self._client._call(
            "GET",
            path("/v1/betaTesters/{id}", id=id),
            params={
                "fields[betaTesters]": fields_beta_testers,
                "fields[apps]": fields_apps,
                "fields[betaGroups]": fields_beta_groups,
                "fields[builds]": fields_builds,
                "include": include,
                "limit[apps]": limit_apps,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[apps]": 50, "limit[betaGroups]": 50, "limit[builds]": 50},
            response_type=BetaTesterResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_first_name: Sequence[str] | None = None,
        filter_last_name: Sequence[str] | None = None,
        filter_email: Sequence[str] | None = None,
        filter_invite_type: Sequence[_Enum5] | None = None,
        filter_apps: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_beta_testers: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        fields_builds: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaTestersResponse, BetaTester]:
        """betaTesters_getCollection

        GET /v1/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        from ascapi.models.beta_testers_response import BetaTestersResponse

        return self._client._get_page(
            "/v1/betaTesters",
            params={
                "filter[firstName]": filter_first_name,
                "filter[lastName]": filter_last_name,
                "filter[email]": filter_email,
                "filter[inviteType]": filter_invite_type,
                "filter[apps]": filter_apps,
                "filter[betaGroups]": filter_beta_groups,
                "filter[builds]": filter_builds,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[betaTesters]": fields_beta_testers,
                "fields[apps]": fields_apps,
                "fields[betaGroups]": fields_beta_groups,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "limit[apps]": limit_apps,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[apps]": 50, "limit[betaGroups]": 50, "limit[builds]": 50},
            response_type=BetaTestersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaTestersApps(SyncAPIResource):
    """``client.beta_testers.apps``: /v1/betaTesters"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaTesterAppsLinkagesResponse, BetaTesterAppsLinkagesResponseData]:
        """betaTesters_apps_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        from ascapi.models.beta_tester_apps_linkages_response import BetaTesterAppsLinkagesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/apps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppsWithoutIncludesResponse, App]:
        """betaTesters_apps_getToManyRelated

        GET /v1/betaTesters/{id}/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/apps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_apps_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/apps

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-apps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/apps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaTestersBetaGroups(SyncAPIResource):
    """``client.beta_testers.beta_groups``: /v1/betaTesters"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_betaGroups_createToManyRelationship

        POST /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return self._client._call(
            "POST",
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
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
    ) -> Page[BetaTesterBetaGroupsLinkagesResponse, BetaTesterBetaGroupsLinkagesResponseData]:
        """betaTesters_betaGroups_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        from ascapi.models.beta_tester_beta_groups_linkages_response import (
            BetaTesterBetaGroupsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterBetaGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaGroupsWithoutIncludesResponse, BetaGroup]:
        """betaTesters_betaGroups_getToManyRelated

        GET /v1/betaTesters/{id}/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        from ascapi.models.beta_groups_without_includes_response import (
            BetaGroupsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/betaGroups", id=id),
            params={"fields[betaGroups]": fields_beta_groups, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_betaGroups_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaTestersBetaTesterUsages(SyncAPIResource):
    """``client.beta_testers.beta_tester_usages``: /v1/betaTesters"""

    def metrics(
        self,
        id: str,
        *,
        filter_apps: str,
        period: _Enum7 | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaTesterUsagesV1MetricResponse, BetaTesterUsagesV1MetricResponseData]:
        """betaTesters_betaTesterUsages_getMetrics

        GET /v1/betaTesters/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-metrics-betatesterusages
        """
        from ascapi.models.beta_tester_usages_v1_metric_response import (
            BetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "filter[apps]": filter_apps,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaTestersBuilds(SyncAPIResource):
    """``client.beta_testers.builds``: /v1/betaTesters"""

    def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_builds_createToManyRelationship

        POST /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return self._client._call(
            "POST",
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
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
    ) -> Page[BetaTesterBuildsLinkagesResponse, BetaTesterBuildsLinkagesResponseData]:
        """betaTesters_builds_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        from ascapi.models.beta_tester_builds_linkages_response import (
            BetaTesterBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BuildsWithoutIncludesResponse, Build]:
        """betaTesters_builds_getToManyRelated

        GET /v1/betaTesters/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/builds", id=id),
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
        body: BetaTesterBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_builds_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTesters(AsyncAPIResource):
    """``client.beta_testers``: /v1/betaTesters"""

    @cached_property
    def apps(self) -> AsyncBetaTestersApps:
        return AsyncBetaTestersApps(self._client)

    @cached_property
    def beta_groups(self) -> AsyncBetaTestersBetaGroups:
        return AsyncBetaTestersBetaGroups(self._client)

    @cached_property
    def beta_tester_usages(self) -> AsyncBetaTestersBetaTesterUsages:
        return AsyncBetaTestersBetaTesterUsages(self._client)

    @cached_property
    def builds(self) -> AsyncBetaTestersBuilds:
        return AsyncBetaTestersBuilds(self._client)

    async def create(
        self,
        *,
        body: BetaTesterCreateRequest | Mapping[str, Any] | None = None,
        first_name: str | None | UnsetType = UNSET,
        last_name: str | None | UnsetType = UNSET,
        email: str | None | UnsetType = UNSET,
        beta_groups: Sequence[str] | str | None | UnsetType = UNSET,
        builds: Sequence[str] | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterResponse:
        """betaTesters_createInstance

        POST /v1/betaTesters

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters
        """
        from ascapi.models.beta_tester_response import BetaTesterResponse

        body = _support.document(
            body,
            first_name is not UNSET
            or last_name is not UNSET
            or email is not UNSET
            or beta_groups is not UNSET
            or builds is not UNSET,
            "betaTesters",
            None,
            {"firstName": first_name, "lastName": last_name, "email": email},
            {"betaGroups": ("betaGroups", True, beta_groups), "builds": ("builds", True, builds)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaTesters",
            body=body,
            response_type=BetaTesterResponse,
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
        """betaTesters_deleteInstance

        DELETE /v1/betaTesters/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_testers: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        fields_builds: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaTesterResponse:
        """betaTesters_getInstance

        GET /v1/betaTesters/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_
        """
        from ascapi.models.beta_tester_response import BetaTesterResponse

        return await self._client._call(
            "GET",
            path("/v1/betaTesters/{id}", id=id),
            params={
                "fields[betaTesters]": fields_beta_testers,
                "fields[apps]": fields_apps,
                "fields[betaGroups]": fields_beta_groups,
                "fields[builds]": fields_builds,
                "include": include,
                "limit[apps]": limit_apps,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
            },
            maxima={"limit[apps]": 50, "limit[betaGroups]": 50, "limit[builds]": 50},
            response_type=BetaTesterResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_first_name: Sequence[str] | None = None,
        filter_last_name: Sequence[str] | None = None,
        filter_email: Sequence[str] | None = None,
        filter_invite_type: Sequence[_Enum5] | None = None,
        filter_apps: Sequence[str] | None = None,
        filter_beta_groups: Sequence[str] | None = None,
        filter_builds: Sequence[str] | None = None,
        filter_id: Sequence[str] | None = None,
        sort: Sequence[_Enum6] | None = None,
        fields_beta_testers: Sequence[_Enum0] | None = None,
        fields_apps: Sequence[_Enum1] | None = None,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        fields_builds: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_apps: int | None = None,
        limit_beta_groups: int | None = None,
        limit_builds: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaTestersResponse, BetaTester]:
        """betaTesters_getCollection

        GET /v1/betaTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters
        """
        from ascapi.models.beta_testers_response import BetaTestersResponse

        return self._client._get_page(
            "/v1/betaTesters",
            params={
                "filter[firstName]": filter_first_name,
                "filter[lastName]": filter_last_name,
                "filter[email]": filter_email,
                "filter[inviteType]": filter_invite_type,
                "filter[apps]": filter_apps,
                "filter[betaGroups]": filter_beta_groups,
                "filter[builds]": filter_builds,
                "filter[id]": filter_id,
                "sort": sort,
                "fields[betaTesters]": fields_beta_testers,
                "fields[apps]": fields_apps,
                "fields[betaGroups]": fields_beta_groups,
                "fields[builds]": fields_builds,
                "limit": limit,
                "include": include,
                "limit[apps]": limit_apps,
                "limit[betaGroups]": limit_beta_groups,
                "limit[builds]": limit_builds,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[apps]": 50, "limit[betaGroups]": 50, "limit[builds]": 50},
            response_type=BetaTestersResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTestersApps(AsyncAPIResource):
    """``client.beta_testers.apps``: /v1/betaTesters"""

    def ids(
        self,
        id: str,
        *,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaTesterAppsLinkagesResponse, BetaTesterAppsLinkagesResponseData]:
        """betaTesters_apps_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-apps
        """
        from ascapi.models.beta_tester_apps_linkages_response import BetaTesterAppsLinkagesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/apps", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterAppsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_apps: Sequence[_Enum1] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppsWithoutIncludesResponse, App]:
        """betaTesters_apps_getToManyRelated

        GET /v1/betaTesters/{id}/apps

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-apps
        """
        from ascapi.models.apps_without_includes_response import AppsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/apps", id=id),
            params={"fields[apps]": fields_apps, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterAppsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_apps_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/apps

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-apps
        """
        if body is None:
            body = _support.linkages("apps", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/apps", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTestersBetaGroups(AsyncAPIResource):
    """``client.beta_testers.beta_groups``: /v1/betaTesters"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_betaGroups_createToManyRelationship

        POST /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return await self._client._call(
            "POST",
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
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
    ) -> AsyncPager[BetaTesterBetaGroupsLinkagesResponse, BetaTesterBetaGroupsLinkagesResponseData]:
        """betaTesters_betaGroups_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-betagroups
        """
        from ascapi.models.beta_tester_beta_groups_linkages_response import (
            BetaTesterBetaGroupsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterBetaGroupsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_beta_groups: Sequence[_Enum2] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaGroupsWithoutIncludesResponse, BetaGroup]:
        """betaTesters_betaGroups_getToManyRelated

        GET /v1/betaTesters/{id}/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-betagroups
        """
        from ascapi.models.beta_groups_without_includes_response import (
            BetaGroupsWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/betaGroups", id=id),
            params={"fields[betaGroups]": fields_beta_groups, "limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaGroupsWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def remove(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBetaGroupsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_betaGroups_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/betaGroups

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-betagroups
        """
        if body is None:
            body = _support.linkages("betaGroups", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/betaGroups", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTestersBetaTesterUsages(AsyncAPIResource):
    """``client.beta_testers.beta_tester_usages``: /v1/betaTesters"""

    def metrics(
        self,
        id: str,
        *,
        filter_apps: str,
        period: _Enum7 | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaTesterUsagesV1MetricResponse, BetaTesterUsagesV1MetricResponseData]:
        """betaTesters_betaTesterUsages_getMetrics

        GET /v1/betaTesters/{id}/metrics/betaTesterUsages

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-metrics-betatesterusages
        """
        from ascapi.models.beta_tester_usages_v1_metric_response import (
            BetaTesterUsagesV1MetricResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/metrics/betaTesterUsages", id=id),
            params={
                "period": period,
                "filter[apps]": filter_apps,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaTesterUsagesV1MetricResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaTestersBuilds(AsyncAPIResource):
    """``client.beta_testers.builds``: /v1/betaTesters"""

    async def add(
        self,
        id: str,
        ids: Sequence[str] | None = None,
        *,
        body: BetaTesterBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_builds_createToManyRelationship

        POST /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betatesters-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return await self._client._call(
            "POST",
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
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
    ) -> AsyncPager[BetaTesterBuildsLinkagesResponse, BetaTesterBuildsLinkagesResponseData]:
        """betaTesters_builds_getToManyRelationship

        GET /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-relationships-builds
        """
        from ascapi.models.beta_tester_builds_linkages_response import (
            BetaTesterBuildsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=BetaTesterBuildsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_builds: Sequence[_Enum3] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BuildsWithoutIncludesResponse, Build]:
        """betaTesters_builds_getToManyRelated

        GET /v1/betaTesters/{id}/builds

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betatesters-_id_-builds
        """
        from ascapi.models.builds_without_includes_response import BuildsWithoutIncludesResponse

        return self._client._get_page(
            path("/v1/betaTesters/{id}/builds", id=id),
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
        body: BetaTesterBuildsLinkagesRequest | Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaTesters_builds_deleteToManyRelationship

        DELETE /v1/betaTesters/{id}/relationships/builds

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betatesters-_id_-relationships-builds
        """
        if body is None:
            body = _support.linkages("builds", ids)
        return await self._client._call(
            "DELETE",
            path("/v1/betaTesters/{id}/relationships/builds", id=id),
            body=body,
            options=options(extra_headers, extra_query, timeout),
        )
