# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppStoreAgeRating"]

AppStoreAgeRating = _L[
    "L",
    "ALL",
    "ZERO_ZERO",
    "ONE_PLUS",
    "TWO_PLUS",
    "THREE_PLUS",
    "FOUR_PLUS",
    "FIVE_PLUS",
    "SIX_PLUS",
    "SEVEN_PLUS",
    "EIGHT_PLUS",
    "NINE_PLUS",
    "TEN_PLUS",
    "ELEVEN_PLUS",
    "TWELVE_PLUS",
    "THIRTEEN_PLUS",
    "FOURTEEN_PLUS",
    "FIFTEEN_PLUS",
    "SIXTEEN_PLUS",
    "SEVENTEEN_PLUS",
    "EIGHTEEN_PLUS",
    "NINETEEN_PLUS",
    "TWENTY_PLUS",
    "TWENTY_ONE_PLUS",
    "UNRATED",
]
"""Open enum: values Apple adds later decode as plain strings."""
