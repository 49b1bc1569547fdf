# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["WebhookEvent", "WebhookEventAttributes"]

_E0 = frozenset({"webhookEvents"})
_E1 = frozenset(
    {
        "ALTERNATIVE_DISTRIBUTION_PACKAGE_AVAILABLE_UPDATED",
        "ALTERNATIVE_DISTRIBUTION_PACKAGE_VERSION_CREATED",
        "ALTERNATIVE_DISTRIBUTION_TERRITORY_AVAILABILITY_UPDATED",
        "APP_STORE_VERSION_APP_VERSION_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_APP_STORE_RELEASE_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_EXTERNAL_BETA_RELEASE_STATE_UPDATED",
        "BACKGROUND_ASSET_VERSION_INTERNAL_BETA_RELEASE_CREATED",
        "BACKGROUND_ASSET_VERSION_STATE_UPDATED",
        "BETA_FEEDBACK_CRASH_SUBMISSION_CREATED",
        "BETA_FEEDBACK_SCREENSHOT_SUBMISSION_CREATED",
        "BUILD_BETA_DETAIL_EXTERNAL_BUILD_STATE_UPDATED",
        "BUILD_UPLOAD_STATE_UPDATED",
    }
)


class WebhookEvent(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["webhookEvents"] | str
        id: str
    else:
        type: _L["webhookEvents"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: WebhookEventAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WebhookEventAttributes(Model):
    event_type: (
        _L[
            "ALTERNATIVE_DISTRIBUTION_PACKAGE_AVAILABLE_UPDATED",
            "ALTERNATIVE_DISTRIBUTION_PACKAGE_VERSION_CREATED",
            "ALTERNATIVE_DISTRIBUTION_TERRITORY_AVAILABILITY_UPDATED",
            "APP_STORE_VERSION_APP_VERSION_STATE_UPDATED",
            "BACKGROUND_ASSET_VERSION_APP_STORE_RELEASE_STATE_UPDATED",
            "BACKGROUND_ASSET_VERSION_EXTERNAL_BETA_RELEASE_STATE_UPDATED",
            "BACKGROUND_ASSET_VERSION_INTERNAL_BETA_RELEASE_CREATED",
            "BACKGROUND_ASSET_VERSION_STATE_UPDATED",
            "BETA_FEEDBACK_CRASH_SUBMISSION_CREATED",
            "BETA_FEEDBACK_SCREENSHOT_SUBMISSION_CREATED",
            "BUILD_BETA_DETAIL_EXTERNAL_BUILD_STATE_UPDATED",
            "BUILD_UPLOAD_STATE_UPDATED",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="eventType")
    payload: str | None | UnsetType = UNSET
    ping: bool | None | UnsetType = UNSET
    created_date: _dt.datetime | None | UnsetType = msgspec.field(default=UNSET, name="createdDate")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"event_type": _E1}
