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
    "InAppPurchaseLocalizationV2CreateRequest",
    "InAppPurchaseLocalizationV2CreateRequestData",
    "InAppPurchaseLocalizationV2CreateRequestDataAttributes",
    "InAppPurchaseLocalizationV2CreateRequestDataRelationships",
    "InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersion",
    "InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"inAppPurchaseLocalizations"})
_E1 = frozenset({"inAppPurchaseVersions"})


class InAppPurchaseLocalizationV2CreateRequest(Model):
    data: InAppPurchaseLocalizationV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2CreateRequestData(Model):
    type: _L["inAppPurchaseLocalizations"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseLocalizationV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseLocalizationV2CreateRequestDataRelationships | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseLocalizationV2CreateRequestDataAttributes(Model):
    name: str | None | UnsetType = UNSET
    locale: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"locale", "name"})
    __ascapi_nullable__ = frozenset({"description"})


class InAppPurchaseLocalizationV2CreateRequestDataRelationships(Model):
    version: InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersion | None | UnsetType = (
        UNSET
    )
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersion(Model):
    data: (
        InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersionData | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseLocalizationV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
