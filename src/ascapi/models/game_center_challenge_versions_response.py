# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.game_center_challenge_version import GameCenterChallengeVersion
from ascapi.models.paged_document_links import PagedDocumentLinks
from ascapi.models.paging_information import PagingInformation

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.game_center_challenge import GameCenterChallenge
    from ascapi.models.game_center_challenge_image import GameCenterChallengeImage
    from ascapi.models.game_center_challenge_localization import GameCenterChallengeLocalization
    from ascapi.models.game_center_challenge_version_release import (
        GameCenterChallengeVersionRelease,
    )

    _Included = (
        GameCenterChallenge
        | GameCenterChallengeImage
        | GameCenterChallengeLocalization
        | GameCenterChallengeVersionRelease
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "gameCenterChallengeImages": "ascapi.models.game_center_challenge_image:GameCenterChallengeImage",
            "gameCenterChallengeLocalizations": "ascapi.models.game_center_challenge_localization:GameCenterChallengeLocalization",
            "gameCenterChallengeVersionReleases": "ascapi.models.game_center_challenge_version_release:GameCenterChallengeVersionRelease",
            "gameCenterChallenges": "ascapi.models.game_center_challenge:GameCenterChallenge",
        }
    )

__all__ = ["GameCenterChallengeVersionsResponse"]


class GameCenterChallengeVersionsResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: list[GameCenterChallengeVersion]
    else:
        data: list[GameCenterChallengeVersion] | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: PagedDocumentLinks
    else:
        links: PagedDocumentLinks | None | UnsetType = UNSET
    meta: PagingInformation | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
