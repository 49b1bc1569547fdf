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


__all__ = ["DiagnosticLogCallStackNode"]


class DiagnosticLogCallStackNode(Model):
    sample_count: int | None | UnsetType = msgspec.field(default=UNSET, name="sampleCount")
    is_blame_frame: bool | None | UnsetType = msgspec.field(default=UNSET, name="isBlameFrame")
    symbol_name: str | None | UnsetType = msgspec.field(default=UNSET, name="symbolName")
    insights_category: str | None | UnsetType = msgspec.field(
        default=UNSET, name="insightsCategory"
    )
    offset_into_symbol: str | None | UnsetType = msgspec.field(
        default=UNSET, name="offsetIntoSymbol"
    )
    binary_name: str | None | UnsetType = msgspec.field(default=UNSET, name="binaryName")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    binary_uuid: str | None | UnsetType = msgspec.field(default=UNSET, name="binaryUUID")
    line_number: str | None | UnsetType = msgspec.field(default=UNSET, name="lineNumber")
    address: str | None | UnsetType = UNSET
    offset_into_binary_text_segment: str | None | UnsetType = msgspec.field(
        default=UNSET, name="offsetIntoBinaryTextSegment"
    )
    raw_frame: str | None | UnsetType = msgspec.field(default=UNSET, name="rawFrame")
    sub_frames: list[DiagnosticLogCallStackNode] | None | UnsetType = msgspec.field(
        default=UNSET, name="subFrames"
    )
    __ascapi_nullable__ = frozenset[str]()
