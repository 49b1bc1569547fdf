# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.relationship_links import RelationshipLinks
from ascapi.models.resource_links import ResourceLinks
from ascapi.models.scm_provider_type import ScmProviderType

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = [
    "ScmProvider",
    "ScmProviderAttributes",
    "ScmProviderRelationships",
    "ScmProviderRelationshipsRepositories",
]

_E0 = frozenset({"scmProviders"})


class ScmProvider(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["scmProviders"] | str
        id: str
    else:
        type: _L["scmProviders"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ScmProviderAttributes | None | UnsetType = UNSET
    relationships: ScmProviderRelationships | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ScmProviderAttributes(Model):
    scm_provider_type: ScmProviderType | None | UnsetType = msgspec.field(
        default=UNSET, name="scmProviderType"
    )
    url: str | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmProviderRelationships(Model):
    repositories: ScmProviderRelationshipsRepositories | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()


class ScmProviderRelationshipsRepositories(Model):
    links: RelationshipLinks | None | UnsetType = UNSET
    __ascapi_nullable__ = frozenset[str]()
