# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``app_categories`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.app_categories_response import AppCategoriesResponse
    from ascapi.models.app_categories_without_includes_response import (
        AppCategoriesWithoutIncludesResponse,
    )
    from ascapi.models.app_category import AppCategory
    from ascapi.models.app_category_parent_linkage_response import AppCategoryParentLinkageResponse
    from ascapi.models.app_category_response import AppCategoryResponse
    from ascapi.models.app_category_subcategories_linkages_response import (
        AppCategorySubcategoriesLinkagesResponse,
        AppCategorySubcategoriesLinkagesResponseData,
    )
    from ascapi.models.app_category_without_includes_response import (
        AppCategoryWithoutIncludesResponse,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["platforms", "subcategories", "parent"]
    _Enum1 = Literal["subcategories", "parent"]
    _Enum2 = Literal["IOS", "MAC_OS", "TV_OS", "VISION_OS"]


class AppCategories(SyncAPIResource):
    """``client.app_categories``: /v1/appCategories"""

    @cached_property
    def parent(self) -> AppCategoriesParent:
        return AppCategoriesParent(self._client)

    @cached_property
    def subcategories(self) -> AppCategoriesSubcategories:
        return AppCategoriesSubcategories(self._client)

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum1] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appCategories_getInstance

        GET /v1/appCategories/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return self._client._call(
            "GET",
            path("/v1/appCategories/{id}", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_platforms: Sequence[_Enum2] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum1] | None = None,
        limit_subcategories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCategoriesResponse, AppCategory]:
        """appCategories_getCollection

        GET /v1/appCategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        from ascapi.models.app_categories_response import AppCategoriesResponse

        return self._client._get_page(
            "/v1/appCategories",
            params={
                "filter[platforms]": filter_platforms,
                "exists[parent]": exists_parent,
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "include": include,
                "limit[subcategories]": limit_subcategories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[subcategories]": 50},
            response_type=AppCategoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppCategoriesParent(SyncAPIResource):
    """``client.app_categories.parent``: /v1/appCategories"""

    def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryWithoutIncludesResponse:
        """appCategories_parent_getToOneRelated

        GET /v1/appCategories/{id}/parent

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-parent
        """
        from ascapi.models.app_category_without_includes_response import (
            AppCategoryWithoutIncludesResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appCategories/{id}/parent", id=id),
            params={"fields[appCategories]": fields_app_categories},
            response_type=AppCategoryWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryParentLinkageResponse:
        """appCategories_parent_getToOneRelationship

        GET /v1/appCategories/{id}/relationships/parent

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-parent
        """
        from ascapi.models.app_category_parent_linkage_response import (
            AppCategoryParentLinkageResponse,
        )

        return self._client._call(
            "GET",
            path("/v1/appCategories/{id}/relationships/parent", id=id),
            response_type=AppCategoryParentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AppCategoriesSubcategories(SyncAPIResource):
    """``client.app_categories.subcategories``: /v1/appCategories"""

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
        AppCategorySubcategoriesLinkagesResponse, AppCategorySubcategoriesLinkagesResponseData
    ]:
        """appCategories_subcategories_getToManyRelationship

        GET /v1/appCategories/{id}/relationships/subcategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        from ascapi.models.app_category_subcategories_linkages_response import (
            AppCategorySubcategoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appCategories/{id}/relationships/subcategories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCategorySubcategoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[AppCategoriesWithoutIncludesResponse, AppCategory]:
        """appCategories_subcategories_getToManyRelated

        GET /v1/appCategories/{id}/subcategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        from ascapi.models.app_categories_without_includes_response import (
            AppCategoriesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/appCategories/{id}/subcategories", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppCategoriesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCategories(AsyncAPIResource):
    """``client.app_categories``: /v1/appCategories"""

    @cached_property
    def parent(self) -> AsyncAppCategoriesParent:
        return AsyncAppCategoriesParent(self._client)

    @cached_property
    def subcategories(self) -> AsyncAppCategoriesSubcategories:
        return AsyncAppCategoriesSubcategories(self._client)

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        include: Sequence[_Enum1] | None = None,
        limit_subcategories: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryResponse:
        """appCategories_getInstance

        GET /v1/appCategories/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_
        """
        from ascapi.models.app_category_response import AppCategoryResponse

        return await self._client._call(
            "GET",
            path("/v1/appCategories/{id}", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "include": include,
                "limit[subcategories]": limit_subcategories,
            },
            maxima={"limit[subcategories]": 50},
            response_type=AppCategoryResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        *,
        filter_platforms: Sequence[_Enum2] | None = None,
        exists_parent: bool | None = None,
        fields_app_categories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum1] | None = None,
        limit_subcategories: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCategoriesResponse, AppCategory]:
        """appCategories_getCollection

        GET /v1/appCategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories
        """
        from ascapi.models.app_categories_response import AppCategoriesResponse

        return self._client._get_page(
            "/v1/appCategories",
            params={
                "filter[platforms]": filter_platforms,
                "exists[parent]": exists_parent,
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "include": include,
                "limit[subcategories]": limit_subcategories,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[subcategories]": 50},
            response_type=AppCategoriesResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCategoriesParent(AsyncAPIResource):
    """``client.app_categories.parent``: /v1/appCategories"""

    async def get(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryWithoutIncludesResponse:
        """appCategories_parent_getToOneRelated

        GET /v1/appCategories/{id}/parent

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-parent
        """
        from ascapi.models.app_category_without_includes_response import (
            AppCategoryWithoutIncludesResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appCategories/{id}/parent", id=id),
            params={"fields[appCategories]": fields_app_categories},
            response_type=AppCategoryWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def ids(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AppCategoryParentLinkageResponse:
        """appCategories_parent_getToOneRelationship

        GET /v1/appCategories/{id}/relationships/parent

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-parent
        """
        from ascapi.models.app_category_parent_linkage_response import (
            AppCategoryParentLinkageResponse,
        )

        return await self._client._call(
            "GET",
            path("/v1/appCategories/{id}/relationships/parent", id=id),
            response_type=AppCategoryParentLinkageResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAppCategoriesSubcategories(AsyncAPIResource):
    """``client.app_categories.subcategories``: /v1/appCategories"""

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
        AppCategorySubcategoriesLinkagesResponse, AppCategorySubcategoriesLinkagesResponseData
    ]:
        """appCategories_subcategories_getToManyRelationship

        GET /v1/appCategories/{id}/relationships/subcategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-relationships-subcategories
        """
        from ascapi.models.app_category_subcategories_linkages_response import (
            AppCategorySubcategoriesLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/appCategories/{id}/relationships/subcategories", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=AppCategorySubcategoriesLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_app_categories: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AppCategoriesWithoutIncludesResponse, AppCategory]:
        """appCategories_subcategories_getToManyRelated

        GET /v1/appCategories/{id}/subcategories

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-appcategories-_id_-subcategories
        """
        from ascapi.models.app_categories_without_includes_response import (
            AppCategoriesWithoutIncludesResponse,
        )

        return self._client._get_page(
            path("/v1/appCategories/{id}/subcategories", id=id),
            params={
                "fields[appCategories]": fields_app_categories,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=AppCategoriesWithoutIncludesResponse,
            options=options(extra_headers, extra_query, timeout),
        )
