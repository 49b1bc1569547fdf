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
    "SubscriptionLocalizationV2CreateRequest",
    "SubscriptionLocalizationV2CreateRequestData",
    "SubscriptionLocalizationV2CreateRequestDataAttributes",
    "SubscriptionLocalizationV2CreateRequestDataRelationships",
    "SubscriptionLocalizationV2CreateRequestDataRelationshipsVersion",
    "SubscriptionLocalizationV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"subscriptionLocalizations"})
_E1 = frozenset({"subscriptionVersions"})


class SubscriptionLocalizationV2CreateRequest(Model):
    data: SubscriptionLocalizationV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2CreateRequestData(Model):
    type: _L["subscriptionLocalizations"] | str | None | UnsetType = UNSET
    attributes: SubscriptionLocalizationV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: SubscriptionLocalizationV2CreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SubscriptionLocalizationV2CreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset({"description"})


class SubscriptionLocalizationV2CreateRequestDataRelationships(Model):
    version: SubscriptionLocalizationV2CreateRequestDataRelationshipsVersion | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2CreateRequestDataRelationshipsVersion(Model):
    data: SubscriptionLocalizationV2CreateRequestDataRelationshipsVersionData | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SubscriptionLocalizationV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["subscriptionVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
