# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

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
    "Webhook",
    "WebhookAttributes",
    "WebhookRelationships",
    "WebhookRelationshipsApp",
    "WebhookRelationshipsAppData",
    "WebhookRelationshipsDeliveries",
]

_E0 = frozenset({"webhooks"})
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
_E2 = frozenset({"apps"})


class Webhook(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["webhooks"] | str
        id: str
    else:
        type: _L["webhooks"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: WebhookAttributes | None | UnsetType = UNSET
    relationships: WebhookRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class WebhookAttributes(Model):
    enabled: bool | None | UnsetType = UNSET
    event_types: (
        list[
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
        ]
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="eventTypes")
    name: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"event_types": _E1}


class WebhookRelationships(Model):
    app: WebhookRelationshipsApp | None | UnsetType = UNSET
    deliveries: WebhookRelationshipsDeliveries | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookRelationshipsApp(Model):
    data: WebhookRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class WebhookRelationshipsAppData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class WebhookRelationshipsDeliveries(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
