# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``sandbox_testers_v2`` namespace of the client: every operation under it, sync and async."""

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
    from ascapi.models.sandbox_tester_v2 import SandboxTesterV2
    from ascapi.models.sandbox_tester_v2_response import SandboxTesterV2Response
    from ascapi.models.sandbox_tester_v2_update_request import SandboxTesterV2UpdateRequest
    from ascapi.models.sandbox_testers_v2_response import SandboxTestersV2Response
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal[
        "firstName",
        "lastName",
        "acAccountName",
        "territory",
        "applePayCompatible",
        "interruptPurchases",
        "subscriptionRenewalRate",
    ]
    _Enum1 = Literal[
        "ABW",
        "AFG",
        "AGO",
        "AIA",
        "ALB",
        "AND",
        "ANT",
        "ARE",
        "ARG",
        "ARM",
        "ASM",
        "ATG",
        "AUS",
        "AUT",
        "AZE",
        "BDI",
        "BEL",
        "BEN",
        "BES",
        "BFA",
        "BGD",
        "BGR",
        "BHR",
        "BHS",
        "BIH",
        "BLR",
        "BLZ",
        "BMU",
        "BOL",
        "BRA",
        "BRB",
        "BRN",
        "BTN",
        "BWA",
        "CAF",
        "CAN",
        "CHE",
        "CHL",
        "CHN",
        "CIV",
        "CMR",
        "COD",
        "COG",
        "COK",
        "COL",
        "COM",
        "CPV",
        "CRI",
        "CUB",
        "CUW",
        "CXR",
        "CYM",
        "CYP",
        "CZE",
        "DEU",
        "DJI",
        "DMA",
        "DNK",
        "DOM",
        "DZA",
        "ECU",
        "EGY",
        "ERI",
        "ESP",
        "EST",
        "ETH",
        "FIN",
        "FJI",
        "FLK",
        "FRA",
        "FRO",
        "FSM",
        "GAB",
        "GBR",
        "GEO",
        "GGY",
        "GHA",
        "GIB",
        "GIN",
        "GLP",
        "GMB",
        "GNB",
        "GNQ",
        "GRC",
        "GRD",
        "GRL",
        "GTM",
        "GUF",
        "GUM",
        "GUY",
        "HKG",
        "HND",
        "HRV",
        "HTI",
        "HUN",
        "IDN",
        "IMN",
        "IND",
        "IRL",
        "IRQ",
        "ISL",
        "ISR",
        "ITA",
        "JAM",
        "JEY",
        "JOR",
        "JPN",
        "KAZ",
        "KEN",
        "KGZ",
        "KHM",
        "KIR",
        "KNA",
        "KOR",
        "KWT",
        "LAO",
        "LBN",
        "LBR",
        "LBY",
        "LCA",
        "LIE",
        "LKA",
        "LSO",
        "LTU",
        "LUX",
        "LVA",
        "MAC",
        "MAR",
        "MCO",
        "MDA",
        "MDG",
        "MDV",
        "MEX",
        "MHL",
        "MKD",
        "MLI",
        "MLT",
        "MMR",
        "MNE",
        "MNG",
        "MNP",
        "MOZ",
        "MRT",
        "MSR",
        "MTQ",
        "MUS",
        "MWI",
        "MYS",
        "MYT",
        "NAM",
        "NCL",
        "NER",
        "NFK",
        "NGA",
        "NIC",
        "NIU",
        "NLD",
        "NOR",
        "NPL",
        "NRU",
        "NZL",
        "OMN",
        "PAK",
        "PAN",
        "PER",
        "PHL",
        "PLW",
        "PNG",
        "POL",
        "PRI",
        "PRT",
        "PRY",
        "PSE",
        "PYF",
        "QAT",
        "REU",
        "ROU",
        "RUS",
        "RWA",
        "SAU",
        "SEN",
        "SGP",
        "SHN",
        "SLB",
        "SLE",
        "SLV",
        "SMR",
        "SOM",
        "SPM",
        "SRB",
        "SSD",
        "STP",
        "SUR",
        "SVK",
        "SVN",
        "SWE",
        "SWZ",
        "SXM",
        "SYC",
        "TCA",
        "TCD",
        "TGO",
        "THA",
        "TJK",
        "TKM",
        "TLS",
        "TON",
        "TTO",
        "TUN",
        "TUR",
        "TUV",
        "TWN",
        "TZA",
        "UGA",
        "UKR",
        "UMI",
        "URY",
        "USA",
        "UZB",
        "VAT",
        "VCT",
        "VEN",
        "VGB",
        "VIR",
        "VNM",
        "VUT",
        "WLF",
        "WSM",
        "XKS",
        "YEM",
        "ZAF",
        "ZMB",
        "ZWE",
    ]
    _Enum2 = Literal[
        "MONTHLY_RENEWAL_EVERY_ONE_HOUR",
        "MONTHLY_RENEWAL_EVERY_THIRTY_MINUTES",
        "MONTHLY_RENEWAL_EVERY_FIFTEEN_MINUTES",
        "MONTHLY_RENEWAL_EVERY_FIVE_MINUTES",
        "MONTHLY_RENEWAL_EVERY_THREE_MINUTES",
    ]


