# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_recruitment_criterion_options`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.beta_recruitment_criterion_option import BetaRecruitmentCriterionOption
    from ascapi.models.beta_recruitment_criterion_options_response import (
        BetaRecruitmentCriterionOptionsResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["deviceFamilyOsVersions"]


class BetaRecruitmentCriterionOptions(SyncAPIResource):
    """``client.beta_recruitment_criterion_options``: /v1/betaRecruitmentCriterionOptions"""

    def list(
        self,
        *,
        fields_beta_recruitment_criterion_options: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[BetaRecruitmentCriterionOptionsResponse, BetaRecruitmentCriterionOption]:
        """betaRecruitmentCriterionOptions_getCollection

        GET /v1/betaRecruitmentCriterionOptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        from ascapi.models.beta_recruitment_criterion_options_response import (
            BetaRecruitmentCriterionOptionsResponse,
        )

        return self._client._get_page(
            "/v1/betaRecruitmentCriterionOptions",
            params={
                "fields[betaRecruitmentCriterionOptions]": fields_beta_recruitment_criterion_options,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaRecruitmentCriterionOptionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaRecruitmentCriterionOptions(AsyncAPIResource):
    """``client.beta_recruitment_criterion_options``: /v1/betaRecruitmentCriterionOptions"""

    def list(
        self,
        *,
        fields_beta_recruitment_criterion_options: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BetaRecruitmentCriterionOptionsResponse, BetaRecruitmentCriterionOption]:
        """betaRecruitmentCriterionOptions_getCollection

        GET /v1/betaRecruitmentCriterionOptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-betarecruitmentcriterionoptions
        """
        from ascapi.models.beta_recruitment_criterion_options_response import (
            BetaRecruitmentCriterionOptionsResponse,
        )

        return self._client._get_page(
            "/v1/betaRecruitmentCriterionOptions",
            params={
                "fields[betaRecruitmentCriterionOptions]": fields_beta_recruitment_criterion_options,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=BetaRecruitmentCriterionOptionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
