# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.metrics_insight import MetricsInsight

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "xcodeMetrics",
    "xcodeMetricsInsights",
    "xcodeMetricsProductData",
    "xcodeMetricsProductDataMetricCategories",
    "xcodeMetricsProductDataMetricCategoriesMetrics",
    "xcodeMetricsProductDataMetricCategoriesMetricsGoalKeys",
    "xcodeMetricsProductDataMetricCategoriesMetricsUnit",
    "xcodeMetricsProductDataMetricCategoriesMetricsDatasets",
    "xcodeMetricsProductDataMetricCategoriesMetricsDatasetsFilterCriteria",
    "xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPoints",
    "xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPointsPercentageBreakdown",
    "xcodeMetricsProductDataMetricCategoriesMetricsDatasetsRecommendedMetricGoal",
]

_E0 = frozenset(
    {"HANG", "LAUNCH", "MEMORY", "DISK", "BATTERY", "TERMINATION", "ANIMATION", "STORAGE"}
)


class xcodeMetrics(Document):
    version: str | None | UnsetType = UNSET
    insights: xcodeMetricsInsights | None | UnsetType = UNSET
    product_data: list[xcodeMetricsProductData] | None | UnsetType = msgspec.field(
        default=UNSET, name="productData"
    )
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsInsights(Model):
    trending_up: list[MetricsInsight] | None | UnsetType = msgspec.field(
        default=UNSET, name="trendingUp"
    )
    regressions: list[MetricsInsight] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductData(Model):
    platform: str | None | UnsetType = UNSET
    metric_categories: list[xcodeMetricsProductDataMetricCategories] | None | UnsetType = (
        msgspec.field(default=UNSET, name="metricCategories")
    )
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategories(Model):
    identifier: (
        _L["HANG", "LAUNCH", "MEMORY", "DISK", "BATTERY", "TERMINATION", "ANIMATION", "STORAGE"]
        | str
        | None
        | UnsetType
    ) = UNSET
    metrics: list[xcodeMetricsProductDataMetricCategoriesMetrics] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"identifier": _E0}


class xcodeMetricsProductDataMetricCategoriesMetrics(Model):
    identifier: str | None | UnsetType = UNSET
    goal_keys: list[xcodeMetricsProductDataMetricCategoriesMetricsGoalKeys] | None | UnsetType = (
        msgspec.field(default=UNSET, name="goalKeys")
    )
    unit: xcodeMetricsProductDataMetricCategoriesMetricsUnit | None | UnsetType = UNSET
    datasets: list[xcodeMetricsProductDataMetricCategoriesMetricsDatasets] | None | UnsetType = (
        UNSET
    )
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsGoalKeys(Model):
    goal_key: str | None | UnsetType = msgspec.field(default=UNSET, name="goalKey")
    lower_bound: int | None | UnsetType = msgspec.field(default=UNSET, name="lowerBound")
    upper_bound: int | None | UnsetType = msgspec.field(default=UNSET, name="upperBound")
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsUnit(Model):
    identifier: str | None | UnsetType = UNSET
    display_name: str | None | UnsetType = msgspec.field(default=UNSET, name="displayName")
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsDatasets(Model):
    filter_criteria: (
        xcodeMetricsProductDataMetricCategoriesMetricsDatasetsFilterCriteria | None | UnsetType
    ) = msgspec.field(default=UNSET, name="filterCriteria")
    points: (
        list[xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPoints] | None | UnsetType
    ) = UNSET
    recommended_metric_goal: (
        xcodeMetricsProductDataMetricCategoriesMetricsDatasetsRecommendedMetricGoal
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="recommendedMetricGoal")
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsDatasetsFilterCriteria(Model):
    percentile: str | None | UnsetType = UNSET
    device: str | None | UnsetType = UNSET
    device_marketing_name: str | None | UnsetType = msgspec.field(
        default=UNSET, name="deviceMarketingName"
    )
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPoints(Model):
    version: str | None | UnsetType = UNSET
    value: float | None | UnsetType = UNSET
    error_margin: float | None | UnsetType = msgspec.field(default=UNSET, name="errorMargin")
    percentage_breakdown: (
        xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPointsPercentageBreakdown
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="percentageBreakdown")
    goal: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsDatasetsPointsPercentageBreakdown(Model):
    value: float | None | UnsetType = UNSET
    sub_system_label: str | None | UnsetType = msgspec.field(default=UNSET, name="subSystemLabel")
    __ascapi_nullable__ = frozenset[str]()


class xcodeMetricsProductDataMetricCategoriesMetricsDatasetsRecommendedMetricGoal(Model):
    value: float | None | UnsetType = UNSET
    detail: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
