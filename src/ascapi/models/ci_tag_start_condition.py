# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.ci_files_and_folders_rule import CiFilesAndFoldersRule
from ascapi.models.ci_tag_patterns import CiTagPatterns

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["CiTagStartCondition"]


class CiTagStartCondition(Model):
    source: CiTagPatterns | None | UnsetType = UNSET
    files_and_folders_rule: CiFilesAndFoldersRule | None | UnsetType = msgspec.field(
        default=UNSET, name="filesAndFoldersRule"
    )
    auto_cancel: bool | None | UnsetType = msgspec.field(default=UNSET, name="autoCancel")
    __ascapi_nullable__ = frozenset[str]()
