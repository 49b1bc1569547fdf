# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["AppStoreVersionState"]

AppStoreVersionState = _L[
    "ACCEPTED",
    "DEVELOPER_REMOVED_FROM_SALE",
    "DEVELOPER_REJECTED",
    "IN_REVIEW",
    "INVALID_BINARY",
    "METADATA_REJECTED",
    "PENDING_APPLE_RELEASE",
    "PENDING_CONTRACT",
    "PENDING_DEVELOPER_RELEASE",
    "PREPARE_FOR_SUBMISSION",
    "PREORDER_READY_FOR_SALE",
    "PROCESSING_FOR_APP_STORE",
    "READY_FOR_REVIEW",
    "READY_FOR_SALE",
    "REJECTED",
    "REMOVED_FROM_SALE",
    "WAITING_FOR_EXPORT_COMPLIANCE",
    "WAITING_FOR_REVIEW",
    "REPLACED_WITH_NEW_VERSION",
    "NOT_APPLICABLE",
]
"""Open enum: values Apple adds later decode as plain strings."""
