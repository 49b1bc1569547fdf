# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["ExternalBetaState"]

ExternalBetaState = _L[
    "PROCESSING",
    "PROCESSING_EXCEPTION",
    "MISSING_EXPORT_COMPLIANCE",
    "READY_FOR_BETA_TESTING",
    "IN_BETA_TESTING",
    "EXPIRED",
    "READY_FOR_BETA_SUBMISSION",
    "IN_EXPORT_COMPLIANCE_REVIEW",
    "WAITING_FOR_BETA_REVIEW",
    "IN_BETA_REVIEW",
    "BETA_REJECTED",
    "BETA_APPROVED",
    "NOT_APPLICABLE",
]
"""Open enum: values Apple adds later decode as plain strings."""
