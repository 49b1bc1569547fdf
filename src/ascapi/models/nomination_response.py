# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.document_links import DocumentLinks
from ascapi.models.nomination import Nomination

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.actor import Actor
    from ascapi.models.app import App
    from ascapi.models.app_event import AppEvent
    from ascapi.models.territory import Territory

    _Included = Actor | App | AppEvent | Territory | Resource
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "actors": "ascapi.models.actor:Actor",
            "appEvents": "ascapi.models.app_event:AppEvent",
            "apps": "ascapi.models.app:App",
            "territories": "ascapi.models.territory:Territory",
        }
    )

__all__ = ["NominationResponse"]


class NominationResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: Nomination
    else:
        data: Nomination | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
