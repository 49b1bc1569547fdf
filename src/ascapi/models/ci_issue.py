# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.file_location import FileLocation
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CiIssue", "CiIssueAttributes"]

_E0 = frozenset({"ciIssues"})
_E1 = frozenset({"ANALYZER_WARNING", "ERROR", "TEST_FAILURE", "WARNING"})


class CiIssue(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ciIssues"] | str
        id: str
    else:
        type: _L["ciIssues"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: CiIssueAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class CiIssueAttributes(Model):
    issue_type: (
        _L["ANALYZER_WARNING", "ERROR", "TEST_FAILURE", "WARNING"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="issueType")
    message: str | None | UnsetType = UNSET
    file_source: FileLocation | None | UnsetType = msgspec.field(default=UNSET, name="fileSource")
    category: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"issue_type": _E1}
