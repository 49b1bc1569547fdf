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
    "BackgroundAssetCreateRequest",
    "BackgroundAssetCreateRequestData",
    "BackgroundAssetCreateRequestDataAttributes",
    "BackgroundAssetCreateRequestDataRelationships",
    "BackgroundAssetCreateRequestDataRelationshipsApp",
    "BackgroundAssetCreateRequestDataRelationshipsAppData",
]

_E0 = frozenset({"backgroundAssets"})
_E1 = frozenset({"apps"})


class BackgroundAssetCreateRequest(Model):
    data: BackgroundAssetCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetCreateRequestData(Model):
    type: _L["backgroundAssets"] | str | None | UnsetType = UNSET
    attributes: BackgroundAssetCreateRequestDataAttributes | None | UnsetType = UNSET
    relationships: BackgroundAssetCreateRequestDataRelationships | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BackgroundAssetCreateRequestDataAttributes(Model):
    asset_pack_identifier: str | None | UnsetType = msgspec.field(
        default=UNSET, name="assetPackIdentifier"
    )
    __ascapi_required__ = frozenset({"asset_pack_identifier"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetCreateRequestDataRelationships(Model):
    app: BackgroundAssetCreateRequestDataRelationshipsApp | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"app"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetCreateRequestDataRelationshipsApp(Model):
    data: BackgroundAssetCreateRequestDataRelationshipsAppData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class BackgroundAssetCreateRequestDataRelationshipsAppData(Model):
    type: _L["apps"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
