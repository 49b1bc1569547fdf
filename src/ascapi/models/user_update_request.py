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
    "UserUpdateRequest",
    "UserUpdateRequestData",
    "UserUpdateRequestDataAttributes",
    "UserUpdateRequestDataRelationships",
    "UserUpdateRequestDataRelationshipsVisibleApps",
    "UserUpdateRequestDataRelationshipsVisibleAppsData",
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


class UserUpdateRequest(Model):
    data: UserUpdateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class UserUpdateRequestData(Model):
    type: _L["users"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    attributes: UserUpdateRequestDataAttributes | None | UnsetType = UNSET
    relationships: UserUpdateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class UserUpdateRequestDataAttributes(Model):
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
    __ascapi_nullable__ = frozenset({"all_apps_visible", "provisioning_allowed", "roles"})
    __ascapi_enums__ = {"roles": _E1}


class UserUpdateRequestDataRelationships(Model):
    visible_apps: UserUpdateRequestDataRelationshipsVisibleApps | None | UnsetType = msgspec.field(
        default=UNSET, name="visibleApps"
    )
    __ascapi_nullable__ = frozenset[str]()


class UserUpdateRequestDataRelationshipsVisibleApps(Model):
    data: list[UserUpdateRequestDataRelationshipsVisibleAppsData] | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class UserUpdateRequestDataRelationshipsVisibleAppsData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
