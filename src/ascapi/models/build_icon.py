# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.image_asset import ImageAsset
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["BuildIcon", "BuildIconAttributes"]

_E0 = frozenset({"buildIcons"})
_E1 = frozenset(
    {
        "APP_STORE",
        "MESSAGES_APP_STORE",
        "WATCH_APP_STORE",
        "TV_OS_HOME_SCREEN",
        "TV_OS_TOP_SHELF",
        "ALTERNATE_EXPERIMENT",
    }
)


class BuildIcon(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["buildIcons"] | str
        id: str
    else:
        type: _L["buildIcons"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: BuildIconAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class BuildIconAttributes(Model):
    icon_asset: ImageAsset | None | UnsetType = msgspec.field(default=UNSET, name="iconAsset")
    icon_type: (
        _L[
            "APP_STORE",
            "MESSAGES_APP_STORE",
            "WATCH_APP_STORE",
            "TV_OS_HOME_SCREEN",
            "TV_OS_TOP_SHELF",
            "ALTERNATE_EXPERIMENT",
        ]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="iconType")
    masked: bool | None | UnsetType = UNSET
    name: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"icon_type": _E1}
