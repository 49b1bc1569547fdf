# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.paging_information import PagingInformation
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "InAppPurchaseVersion",
    "InAppPurchaseVersionAttributes",
    "InAppPurchaseVersionRelationships",
    "InAppPurchaseVersionRelationshipsInAppPurchase",
    "InAppPurchaseVersionRelationshipsInAppPurchaseData",
    "InAppPurchaseVersionRelationshipsImage",
    "InAppPurchaseVersionRelationshipsImageData",
    "InAppPurchaseVersionRelationshipsImages",
    "InAppPurchaseVersionRelationshipsLocalizations",
    "InAppPurchaseVersionRelationshipsLocalizationsData",
]

_E0 = frozenset({"inAppPurchaseVersions"})
_E1 = frozenset(
    {
        "PREPARE_FOR_SUBMISSION",
        "READY_FOR_REVIEW",
        "WAITING_FOR_REVIEW",
        "IN_REVIEW",
        "ACCEPTED",
        "APPROVED",
        "REPLACED_WITH_NEW_VERSION",
        "REJECTED",
        "DEVELOPER_REJECTED",
    }
)
_E2 = frozenset({"inAppPurchases"})
_E3 = frozenset({"inAppPurchaseImages"})
_E4 = frozenset({"inAppPurchaseLocalizations"})


class InAppPurchaseVersion(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseVersions"] | str
        id: str
    else:
        type: _L["inAppPurchaseVersions"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: InAppPurchaseVersionAttributes | None | UnsetType = UNSET
    relationships: InAppPurchaseVersionRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class InAppPurchaseVersionAttributes(Model):
    version: int | None | UnsetType = UNSET
    state: (
        _L[
            "PREPARE_FOR_SUBMISSION",
            "READY_FOR_REVIEW",
            "WAITING_FOR_REVIEW",
            "IN_REVIEW",
            "ACCEPTED",
            "APPROVED",
            "REPLACED_WITH_NEW_VERSION",
            "REJECTED",
            "DEVELOPER_REJECTED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"state": _E1}


class InAppPurchaseVersionRelationships(Model):
    in_app_purchase: InAppPurchaseVersionRelationshipsInAppPurchase | None | UnsetType = (
        msgspec.field(default=UNSET, name="inAppPurchase")
    )
    image: InAppPurchaseVersionRelationshipsImage | None | UnsetType = UNSET
    images: InAppPurchaseVersionRelationshipsImages | None | UnsetType = UNSET
    localizations: InAppPurchaseVersionRelationshipsLocalizations | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionRelationshipsInAppPurchase(Model):
    data: InAppPurchaseVersionRelationshipsInAppPurchaseData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionRelationshipsInAppPurchaseData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchases"] | str
        id: str
    else:
        type: _L["inAppPurchases"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}


class InAppPurchaseVersionRelationshipsImage(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    data: InAppPurchaseVersionRelationshipsImageData | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionRelationshipsImageData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseImages"] | str
        id: str
    else:
        type: _L["inAppPurchaseImages"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E3}


class InAppPurchaseVersionRelationshipsImages(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseVersionRelationshipsImageData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionRelationshipsLocalizations(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[InAppPurchaseVersionRelationshipsLocalizationsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class InAppPurchaseVersionRelationshipsLocalizationsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["inAppPurchaseLocalizations"] | str
        id: str
    else:
        type: _L["inAppPurchaseLocalizations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E4}
