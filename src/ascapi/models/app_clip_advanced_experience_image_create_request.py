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
    "AppClipAdvancedExperienceImageCreateRequest",
    "AppClipAdvancedExperienceImageCreateRequestData",
    "AppClipAdvancedExperienceImageCreateRequestDataAttributes",
]

_E0 = frozenset({"appClipAdvancedExperienceImages"})


class AppClipAdvancedExperienceImageCreateRequest(Model):
    data: AppClipAdvancedExperienceImageCreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class AppClipAdvancedExperienceImageCreateRequestData(Model):
    type: _L["appClipAdvancedExperienceImages"] | str | None | UnsetType = UNSET
    attributes: AppClipAdvancedExperienceImageCreateRequestDataAttributes | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"attributes", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AppClipAdvancedExperienceImageCreateRequestDataAttributes(Model):
    file_size: int | None | UnsetType = msgspec.field(default=UNSET, name="fileSize")
    file_name: str | None | UnsetType = msgspec.field(default=UNSET, name="fileName")
    __ascapi_required__ = frozenset({"file_name", "file_size"})
    __ascapi_nullable__ = frozenset[str]()
