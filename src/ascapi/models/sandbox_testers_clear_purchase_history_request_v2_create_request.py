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
    "SandboxTestersClearPurchaseHistoryRequestV2CreateRequest",
    "SandboxTestersClearPurchaseHistoryRequestV2CreateRequestData",
    "SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationships",
    "SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTesters",
    "SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTestersData",
]

_E0 = frozenset({"sandboxTestersClearPurchaseHistoryRequest"})
_E1 = frozenset({"sandboxTesters"})


class SandboxTestersClearPurchaseHistoryRequestV2CreateRequest(Model):
    data: SandboxTestersClearPurchaseHistoryRequestV2CreateRequestData | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SandboxTestersClearPurchaseHistoryRequestV2CreateRequestData(Model):
    type: _L["sandboxTestersClearPurchaseHistoryRequest"] | str | None | UnsetType = UNSET
    relationships: (
        SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationships | None | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"relationships", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationships(Model):
    sandbox_testers: (
        SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTesters
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="sandboxTesters")
    __ascapi_required__ = frozenset({"sandbox_testers"})
    __ascapi_nullable__ = frozenset[str]()


class SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTesters(
    Model
):
    data: (
        list[
            SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTestersData
        ]
        | None
        | UnsetType
    ) = UNSET
    __ascapi_required__ = frozenset({"data"})
    __ascapi_nullable__ = frozenset[str]()


class SandboxTestersClearPurchaseHistoryRequestV2CreateRequestDataRelationshipsSandboxTestersData(
    Model
):
    type: _L["sandboxTesters"] | str | None | UnsetType = UNSET
    id: str | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E1}
