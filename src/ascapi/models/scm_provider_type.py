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


__all__ = ["ScmProviderType"]

_E0 = frozenset(
    {
        "BITBUCKET_CLOUD",
        "BITBUCKET_SERVER",
        "GITHUB_CLOUD",
        "GITHUB_ENTERPRISE",
        "GITLAB_CLOUD",
        "GITLAB_SELF_MANAGED",
    }
)


class ScmProviderType(Model):
    kind: (
        _L[
            "BITBUCKET_CLOUD",
            "BITBUCKET_SERVER",
            "GITHUB_CLOUD",
            "GITHUB_ENTERPRISE",
            "GITLAB_CLOUD",
            "GITLAB_SELF_MANAGED",
        ]
        | str
        | None
        | UnsetType
    ) = UNSET
    display_name: str | None | UnsetType = msgspec.field(default=UNSET, name="displayName")
    is_on_premise: bool | None | UnsetType = msgspec.field(default=UNSET, name="isOnPremise")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"kind": _E0}
