# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``beta_recruitment_criteria`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

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
    from ascapi.models.beta_recruitment_criterion_create_request import (
        BetaRecruitmentCriterionCreateRequest,
    )
    from ascapi.models.beta_recruitment_criterion_response import BetaRecruitmentCriterionResponse
    from ascapi.models.beta_recruitment_criterion_update_request import (
        BetaRecruitmentCriterionUpdateRequest,
    )
    from ascapi.models.device_family_os_version_filter import DeviceFamilyOsVersionFilter
    from ascapi.pagination import AsyncPager, Page


class BetaRecruitmentCriteria(SyncAPIResource):
    """``client.beta_recruitment_criteria``: /v1/betaRecruitmentCriteria"""

    def create(
        self,
        *,
        body: BetaRecruitmentCriterionCreateRequest | Mapping[str, Any] | None = None,
        device_family_os_version_filters: Sequence[DeviceFamilyOsVersionFilter | Mapping[str, Any]]
        | None
        | UnsetType = UNSET,
        beta_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaRecruitmentCriteria_createInstance

        POST /v1/betaRecruitmentCriteria

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betarecruitmentcriteria
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        body = _support.document(
            body,
            device_family_os_version_filters is not UNSET or beta_group is not UNSET,
            "betaRecruitmentCriteria",
            None,
            {"deviceFamilyOsVersionFilters": device_family_os_version_filters},
            {"betaGroup": ("betaGroups", False, beta_group)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/betaRecruitmentCriteria",
            body=body,
            response_type=BetaRecruitmentCriterionResponse,
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
        """betaRecruitmentCriteria_deleteInstance

        DELETE /v1/betaRecruitmentCriteria/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betarecruitmentcriteria-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/betaRecruitmentCriteria/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: BetaRecruitmentCriterionUpdateRequest | Mapping[str, Any] | None = None,
        device_family_os_version_filters: Sequence[DeviceFamilyOsVersionFilter | Mapping[str, Any]]
        | None
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaRecruitmentCriteria_updateInstance

        PATCH /v1/betaRecruitmentCriteria/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betarecruitmentcriteria-_id_
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        body = _support.document(
            body,
            device_family_os_version_filters is not UNSET,
            "betaRecruitmentCriteria",
            id,
            {"deviceFamilyOsVersionFilters": device_family_os_version_filters},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/betaRecruitmentCriteria/{id}", id=id),
            body=body,
            response_type=BetaRecruitmentCriterionResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncBetaRecruitmentCriteria(AsyncAPIResource):
    """``client.beta_recruitment_criteria``: /v1/betaRecruitmentCriteria"""

    async def create(
        self,
        *,
        body: BetaRecruitmentCriterionCreateRequest | Mapping[str, Any] | None = None,
        device_family_os_version_filters: Sequence[DeviceFamilyOsVersionFilter | Mapping[str, Any]]
        | None
        | UnsetType = UNSET,
        beta_group: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaRecruitmentCriteria_createInstance

        POST /v1/betaRecruitmentCriteria

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-betarecruitmentcriteria
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        body = _support.document(
            body,
            device_family_os_version_filters is not UNSET or beta_group is not UNSET,
            "betaRecruitmentCriteria",
            None,
            {"deviceFamilyOsVersionFilters": device_family_os_version_filters},
            {"betaGroup": ("betaGroups", False, beta_group)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/betaRecruitmentCriteria",
            body=body,
            response_type=BetaRecruitmentCriterionResponse,
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
        """betaRecruitmentCriteria_deleteInstance

        DELETE /v1/betaRecruitmentCriteria/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-betarecruitmentcriteria-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/betaRecruitmentCriteria/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: BetaRecruitmentCriterionUpdateRequest | Mapping[str, Any] | None = None,
        device_family_os_version_filters: Sequence[DeviceFamilyOsVersionFilter | Mapping[str, Any]]
        | None
        | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BetaRecruitmentCriterionResponse:
        """betaRecruitmentCriteria_updateInstance

        PATCH /v1/betaRecruitmentCriteria/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-betarecruitmentcriteria-_id_
        """
        from ascapi.models.beta_recruitment_criterion_response import (
            BetaRecruitmentCriterionResponse,
        )

        body = _support.document(
            body,
            device_family_os_version_filters is not UNSET,
            "betaRecruitmentCriteria",
            id,
            {"deviceFamilyOsVersionFilters": device_family_os_version_filters},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/betaRecruitmentCriteria/{id}", id=id),
            body=body,
            response_type=BetaRecruitmentCriterionResponse,
            options=options(extra_headers, extra_query, timeout),
        )