class SandboxTestersV2(SyncAPIResource):
    """``client.sandbox_testers_v2``: /v2/sandboxTesters"""

    def list(
        self,
        *,
        fields_sandbox_testers: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Page[SandboxTestersV2Response, SandboxTesterV2]:
        """sandboxTestersV2_getCollection

        GET /v2/sandboxTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        from ascapi.models.sandbox_testers_v2_response import SandboxTestersV2Response

        return self._client._get_page(
            "/v2/sandboxTesters",
            params={
                "fields[sandboxTesters]": fields_sandbox_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SandboxTestersV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    def update(
        self,
        id: str,
        *,
        body: SandboxTesterV2UpdateRequest | Mapping[str, Any] | None = None,
        territory: _Enum1 | str | None | UnsetType = UNSET,
        interrupt_purchases: bool | None | UnsetType = UNSET,
        subscription_renewal_rate: _Enum2 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SandboxTesterV2Response:
        """sandboxTestersV2_updateInstance

        PATCH /v2/sandboxTesters/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-sandboxtesters-_id_
        """
        from ascapi.models.sandbox_tester_v2_response import SandboxTesterV2Response

        body = _support.document(
            body,
            territory is not UNSET
            or interrupt_purchases is not UNSET
            or subscription_renewal_rate is not UNSET,
            "sandboxTesters",
            id,
            {
                "territory": territory,
                "interruptPurchases": interrupt_purchases,
                "subscriptionRenewalRate": subscription_renewal_rate,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v2/sandboxTesters/{id}", id=id),
            body=body,
            response_type=SandboxTesterV2Response,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncSandboxTestersV2(AsyncAPIResource):
    """``client.sandbox_testers_v2``: /v2/sandboxTesters"""

    def list(
        self,
        *,
        fields_sandbox_testers: Sequence[_Enum0] | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SandboxTestersV2Response, SandboxTesterV2]:
        """sandboxTestersV2_getCollection

        GET /v2/sandboxTesters

        https://developer.apple.com/documentation/appstoreconnectapi/get-v2-sandboxtesters
        """
        from ascapi.models.sandbox_testers_v2_response import SandboxTestersV2Response

        return self._client._get_page(
            "/v2/sandboxTesters",
            params={
                "fields[sandboxTesters]": fields_sandbox_testers,
                "limit": limit,
                "cursor": cursor,
            },
            maxima={"limit": 200},
            response_type=SandboxTestersV2Response,
            options=options(extra_headers, extra_query, timeout),
        )

    async def update(
        self,
        id: str,
        *,
        body: SandboxTesterV2UpdateRequest | Mapping[str, Any] | None = None,
        territory: _Enum1 | str | None | UnsetType = UNSET,
        interrupt_purchases: bool | None | UnsetType = UNSET,
        subscription_renewal_rate: _Enum2 | str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SandboxTesterV2Response:
        """sandboxTestersV2_updateInstance

        PATCH /v2/sandboxTesters/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v2-sandboxtesters-_id_
        """
        from ascapi.models.sandbox_tester_v2_response import SandboxTesterV2Response

        body = _support.document(
            body,
            territory is not UNSET
            or interrupt_purchases is not UNSET
            or subscription_renewal_rate is not UNSET,
            "sandboxTesters",
            id,
            {
                "territory": territory,
                "interruptPurchases": interrupt_purchases,
                "subscriptionRenewalRate": subscription_renewal_rate,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v2/sandboxTesters/{id}", id=id),
            body=body,
            response_type=SandboxTesterV2Response,
            options=options(extra_headers, extra_query, timeout),
        )
