# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.app_media_preview_frame_image_state import AppMediaPreviewFrameImageState
from ascapi.models.image_asset import ImageAsset

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["PreviewFrameImage"]


class PreviewFrameImage(Model):
    image: ImageAsset | None | UnsetType = UNSET
    state: AppMediaPreviewFrameImageState | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
