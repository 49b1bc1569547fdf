# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["MetricsInsight", "MetricsInsightPopulations"]

_E0 = frozenset(
    {"HANG", "LAUNCH", "MEMORY", "DISK", "BATTERY", "TERMINATION", "ANIMATION", "STORAGE"}
)


class MetricsInsight(Model):
    metric_category: (
        _L["HANG", "LAUNCH", "MEMORY", "DISK", "BATTERY", "TERMINATION", "ANIMATION", "STORAGE"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="metricCategory")
    latest_version: str | None | UnsetType = msgspec.field(default=UNSET, name="latestVersion")
    metric: str | None | UnsetType = UNSET
    summary_string: str | None | UnsetType = msgspec.field(default=UNSET, name="summaryString")
    reference_versions: str | None | UnsetType = msgspec.field(
        default=UNSET, name="referenceVersions"
    )
    max_latest_version_value: float | None | UnsetType = msgspec.field(
        default=UNSET, name="maxLatestVersionValue"
    )
    sub_system_label: str | None | UnsetType = msgspec.field(default=UNSET, name="subSystemLabel")
    high_impact: bool | None | UnsetType = msgspec.field(default=UNSET, name="highImpact")
    populations: list[MetricsInsightPopulations] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"metric_category": _E0}


class MetricsInsightPopulations(Model):
    delta_percentage: float | None | UnsetType = msgspec.field(
        default=UNSET, name="deltaPercentage"
    )
    percentile: str | None | UnsetType = UNSET
    summary_string: str | None | UnsetType = msgspec.field(default=UNSET, name="summaryString")
    reference_average_value: float | None | UnsetType = msgspec.field(
        default=UNSET, name="referenceAverageValue"
    )
    latest_version_value: float | None | UnsetType = msgspec.field(
        default=UNSET, name="latestVersionValue"
    )
    device: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
