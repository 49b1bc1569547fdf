# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Model, UnsetType
from ascapi.models.diagnostic_log_call_stack_node import DiagnosticLogCallStackNode

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "diagnosticLogs",
    "diagnosticLogsProductData",
    "diagnosticLogsProductDataDiagnosticInsights",
    "diagnosticLogsProductDataDiagnosticLogs",
    "diagnosticLogsProductDataDiagnosticLogsCallStackTree",
    "diagnosticLogsProductDataDiagnosticLogsCallStackTreeCallStacks",
    "diagnosticLogsProductDataDiagnosticLogsDiagnosticMetaData",
]


class diagnosticLogs(Document):
    product_data: list[diagnosticLogsProductData] | None | UnsetType = msgspec.field(
        default=UNSET, name="productData"
    )
    version: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductData(Model):
    signature_id: str | None | UnsetType = msgspec.field(default=UNSET, name="signatureId")
    diagnostic_insights: list[diagnosticLogsProductDataDiagnosticInsights] | None | UnsetType = (
        msgspec.field(default=UNSET, name="diagnosticInsights")
    )
    diagnostic_logs: list[diagnosticLogsProductDataDiagnosticLogs] | None | UnsetType = (
        msgspec.field(default=UNSET, name="diagnosticLogs")
    )
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductDataDiagnosticInsights(Model):
    insights_url: str | None | UnsetType = msgspec.field(default=UNSET, name="insightsURL")
    insights_category: str | None | UnsetType = msgspec.field(
        default=UNSET, name="insightsCategory"
    )
    insights_string: str | None | UnsetType = msgspec.field(default=UNSET, name="insightsString")
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductDataDiagnosticLogs(Model):
    call_stack_tree: (
        list[diagnosticLogsProductDataDiagnosticLogsCallStackTree] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="callStackTree")
    diagnostic_meta_data: (
        diagnosticLogsProductDataDiagnosticLogsDiagnosticMetaData | None | UnsetType
    ) = msgspec.field(default=UNSET, name="diagnosticMetaData")
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductDataDiagnosticLogsCallStackTree(Model):
    call_stack_per_thread: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="callStackPerThread"
    )
    call_stacks: (
        list[diagnosticLogsProductDataDiagnosticLogsCallStackTreeCallStacks] | None | UnsetType
    ) = msgspec.field(default=UNSET, name="callStacks")
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductDataDiagnosticLogsCallStackTreeCallStacks(Model):
    call_stack_root_frames: list[DiagnosticLogCallStackNode] | None | UnsetType = msgspec.field(
        default=UNSET, name="callStackRootFrames"
    )
    __ascapi_nullable__ = frozenset[str]()


class diagnosticLogsProductDataDiagnosticLogsDiagnosticMetaData(Model):
    bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="bundleId")
    event: str | None | UnsetType = UNSET
    os_version: str | None | UnsetType = msgspec.field(default=UNSET, name="osVersion")
    app_version: str | None | UnsetType = msgspec.field(default=UNSET, name="appVersion")
    writes_caused: str | None | UnsetType = msgspec.field(default=UNSET, name="writesCaused")
    device_type: str | None | UnsetType = msgspec.field(default=UNSET, name="deviceType")
    platform_architecture: str | None | UnsetType = msgspec.field(
        default=UNSET, name="platformArchitecture"
    )
    event_detail: str | None | UnsetType = msgspec.field(default=UNSET, name="eventDetail")
    build_version: str | None | UnsetType = msgspec.field(default=UNSET, name="buildVersion")
    __ascapi_nullable__ = frozenset[str]()
