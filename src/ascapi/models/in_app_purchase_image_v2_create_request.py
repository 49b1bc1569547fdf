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
    "InAppPurchaseImageV2CreateRequest",
    "InAppPurchaseImageV2CreateRequestData",
    "InAppPurchaseImageV2CreateRequestDataAttributes",
    "InAppPurchaseImageV2CreateRequestDataRelationships",
    "InAppPurchaseImageV2CreateRequestDataRelationshipsVersion",
    "InAppPurchaseImageV2CreateRequestDataRelationshipsVersionData",
]

_E0 = frozenset({"inAppPurchaseImages"})
_E1 = frozenset({"inAppPurchaseVersions"})


class InAppPurchaseImageV2CreateRequest(Model):
    data: InAppPurchaseImageV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageV2CreateRequestData(Model):
    type: _L["inAppPurchaseImages"] | str | None | UnsetType = UNSET
    attributes: InAppPurchaseImageV2CreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseImageV2CreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseImageV2CreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageV2CreateRequestDataRelationships(Model):
    version: InAppPurchaseImageV2CreateRequestDataRelationshipsVersion | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"version"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageV2CreateRequestDataRelationshipsVersion(Model):
    data: InAppPurchaseImageV2CreateRequestDataRelationshipsVersionData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseImageV2CreateRequestDataRelationshipsVersionData(Model):
    type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
