# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["GameCenterLeaderboardFormatter"]

GameCenterLeaderboardFormatter = _L[
    "INTEGER",
    "DECIMAL_POINT_1_PLACE",
    "DECIMAL_POINT_2_PLACE",
    "DECIMAL_POINT_3_PLACE",
    "ELAPSED_TIME_CENTISECOND",
    "ELAPSED_TIME_MINUTE",
    "ELAPSED_TIME_SECOND",
    "MONEY_POUND_DECIMAL",
    "MONEY_POUND",
    "MONEY_DOLLAR_DECIMAL",
    "MONEY_DOLLAR",
    "MONEY_EURO_DECIMAL",
    "MONEY_EURO",
    "MONEY_FRANC_DECIMAL",
    "MONEY_FRANC",
    "MONEY_KRONER_DECIMAL",
    "MONEY_KRONER",
    "MONEY_YEN",
]
"""Open enum: values Apple adds later decode as plain strings."""
