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


__all__ = [
    "AppEventLocalizationCreateRequest",
    "AppEventLocalizationCreateRequestData",
    "AppEventLocalizationCreateRequestDataAttributes",
    "AppEventLocalizationCreateRequestDataRelationships",
    "AppEventLocalizationCreateRequestDataRelationshipsAppEvent",
    "AppEventLocalizationCreateRequestDataRelationshipsAppEventData",
]

_E0 = frozenset({"appEventLocalizations"})
_E1 = frozenset({"appEvents"})


class AppEventLocalizationCreateRequest(Model):
    data: AppEventLocalizationCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationCreateRequestData(Model):
    type: _L["appEventLocalizations"] | str | None | UnsetType = UNSET
    attributes: AppEventLocalizationCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: AppEventLocalizationCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppEventLocalizationCreateRequestDataAttributes(Model):
    locale: str | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    short_description: str | None | UnsetType = msgspec.field(
        default=UNSET, name="shortDescription"
    )
    long_description: str | None | UnsetType = msgspec.field(default=UNSET, name="longDescription")
    __ascapi_required__ = frozenset({"locale"})
    __ascapi_nullable__ = frozenset({"long_description", "name", "short_description"})


class AppEventLocalizationCreateRequestDataRelationships(Model):
    app_event: AppEventLocalizationCreateRequestDataRelationshipsAppEvent | None | UnsetType = (
        msgspec.field(default=UNSET, name="appEvent")
    )
    __ascapi_required__ = frozenset({"app_event"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationCreateRequestDataRelationshipsAppEvent(Model):
    data: AppEventLocalizationCreateRequestDataRelationshipsAppEventData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppEventLocalizationCreateRequestDataRelationshipsAppEventData(Model):
    type: _L["appEvents"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
