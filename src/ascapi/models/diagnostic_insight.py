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


__all__ = ["DiagnosticInsight", "DiagnosticInsightReferenceVersions"]

_E0 = frozenset({"TREND"})
_E1 = frozenset({"UP", "DOWN", "UNDEFINED"})


class DiagnosticInsight(Model):
    insight_type: _L["TREND"] | str | None | UnsetType = msgspec.field(
        default=UNSET, name="insightType"
    )
    direction: _L["UP", "DOWN", "UNDEFINED"] | str | None | UnsetType = UNSET
    reference_versions: list[DiagnosticInsightReferenceVersions] | None | UnsetType = msgspec.field(
        default=UNSET, name="referenceVersions"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"insight_type": _E0, "direction": _E1}


class DiagnosticInsightReferenceVersions(Model):
    version: str | None | UnsetType = UNSET
    value: float | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
