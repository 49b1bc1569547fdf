# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["InAppPurchaseState"]

InAppPurchaseState = _L[
    "MISSING_METADATA",
    "WAITING_FOR_UPLOAD",
    "PROCESSING_CONTENT",
    "READY_TO_SUBMIT",
    "WAITING_FOR_REVIEW",
    "IN_REVIEW",
    "DEVELOPER_ACTION_NEEDED",
    "PENDING_BINARY_APPROVAL",
    "APPROVED",
    "DEVELOPER_REMOVED_FROM_SALE",
    "REMOVED_FROM_SALE",
    "REJECTED",
]
"""Open enum: values Apple adds later decode as plain strings."""
