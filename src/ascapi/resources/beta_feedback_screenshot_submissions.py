# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_feedback_screenshot_submissions`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_feedback_screenshot_submission_response import (
        BetaFeedbackScreenshotSubmissionResponse,
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
        "screenshots",
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


class BetaFeedbackScreenshotSubmissions(SyncAPIResource):
    """``client.beta_feedback_screenshot_submissions``: /v1/betaFeedbackScreenshotSubmissions"""

    def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaFeedbackScreenshotSubmissions_deleteInstance

        DELETE /v1/betaFeedbackScreenshotSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaFeedbackScreenshotSubmissions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_beta_feedback_screenshot_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackScreenshotSubmissionResponse:
        """betaFeedbackScreenshotSubmissions_getInstance

        GET /v1/betaFeedbackScreenshotSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackscreenshotsubmissions-_id_
        """
        from ascapi.models.beta_feedback_screenshot_submission_response import (
            BetaFeedbackScreenshotSubmissionResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/betaFeedbackScreenshotSubmissions/{id}", id=id),
            params={
                "fields[betaFeedbackScreenshotSubmissions]": fields_beta_feedback_screenshot_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "include": include,
            },
            response_type=BetaFeedbackScreenshotSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaFeedbackScreenshotSubmissions(AsyncAPIResource):
    """``client.beta_feedback_screenshot_submissions``: /v1/betaFeedbackScreenshotSubmissions"""

    async def delete(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """betaFeedbackScreenshotSubmissions_deleteInstance

        DELETE /v1/betaFeedbackScreenshotSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betafeedbackscreenshotsubmissions-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaFeedbackScreenshotSubmissions/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_beta_feedback_screenshot_submissions: Sequence[_Enum0] | None = None,
        fields_builds: Sequence[_Enum1] | None = None,
        fields_beta_testers: Sequence[_Enum2] | None = None,
        include: Sequence[_Enum3] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaFeedbackScreenshotSubmissionResponse:
        """betaFeedbackScreenshotSubmissions_getInstance

        GET /v1/betaFeedbackScreenshotSubmissions/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betafeedbackscreenshotsubmissions-_id_
        """
        from ascapi.models.beta_feedback_screenshot_submission_response import (
            BetaFeedbackScreenshotSubmissionResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/betaFeedbackScreenshotSubmissions/{id}", id=id),
            params={
                "fields[betaFeedbackScreenshotSubmissions]": fields_beta_feedback_screenshot_submissions,
                "fields[builds]": fields_builds,
                "fields[betaTesters]": fields_beta_testers,
                "include": include,
            },
            response_type=BetaFeedbackScreenshotSubmissionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
