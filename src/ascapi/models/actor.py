# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Model, UnsetType
from ascapi.models.resource_links import ResourceLinks

if TYPE_CHECKING:
    from typing import Literal as _L

else:
    from ascapi.models._support import Lit as _L


__all__ = ["Actor", "ActorAttributes"]

_E0 = frozenset({"actors"})
_E1 = frozenset({"USER", "API_KEY", "XCODE_CLOUD", "APPLE"})


class Actor(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["actors"] | str
        id: str
    else:
        type: _L["actors"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: ActorAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class ActorAttributes(Model):
    actor_type: _L["USER", "API_KEY", "XCODE_CLOUD", "APPLE"] | str | None | UnsetType = (
        msgspec.field(default=UNSET, name="actorType")
    )
    user_first_name: str | None | UnsetType = msgspec.field(default=UNSET, name="userFirstName")
    user_last_name: str | None | UnsetType = msgspec.field(default=UNSET, name="userLastName")
    user_email: str | None | UnsetType = msgspec.field(default=UNSET, name="userEmail")
    api_key_id: str | None | UnsetType = msgspec.field(default=UNSET, name="apiKeyId")
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"actor_type": _E1}
