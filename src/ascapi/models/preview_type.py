# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["PreviewType"]

PreviewType = _L[
    "IPHONE_67",
    "IPHONE_61",
    "IPHONE_65",
    "IPHONE_58",
    "IPHONE_55",
    "IPHONE_47",
    "IPHONE_40",
    "IPHONE_35",
    "IPAD_PRO_3GEN_129",
    "IPAD_PRO_3GEN_11",
    "IPAD_PRO_129",
    "IPAD_105",
    "IPAD_97",
    "DESKTOP",
    "APPLE_TV",
    "APPLE_VISION_PRO",
]
"""Open enum: values Apple adds later decode as plain strings."""
