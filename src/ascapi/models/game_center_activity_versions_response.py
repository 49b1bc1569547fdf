# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_activity_version import GameCenterActivityVersion
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_activity import GameCenterActivity
    from ascapi.models.game_center_activity_image import GameCenterActivityImage
    from ascapi.models.game_center_activity_localization import GameCenterActivityLocalization
    from ascapi.models.game_center_activity_version_release import GameCenterActivityVersionRelease

    _Included = (
        GameCenterActivity
        | GameCenterActivityImage
        | GameCenterActivityLocalization
        | GameCenterActivityVersionRelease
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterActivities": "ascapi.models.game_center_activity:GameCenterActivity",
            "gameCenterActivityImages": "ascapi.models.game_center_activity_image:GameCenterActivityImage",
            "gameCenterActivityLocalizations": "ascapi.models.game_center_activity_localization:GameCenterActivityLocalization",
            "gameCenterActivityVersionReleases": "ascapi.models.game_center_activity_version_release:GameCenterActivityVersionRelease",
        }
    )

__all__ = ["GameCenterActivityVersionsResponse"]


class GameCenterActivityVersionsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterActivityVersion]
    else:
        data: list[GameCenterActivityVersion] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
