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
    "SubscriptionGroupCreateRequest",
    "SubscriptionGroupCreateRequestData",
    "SubscriptionGroupCreateRequestDataAttributes",
    "SubscriptionGroupCreateRequestDataRelationships",
    "SubscriptionGroupCreateRequestDataRelationshipsApp",
    "SubscriptionGroupCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"subscriptionGroups"})
_E1 = frozenset({"apps"})


class SubscriptionGroupCreateRequest(Model):
    data: SubscriptionGroupCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupCreateRequestData(Model):
    type: _L["subscriptionGroups"] | str | None | UnsetType = UNSET
    attributes: SubscriptionGroupCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionGroupCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionGroupCreateRequestDataAttributes(Model):
    reference_name: str | None | UnsetType = msgspec.field(default=UNSET, name="referenceName")
    __ascapi_required__ = frozenset({"reference_name"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupCreateRequestDataRelationships(Model):
    app: SubscriptionGroupCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupCreateRequestDataRelationshipsApp(Model):
    data: SubscriptionGroupCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionGroupCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
