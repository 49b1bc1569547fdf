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
    "User",
    "UserAttributes",
    "UserRelationships",
    "UserRelationshipsVisibleApps",
    "UserRelationshipsVisibleAppsData",
]

_E0 = frozenset({"users"})
_E1 = frozenset(
    {
        "ADMIN",
        "FINANCE",
        "ACCOUNT_HOLDER",
        "SALES",
        "MARKETING",
        "APP_MANAGER",
        "DEVELOPER",
        "ACCESS_TO_REPORTS",
        "CUSTOMER_SUPPORT",
        "CREATE_APPS",
        "CLOUD_MANAGED_DEVELOPER_ID",
        "CLOUD_MANAGED_APP_DISTRIBUTION",
        "GENERATE_INDIVIDUAL_KEYS",
    }
)
_E2 = frozenset({"apps"})


class User(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["users"] | str
        id: str
    else:
        type: _L["users"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: UserAttributes | None | UnsetType = UNSET
    relationships: UserRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class UserAttributes(Model):
    username: str | None | UnsetType = UNSET
    first_name: str | None | UnsetType = msgspec.field(default=UNSET, name="firstName")
    last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="lastName")
    roles: (
        list[
            _L[
                "ADMIN",
                "FINANCE",
                "ACCOUNT_HOLDER",
                "SALES",
                "MARKETING",
                "APP_MANAGER",
                "DEVELOPER",
                "ACCESS_TO_REPORTS",
                "CUSTOMER_SUPPORT",
                "CREATE_APPS",
                "CLOUD_MANAGED_DEVELOPER_ID",
                "CLOUD_MANAGED_APP_DISTRIBUTION",
                "GENERATE_INDIVIDUAL_KEYS",
            ]
            | str
        ]
        | None
        | UnsetType
    ) = UNSET
    all_apps_visible: bool | None | UnsetType = msgspec.field(default=UNSET, name="allAppsVisible")
    provisioning_allowed: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="provisioningAllowed"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"roles": _E1}


class UserRelationships(Model):
    visible_apps: UserRelationshipsVisibleApps | None | UnsetType = msgspec.field(
        default=UNSET, name="visibleApps"
    )
    __ascapi_nullable__ = frozenset[str]()


class UserRelationshipsVisibleApps(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    data: list[UserRelationshipsVisibleAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class UserRelationshipsVisibleAppsData(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["apps"] | str
        id: str
    else:
        type: _L["apps"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
