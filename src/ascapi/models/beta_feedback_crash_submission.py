# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "BetaFeedbackCrashSubmission",
    "BetaFeedbackCrashSubmissionAttributes",
    "BetaFeedbackCrashSubmissionRelationships",
    "BetaFeedbackCrashSubmissionRelationshipsCrashLog",
    "BetaFeedbackCrashSubmissionRelationshipsBuild",
    "BetaFeedbackCrashSubmissionRelationshipsBuildData",
    "BetaFeedbackCrashSubmissionRelationshipsTester",
    "BetaFeedbackCrashSubmissionRelationshipsTesterData",
]

_E0 = frozenset({"betaFeedbackCrashSubmissions"})
_E1 = frozenset({"WIFI", "MOBILE_DATA", "WIRE", "UNKNOWN", "NONE"})
_E2 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E3 = frozenset({"IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"})
_E4 = frozenset({"builds"})
_E5 = frozenset({"betaTesters"})


class BetaFeedbackCrashSubmission(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaFeedbackCrashSubmissions"] | str
        id: str
    else:
        type: _L["betaFeedbackCrashSubmissions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BetaFeedbackCrashSubmissionAttributes | None | UnsetType = UNSET
    relationships: BetaFeedbackCrashSubmissionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BetaFeedbackCrashSubmissionAttributes(Model):
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    comment: str | None | UnsetType = UNSET
    email: str | None | UnsetType = UNSET
    device_model: str | None | UnsetType = msgspec.field(default=UNSET, name="deviceModel")
    os_version: str | None | UnsetType = msgspec.field(default=UNSET, name="osVersion")
    locale: str | None | UnsetType = UNSET
    time_zone: str | None | UnsetType = msgspec.field(default=UNSET, name="timeZone")
    architecture: str | None | UnsetType = UNSET
    connection_type: (
        _L["WIFI", "MOBILE_DATA", "WIRE", "UNKNOWN", "NONE"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="connectionType")
    paired_apple_watch: str | None | UnsetType = msgspec.field(
        default=UNSET, name="pairedAppleWatch"
    )
    app_uptime_in_milliseconds: int | None | UnsetType = msgspec.field(
        default=UNSET, name="appUptimeInMilliseconds"
    )
    disk_bytes_available: int | None | UnsetType = msgspec.field(
        default=UNSET, name="diskBytesAvailable"
    )
    disk_bytes_total: int | None | UnsetType = msgspec.field(default=UNSET, name="diskBytesTotal")
    battery_percentage: int | None | UnsetType = msgspec.field(
        default=UNSET, name="batteryPercentage"
    )
    screen_width_in_points: int | None | UnsetType = msgspec.field(
        default=UNSET, name="screenWidthInPoints"
    )
    screen_height_in_points: int | None | UnsetType = msgspec.field(
        default=UNSET, name="screenHeightInPoints"
    )
    app_platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="appPlatform")
    )
    device_platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="devicePlatform")
    )
    device_family: (
        _L["IPHONE", "IPAD", "APPLE_TV", "APPLE_WATCH", "MAC", "VISION"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="deviceFamily")
    build_bundle_id: str | None | UnsetType = msgspec.field(default=UNSET, name="buildBundleId")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "connection_type": _E1,
        "app_platform": _E2,
        "device_platform": _E2,
        "device_family": _E3,
    }


class BetaFeedbackCrashSubmissionRelationships(Model):
    crash_log: BetaFeedbackCrashSubmissionRelationshipsCrashLog | None | UnsetType = msgspec.field(
        default=UNSET, name="crashLog"
    )
    build: BetaFeedbackCrashSubmissionRelationshipsBuild | None | UnsetType = UNSET
    tester: BetaFeedbackCrashSubmissionRelationshipsTester | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaFeedbackCrashSubmissionRelationshipsCrashLog(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaFeedbackCrashSubmissionRelationshipsBuild(Model):
    data: BetaFeedbackCrashSubmissionRelationshipsBuildData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaFeedbackCrashSubmissionRelationshipsBuildData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["builds"] | str
        id: str
    else:
        type: _L["builds"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}


class BetaFeedbackCrashSubmissionRelationshipsTester(Model):
    data: BetaFeedbackCrashSubmissionRelationshipsTesterData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class BetaFeedbackCrashSubmissionRelationshipsTesterData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["betaTesters"] | str
        id: str
    else:
        type: _L["betaTesters"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E5}
