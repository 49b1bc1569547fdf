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
    "BuildUploadCreateRequest",
    "BuildUploadCreateRequestData",
    "BuildUploadCreateRequestDataAttributes",
    "BuildUploadCreateRequestDataRelationships",
    "BuildUploadCreateRequestDataRelationshipsApp",
    "BuildUploadCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"buildUploads"})
_E1 = frozenset({"IOS", "MAC_OS", "TV_OS", "VISION_OS"})
_E2 = frozenset({"apps"})


class BuildUploadCreateRequest(Model):
    data: BuildUploadCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadCreateRequestData(Model):
    type: _L["buildUploads"] | str | None | UnsetType = UNSET
    attributes: BuildUploadCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BuildUploadCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildUploadCreateRequestDataAttributes(Model):
    cf_bundle_short_version_string: str | None | UnsetType = msgspec.field(
        default=UNSET, name="cfBundleShortVersionString"
    )
    cf_bundle_version: str | None | UnsetType = msgspec.field(default=UNSET, name="cfBundleVersion")
    platform: _L["IOS", "MAC_OS", "TV_OS", "VISION_OS"] | str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset(
        {"cf_bundle_short_version_string", "cf_bundle_version", "platform"}
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"platform": _E1}


class BuildUploadCreateRequestDataRelationships(Model):
    app: BuildUploadCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadCreateRequestDataRelationshipsApp(Model):
    data: BuildUploadCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BuildUploadCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E2}
