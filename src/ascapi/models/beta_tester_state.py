# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["BetaTesterState"]

BetaTesterState = _L["NOT_INVITED", "INVITED", "ACCEPTED", "INSTALLED", "REVOKED"]
"""Open enum: values Apple adds later decode as plain strings."""
