# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``subscription_groups`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.subscription import Subscription
    from ascapi.models.subscription_group_create_request import SubscriptionGroupCreateRequest
    from ascapi.models.subscription_group_localization import SubscriptionGroupLocalization
    from ascapi.models.subscription_group_localizations_response import (
        SubscriptionGroupLocalizationsResponse,
    )
    from ascapi.models.subscription_group_response import SubscriptionGroupResponse
    from ascapi.models.subscription_group_subscription_group_localizations_linkages_response import (
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseData,
    )
    from ascapi.models.subscription_group_subscriptions_linkages_response import (
        SubscriptionGroupSubscriptionsLinkagesResponse,
        SubscriptionGroupSubscriptionsLinkagesResponseData,
    )
    from ascapi.models.subscription_group_update_request import SubscriptionGroupUpdateRequest
    from ascapi.models.subscription_group_version import SubscriptionGroupVersion
    from ascapi.models.subscription_group_versions_linkages_response import (
        SubscriptionGroupVersionsLinkagesResponse,
        SubscriptionGroupVersionsLinkagesResponseData,
    )
    from ascapi.models.subscription_group_versions_response import SubscriptionGroupVersionsResponse
    from ascapi.models.subscriptions_response import SubscriptionsResponse
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["referenceName", "subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum1 = Literal[
        "name",
        "productId",
        "familySharable",
        "state",
        "subscriptionPeriod",
        "reviewNote",
        "groupLevel",
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "pricePoints",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum2 = Literal["name", "customAppName", "locale", "state", "subscriptionGroup"]
    _Enum3 = Literal["version", "state", "subscriptionGroup", "localizations"]
    _Enum4 = Literal["subscriptions", "subscriptionGroupLocalizations", "versions"]
    _Enum5 = Literal["subscriptionGroup"]
    _Enum6 = Literal[
        "MISSING_METADATA",
        "READY_TO_SUBMIT",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "DEVELOPER_ACTION_NEEDED",
        "PENDING_BINARY_APPROVAL",
        "APPROVED",
        "DEVELOPER_REMOVED_FROM_SALE",
        "REMOVED_FROM_SALE",
        "REJECTED",
    ]
    _Enum7 = Literal["name", "-name"]
    _Enum8 = Literal["name", "locale", "description", "state", "subscription"]
    _Enum9 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "imageAsset",
        "assetToken",
        "assetType",
        "uploadOperations",
        "assetDeliveryState",
        "subscription",
    ]
    _Enum10 = Literal[
        "startDate",
        "endDate",
        "duration",
        "offerMode",
        "numberOfPeriods",
        "targetSubscriptionPlanType",
        "subscription",
        "territory",
        "subscriptionPricePoint",
    ]
    _Enum11 = Literal[
        "duration",
        "name",
        "numberOfPeriods",
        "offerCode",
        "offerMode",
        "targetSubscriptionPlanType",
        "subscription",
        "prices",
    ]
    _Enum12 = Literal[
        "name",
        "customerEligibilities",
        "offerEligibility",
        "duration",
        "offerMode",
        "numberOfPeriods",
        "totalNumberOfCodes",
        "productionCodeCount",
        "sandboxCodeCount",
        "active",
        "autoRenewEnabled",
        "targetSubscriptionPlanType",
        "subscription",
        "oneTimeUseCodes",
        "customCodes",
        "prices",
    ]
    _Enum13 = Literal["startDate", "preserved", "planType", "territory", "subscriptionPricePoint"]
    _Enum14 = Literal["visibleForAllUsers", "enabled", "state", "inAppPurchaseV2", "subscription"]
    _Enum15 = Literal["availableInNewTerritories", "availableTerritories"]
    _Enum16 = Literal[
        "referenceName",
        "offerId",
        "duration",
        "offerMode",
        "periodCount",
        "customerEligibilityPaidSubscriptionDurationInMonths",
        "customerEligibilityTimeSinceLastSubscribedInMonths",
        "customerEligibilityWaitBetweenOffersInMonths",
        "startDate",
        "endDate",
        "priority",
        "promotionIntent",
        "targetSubscriptionPlanType",
        "prices",
    ]
    _Enum17 = Literal[
        "fileSize",
        "fileName",
        "sourceFileChecksum",
        "assetToken",
        "imageAsset",
        "uploadOperations",
        "state",
        "subscription",
    ]
    _Enum18 = Literal["availableInNewTerritories", "planType", "availableTerritories"]
    _Enum19 = Literal["version", "state", "subscription", "image", "images", "localizations"]
    _Enum20 = Literal[
        "subscriptionLocalizations",
        "appStoreReviewScreenshot",
        "group",
        "introductoryOffers",
        "promotionalOffers",
        "offerCodes",
        "prices",
        "promotedPurchase",
        "subscriptionAvailability",
        "winBackOffers",
        "images",
        "planAvailabilities",
        "versions",
    ]
    _Enum21 = Literal[
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
        "DEVELOPER_REJECTED",
    ]
    _Enum22 = Literal["name", "customAppName", "locale", "version"]
    _Enum23 = Literal["subscriptionGroup", "localizations"]


