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


__all__ = [
    "AppClipDomainStatus",
    "AppClipDomainStatusAttributes",
    "AppClipDomainStatusAttributesDomains",
]

_E0 = frozenset({"appClipDomainStatuses"})
_E1 = frozenset(
    {
        "BAD_HTTP_RESPONSE",
        "BAD_JSON_CONTENT",
        "BAD_PKCS7_SIGNATURE",
        "CANNOT_REACH_AASA_FILE",
        "CROSS_SITE_REDIRECTS_FORBIDDEN",
        "DNS_ERROR",
        "INSECURE_REDIRECTS_FORBIDDEN",
        "INVALID_ENTITLEMENT_MISSING_SECTION",
        "INVALID_ENTITLEMENT_SYNTAX_ERROR",
        "INVALID_ENTITLEMENT_UNHANDLED_SECTION",
        "INVALID_ENTITLEMENT_UNKNOWN_ID",
        "NETWORK_ERROR",
        "NETWORK_ERROR_TEMPORARY",
        "OTHER_ERROR",
        "TIMEOUT",
        "TLS_ERROR",
        "TOO_MANY_REDIRECTS",
        "UNEXPECTED_ERROR",
    }
)


class AppClipDomainStatus(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["appClipDomainStatuses"] | str
        id: str
    else:
        type: _L["appClipDomainStatuses"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AppClipDomainStatusAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipDomainStatusAttributes(Model):
    domains: list[AppClipDomainStatusAttributesDomains] | None | UnsetType = UNSET
    last_updated_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastUpdatedDate"
    )
    __ascapi_nullable__ = frozenset[str]()


class AppClipDomainStatusAttributesDomains(Model):
    domain: str | None | UnsetType = UNSET
    is_valid: bool | None | UnsetType = msgspec.field(default=UNSET, name="isValid")
    last_updated_date: _dt.datetime | None | UnsetType = msgspec.field(
        default=UNSET, name="lastUpdatedDate"
    )
    error_code: (
        _L[
            "BAD_HTTP_RESPONSE",
            "BAD_JSON_CONTENT",
            "BAD_PKCS7_SIGNATURE",
            "CANNOT_REACH_AASA_FILE",
            "CROSS_SITE_REDIRECTS_FORBIDDEN",
            "DNS_ERROR",
            "INSECURE_REDIRECTS_FORBIDDEN",
            "INVALID_ENTITLEMENT_MISSING_SECTION",
            "INVALID_ENTITLEMENT_SYNTAX_ERROR",
            "INVALID_ENTITLEMENT_UNHANDLED_SECTION",
            "INVALID_ENTITLEMENT_UNKNOWN_ID",
            "NETWORK_ERROR",
            "NETWORK_ERROR_TEMPORARY",
            "OTHER_ERROR",
            "TIMEOUT",
            "TLS_ERROR",
            "TOO_MANY_REDIRECTS",
            "UNEXPECTED_ERROR",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="errorCode")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"error_code": _E1}
