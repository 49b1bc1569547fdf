# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_feedback_crash_submissions`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._types import NOT_GIVEN

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.beta_crash_log_response import BetaCrashLogResponse
    from ascapi.models.beta_feedback_crash_submission_crash_log_linkage_response import (
        BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
    )
    from ascapi.models.beta_feedback_crash_submission_response import (
        BetaFeedbackCrashSubmissionResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "createdDate",
        "comment",
        "email",
        "deviceModel",
        "osVersion",
        "locale",
        "timeZone",
        "architecture",
        "connectionType",
        "pairedAppleWatch",
        "appUptimeInMilliseconds",
        "diskBytesAvailable",
        "diskBytesTotal",
        "batteryPercentage",
        "screenWidthInPoints",
        "screenHeightInPoints",
        "appPlatform",
        "devicePlatform",
        "deviceFamily",
        "buildBundleId",
        "crashLog",
        "build",
        "tester",
    ]
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
    _Enum2 = Literal[
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
    _Enum3 = Literal["build", "tester"]
    _Enum4 = Literal["logText"]


class BetaFeedbackCrashSubmissions(SyncAPIResource):
    """``client.beta_feedback_crash_submissions``: /v1/betaFeedbackCrashSubmissions"""

    @cached_property
    def crash_log(self) -> BetaFeedbackCrashSubmissionsCrashLog:
        return BetaFeedbackCrashSubmissionsCrashLog(self._client)

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaFeedbackCrashSubmissions_deleteInstance

        DELETE /v1/betaFeedbackCrashSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackcrashsubmissions-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaFeedbackCrashSubmissions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_feedback_crash_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackCrashSubmissionResponse:
        """betaFeedbackCrashSubmissions_getInstance

        GET /v1/betaFeedbackCrashSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_
        """
        from ascapi.models.beta_feedback_crash_submission_response import (
            BetaFeedbackCrashSubmissionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}", id=id),
            params={
                "fields[betaFeedbackCrashSubmissions]": fields_beta_feedback_crash_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "include": include,
            },
            response_type=BetaFeedbackCrashSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class BetaFeedbackCrashSubmissionsCrashLog(SyncAPIResource):
    """``client.beta_feedback_crash_submissions.crash_log``: /v1/betaFeedbackCrashSubmissions"""

    def get(
        self,
        id: str,
        *,
        fields_beta_crash_logs: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaCrashLogResponse:
        """betaFeedbackCrashSubmissions_crashLog_getToOneRelated

        GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog
        """
        from ascapi.models.beta_crash_log_response import BetaCrashLogResponse

        return self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}/crashLog", id=id),
            params={"fields[betaCrashLogs]": fields_beta_crash_logs},
            response_type=BetaCrashLogResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackCrashSubmissionCrashLogLinkageResponse:
        """betaFeedbackCrashSubmissions_crashLog_getToOneRelationship

        GET /v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-relationships-crashlog
        """
        from ascapi.models.beta_feedback_crash_submission_crash_log_linkage_response import (
            BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog", id=id),
            response_type=BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaFeedbackCrashSubmissions(AsyncAPIResource):
    """``client.beta_feedback_crash_submissions``: /v1/betaFeedbackCrashSubmissions"""

    @cached_property
    def crash_log(self) -> AsyncBetaFeedbackCrashSubmissionsCrashLog:
        return AsyncBetaFeedbackCrashSubmissionsCrashLog(self._client)

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaFeedbackCrashSubmissions_deleteInstance

        DELETE /v1/betaFeedbackCrashSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackcrashsubmissions-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaFeedbackCrashSubmissions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_feedback_crash_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackCrashSubmissionResponse:
        """betaFeedbackCrashSubmissions_getInstance

        GET /v1/betaFeedbackCrashSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_
        """
        from ascapi.models.beta_feedback_crash_submission_response import (
            BetaFeedbackCrashSubmissionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}", id=id),
            params={
                "fields[betaFeedbackCrashSubmissions]": fields_beta_feedback_crash_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "include": include,
            },
            response_type=BetaFeedbackCrashSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaFeedbackCrashSubmissionsCrashLog(AsyncAPIResource):
    """``client.beta_feedback_crash_submissions.crash_log``: /v1/betaFeedbackCrashSubmissions"""

    async def get(
        self,
        id: str,
        *,
        fields_beta_crash_logs: Sequence[_Enum4] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaCrashLogResponse:
        """betaFeedbackCrashSubmissions_crashLog_getToOneRelated

        GET /v1/betaFeedbackCrashSubmissions/{id}/crashLog

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-crashlog
        """
        from ascapi.models.beta_crash_log_response import BetaCrashLogResponse

        return await self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}/crashLog", id=id),
            params={"fields[betaCrashLogs]": fields_beta_crash_logs},
            response_type=BetaCrashLogResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackCrashSubmissionCrashLogLinkageResponse:
        """betaFeedbackCrashSubmissions_crashLog_getToOneRelationship

        GET /v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackcrashsubmissions-_id_-relationships-crashlog
        """
        from ascapi.models.beta_feedback_crash_submission_crash_log_linkage_response import (
            BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaFeedbackCrashSubmissions/{id}/relationships/crashLog", id=id),
            response_type=BetaFeedbackCrashSubmissionCrashLogLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )
