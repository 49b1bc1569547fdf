# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_branch_patterns import CiBranchPatterns

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CiScheduledStartCondition", "CiScheduledStartConditionSchedule"]

_E0 = frozenset({"WEEKLY", "DAILY", "HOURLY"})
_E1 = frozenset({"SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"})


class CiScheduledStartCondition(Model):
    source: CiBranchPatterns | None | UnsetType = UNSET
    schedule: CiScheduledStartConditionSchedule | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class CiScheduledStartConditionSchedule(Model):
    frequency: _L["WEEKLY", "DAILY", "HOURLY"] | str | None | UnsetType = UNSET
    days: (
        list[_L["SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"] | str]
        | None
        | UnsetType
    ) = UNSET
    hour: int | None | UnsetType = UNSET
    minute: int | None | UnsetType = UNSET
    timezone: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"frequency": _E0, "days": _E1}