class SubscriptionGroups(SyncAPIResource):
    """``client.subscription_groups``: /v1/subscriptionGroups"""

    @cached_property
    def subscription_group_localizations(self) -> SubscriptionGroupsSubscriptionGroupLocalizations:
        return SubscriptionGroupsSubscriptionGroupLocalizations(self._client)

    @cached_property
    def subscriptions(self) -> SubscriptionGroupsSubscriptions:
        return SubscriptionGroupsSubscriptions(self._client)

    @cached_property
    def versions(self) -> SubscriptionGroupsVersions:
        return SubscriptionGroupsVersions(self._client)

    def create(
        self,
        *,
        body: SubscriptionGroupCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_createInstance

        POST /v1/subscriptionGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroups
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET or app is not UNSET,
            "subscriptionGroups",
            None,
            {"referenceName": reference_name},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return self._client._call(
            "POST",
            "/v1/subscriptionGroups",
            body=body,
            response_type=SubscriptionGroupResponse,
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
        """subscriptionGroups_deleteInstance

        DELETE /v1/subscriptionGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongroups-_id_
        """
        return self._client._call(
            "DELETE",
            path("/v1/subscriptionGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    def get(
        self,
        id: str,
        *,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_group_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_subscriptions: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_getInstance

        GET /v1/subscriptionGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        return self._client._call(
            "GET",
            path("/v1/subscriptionGroups/{id}", id=id),
            params={
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "include": include,
                "limit[subscriptionGroupLocalizations]": limit_subscription_group_localizations,
                "limit[subscriptions]": limit_subscriptions,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[subscriptionGroupLocalizations]": 50,
                "limit[subscriptions]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_updateInstance

        PATCH /v1/subscriptionGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongroups-_id_
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "subscriptionGroups",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/subscriptionGroups/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionGroupsSubscriptionGroupLocalizations(SyncAPIResource):
    """``client.subscription_groups.subscription_group_localizations``: /v1/subscriptionGroups"""

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
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseData,
    ]:
        """subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_subscription_group_localizations_linkages_response import (
            SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionGroupLocalizationsResponse, SubscriptionGroupLocalization]:
        """subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated

        GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localizations_response import (
            SubscriptionGroupLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/subscriptionGroupLocalizations", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionGroupLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionGroupsSubscriptions(SyncAPIResource):
    """``client.subscription_groups.subscriptions``: /v1/subscriptionGroups"""

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
        SubscriptionGroupSubscriptionsLinkagesResponse,
        SubscriptionGroupSubscriptionsLinkagesResponseData,
    ]:
        """subscriptionGroups_subscriptions_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/subscriptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        from ascapi.models.subscription_group_subscriptions_linkages_response import (
            SubscriptionGroupSubscriptionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/subscriptions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupSubscriptionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_product_id: Sequence[str] | None = None,
        filter_name: Sequence[str] | None = None,
        filter_state: Sequence[_Enum6] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_localizations: Sequence[_Enum8] | None = None,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum9] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum10] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum11] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum12] | None = None,
        fields_subscription_prices: Sequence[_Enum13] | None = None,
        fields_promoted_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_availabilities: Sequence[_Enum15] | None = None,
        fields_win_back_offers: Sequence[_Enum16] | None = None,
        fields_subscription_images: Sequence[_Enum17] | None = None,
        fields_subscription_plan_availabilities: Sequence[_Enum18] | None = None,
        fields_subscription_versions: Sequence[_Enum19] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum20] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionsResponse, Subscription]:
        """subscriptionGroups_subscriptions_getToManyRelated

        GET /v1/subscriptionGroups/{id}/subscriptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        from ascapi.models.subscriptions_response import SubscriptionsResponse

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/subscriptions", id=id),
            params={
                "filter[productId]": filter_product_id,
                "filter[name]": filter_name,
                "filter[state]": filter_state,
                "sort": sort,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "limit": limit,
                "include": include,
                "limit[subscriptionLocalizations]": limit_subscription_localizations,
                "limit[introductoryOffers]": limit_introductory_offers,
                "limit[promotionalOffers]": limit_promotional_offers,
                "limit[offerCodes]": limit_offer_codes,
                "limit[prices]": limit_prices,
                "limit[winBackOffers]": limit_win_back_offers,
                "limit[images]": limit_images,
                "limit[planAvailabilities]": limit_plan_availabilities,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[subscriptionLocalizations]": 50,
                "limit[introductoryOffers]": 50,
                "limit[promotionalOffers]": 50,
                "limit[offerCodes]": 50,
                "limit[prices]": 50,
                "limit[winBackOffers]": 50,
                "limit[images]": 50,
                "limit[planAvailabilities]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class SubscriptionGroupsVersions(SyncAPIResource):
    """``client.subscription_groups.versions``: /v1/subscriptionGroups"""

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
        SubscriptionGroupVersionsLinkagesResponse, SubscriptionGroupVersionsLinkagesResponseData
    ]:
        """subscriptionGroups_versions_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        from ascapi.models.subscription_group_versions_linkages_response import (
            SubscriptionGroupVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum21] | None = None,
        fields_subscription_group_versions: Sequence[_Enum3] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SubscriptionGroupVersionsResponse, SubscriptionGroupVersion]:
        """subscriptionGroups_versions_getToManyRelated

        GET /v1/subscriptionGroups/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        from ascapi.models.subscription_group_versions_response import (
            SubscriptionGroupVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=SubscriptionGroupVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroups(AsyncAPIResource):
    """``client.subscription_groups``: /v1/subscriptionGroups"""

    @cached_property
    def subscription_group_localizations(
        self,
    ) -> AsyncSubscriptionGroupsSubscriptionGroupLocalizations:
        return AsyncSubscriptionGroupsSubscriptionGroupLocalizations(self._client)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptionGroupsSubscriptions:
        return AsyncSubscriptionGroupsSubscriptions(self._client)

    @cached_property
    def versions(self) -> AsyncSubscriptionGroupsVersions:
        return AsyncSubscriptionGroupsVersions(self._client)

    async def create(
        self,
        *,
        body: SubscriptionGroupCreateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        app: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_createInstance

        POST /v1/subscriptionGroups

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/post-v1-subscriptiongroups
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET or app is not UNSET,
            "subscriptionGroups",
            None,
            {"referenceName": reference_name},
            {"app": ("apps", False, app)},
            attributes_required=True,
        )
        return await self._client._call(
            "POST",
            "/v1/subscriptionGroups",
            body=body,
            response_type=SubscriptionGroupResponse,
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
        """subscriptionGroups_deleteInstance

        DELETE /v1/subscriptionGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/delete-v1-subscriptiongroups-_id_
        """
        return await self._client._call(
            "DELETE",
            path("/v1/subscriptionGroups/{id}", id=id),
            options=options(extra_headers, extra_query, timeout),
        )

    async def get(
        self,
        id: str,
        *,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_group_versions: Sequence[_Enum3] | None = None,
        include: Sequence[_Enum4] | None = None,
        limit_subscription_group_localizations: int | None = None,
        limit_subscriptions: int | None = None,
        limit_versions: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_getInstance

        GET /v1/subscriptionGroups/{id}

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        return await self._client._call(
            "GET",
            path("/v1/subscriptionGroups/{id}", id=id),
            params={
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "include": include,
                "limit[subscriptionGroupLocalizations]": limit_subscription_group_localizations,
                "limit[subscriptions]": limit_subscriptions,
                "limit[versions]": limit_versions,
            },
            maxima={
                "limit[subscriptionGroupLocalizations]": 50,
                "limit[subscriptions]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SubscriptionGroupUpdateRequest | Mapping[str, Any] | None = None,
        reference_name: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionGroupResponse:
        """subscriptionGroups_updateInstance

        PATCH /v1/subscriptionGroups/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-subscriptiongroups-_id_
        """
        from ascapi.models.subscription_group_response import SubscriptionGroupResponse

        body = _support.document(
            body,
            reference_name is not UNSET,
            "subscriptionGroups",
            id,
            {"referenceName": reference_name},
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/subscriptionGroups/{id}", id=id),
            body=body,
            response_type=SubscriptionGroupResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupsSubscriptionGroupLocalizations(AsyncAPIResource):
    """``client.subscription_groups.subscription_group_localizations``: /v1/subscriptionGroups"""

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
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
        SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponseData,
    ]:
        """subscriptionGroups_subscriptionGroupLocalizations_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_subscription_group_localizations_linkages_response import (
            SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/subscriptionGroupLocalizations", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupSubscriptionGroupLocalizationsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        fields_subscription_group_localizations: Sequence[_Enum2] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum5] | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionGroupLocalizationsResponse, SubscriptionGroupLocalization]:
        """subscriptionGroups_subscriptionGroupLocalizations_getToManyRelated

        GET /v1/subscriptionGroups/{id}/subscriptionGroupLocalizations

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptiongrouplocalizations
        """
        from ascapi.models.subscription_group_localizations_response import (
            SubscriptionGroupLocalizationsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/subscriptionGroupLocalizations", id=id),
            params={
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "limit": limit,
                "include": include,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SubscriptionGroupLocalizationsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupsSubscriptions(AsyncAPIResource):
    """``client.subscription_groups.subscriptions``: /v1/subscriptionGroups"""

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
        SubscriptionGroupSubscriptionsLinkagesResponse,
        SubscriptionGroupSubscriptionsLinkagesResponseData,
    ]:
        """subscriptionGroups_subscriptions_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/subscriptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-subscriptions
        """
        from ascapi.models.subscription_group_subscriptions_linkages_response import (
            SubscriptionGroupSubscriptionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/subscriptions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupSubscriptionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_product_id: Sequence[str] | None = None,
        filter_name: Sequence[str] | None = None,
        filter_state: Sequence[_Enum6] | None = None,
        sort: Sequence[_Enum7] | None = None,
        fields_subscriptions: Sequence[_Enum1] | None = None,
        fields_subscription_localizations: Sequence[_Enum8] | None = None,
        fields_subscription_app_store_review_screenshots: Sequence[_Enum9] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscription_introductory_offers: Sequence[_Enum10] | None = None,
        fields_subscription_promotional_offers: Sequence[_Enum11] | None = None,
        fields_subscription_offer_codes: Sequence[_Enum12] | None = None,
        fields_subscription_prices: Sequence[_Enum13] | None = None,
        fields_promoted_purchases: Sequence[_Enum14] | None = None,
        fields_subscription_availabilities: Sequence[_Enum15] | None = None,
        fields_win_back_offers: Sequence[_Enum16] | None = None,
        fields_subscription_images: Sequence[_Enum17] | None = None,
        fields_subscription_plan_availabilities: Sequence[_Enum18] | None = None,
        fields_subscription_versions: Sequence[_Enum19] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum20] | None = None,
        limit_subscription_localizations: int | None = None,
        limit_introductory_offers: int | None = None,
        limit_promotional_offers: int | None = None,
        limit_offer_codes: int | None = None,
        limit_prices: int | None = None,
        limit_win_back_offers: int | None = None,
        limit_images: int | None = None,
        limit_plan_availabilities: int | None = None,
        limit_versions: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionsResponse, Subscription]:
        """subscriptionGroups_subscriptions_getToManyRelated

        GET /v1/subscriptionGroups/{id}/subscriptions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-subscriptions
        """
        from ascapi.models.subscriptions_response import SubscriptionsResponse

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/subscriptions", id=id),
            params={
                "filter[productId]": filter_product_id,
                "filter[name]": filter_name,
                "filter[state]": filter_state,
                "sort": sort,
                "fields[subscriptions]": fields_subscriptions,
                "fields[subscriptionLocalizations]": fields_subscription_localizations,
                "fields[subscriptionAppStoreReviewScreenshots]": fields_subscription_app_store_review_screenshots,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionIntroductoryOffers]": fields_subscription_introductory_offers,
                "fields[subscriptionPromotionalOffers]": fields_subscription_promotional_offers,
                "fields[subscriptionOfferCodes]": fields_subscription_offer_codes,
                "fields[subscriptionPrices]": fields_subscription_prices,
                "fields[promotedPurchases]": fields_promoted_purchases,
                "fields[subscriptionAvailabilities]": fields_subscription_availabilities,
                "fields[winBackOffers]": fields_win_back_offers,
                "fields[subscriptionImages]": fields_subscription_images,
                "fields[subscriptionPlanAvailabilities]": fields_subscription_plan_availabilities,
                "fields[subscriptionVersions]": fields_subscription_versions,
                "limit": limit,
                "include": include,
                "limit[subscriptionLocalizations]": limit_subscription_localizations,
                "limit[introductoryOffers]": limit_introductory_offers,
                "limit[promotionalOffers]": limit_promotional_offers,
                "limit[offerCodes]": limit_offer_codes,
                "limit[prices]": limit_prices,
                "limit[winBackOffers]": limit_win_back_offers,
                "limit[images]": limit_images,
                "limit[planAvailabilities]": limit_plan_availabilities,
                "limit[versions]": limit_versions,
                "cursor": cursor,
            },
            maxima={
                "limit": 200,
                "limit[subscriptionLocalizations]": 50,
                "limit[introductoryOffers]": 50,
                "limit[promotionalOffers]": 50,
                "limit[offerCodes]": 50,
                "limit[prices]": 50,
                "limit[winBackOffers]": 50,
                "limit[images]": 50,
                "limit[planAvailabilities]": 50,
                "limit[versions]": 50,
            },
            response_type=SubscriptionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSubscriptionGroupsVersions(AsyncAPIResource):
    """``client.subscription_groups.versions``: /v1/subscriptionGroups"""

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
        SubscriptionGroupVersionsLinkagesResponse, SubscriptionGroupVersionsLinkagesResponseData
    ]:
        """subscriptionGroups_versions_getToManyRelationship

        GET /v1/subscriptionGroups/{id}/relationships/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-relationships-versions
        """
        from ascapi.models.subscription_group_versions_linkages_response import (
            SubscriptionGroupVersionsLinkagesResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/relationships/versions", id=id),
            params={"limit": limit, "cursor": cursor},
            maxima={"limit": 200},
            response_type=SubscriptionGroupVersionsLinkagesResponse,
            options=options(extra_headers, extra_query, timeout),
        )

    def list(
        self,
        id: str,
        *,
        filter_state: Sequence[_Enum21] | None = None,
        fields_subscription_group_versions: Sequence[_Enum3] | None = None,
        fields_subscription_groups: Sequence[_Enum0] | None = None,
        fields_subscription_group_localizations: Sequence[_Enum22] | None = None,
        limit: int | None = None,
        include: Sequence[_Enum23] | None = None,
        limit_localizations: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionGroupVersionsResponse, SubscriptionGroupVersion]:
        """subscriptionGroups_versions_getToManyRelated

        GET /v1/subscriptionGroups/{id}/versions

        https://developer.apple.com/documentation/appstoreconnectapi/get-v1-subscriptiongroups-_id_-versions
        """
        from ascapi.models.subscription_group_versions_response import (
            SubscriptionGroupVersionsResponse,
        )

        return self._client._get_page(
            path("/v1/subscriptionGroups/{id}/versions", id=id),
            params={
                "filter[state]": filter_state,
                "fields[subscriptionGroupVersions]": fields_subscription_group_versions,
                "fields[subscriptionGroups]": fields_subscription_groups,
                "fields[subscriptionGroupLocalizations]": fields_subscription_group_localizations,
                "limit": limit,
                "include": include,
                "limit[localizations]": limit_localizations,
                "cursor": cursor,
            },
            maxima={"limit": 200, "limit[localizations]": 50},
            response_type=SubscriptionGroupVersionsResponse,
            options=options(extra_headers, extra_query, timeout),
        )
