# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.app_store_version import AppStoreVersion
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.alternative_distribution_package import AlternativeDistributionPackage
    from ascapi.models.app import App
    from ascapi.models.app_clip_default_experience import AppClipDefaultExperience
    from ascapi.models.app_store_review_detail import AppStoreReviewDetail
    from ascapi.models.app_store_version_experiment import AppStoreVersionExperiment
    from ascapi.models.app_store_version_localization import AppStoreVersionLocalization
    from ascapi.models.app_store_version_phased_release import AppStoreVersionPhasedRelease
    from ascapi.models.app_store_version_submission import AppStoreVersionSubmission
    from ascapi.models.build import Build
    from ascapi.models.game_center_app_version import GameCenterAppVersion
    from ascapi.models.routing_app_coverage import RoutingAppCoverage

    _Included = (
        AlternativeDistributionPackage
        | App
        | AppClipDefaultExperience
        | AppStoreReviewDetail
        | AppStoreVersionExperiment
        | AppStoreVersionLocalization
        | AppStoreVersionPhasedRelease
        | AppStoreVersionSubmission
        | Build
        | GameCenterAppVersion
        | RoutingAppCoverage
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "alternativeDistributionPackages": "ascapi.models.alternative_distribution_package:AlternativeDistributionPackage",
            "appClipDefaultExperiences": "ascapi.models.app_clip_default_experience:AppClipDefaultExperience",
            "appStoreReviewDetails": "ascapi.models.app_store_review_detail:AppStoreReviewDetail",
            "appStoreVersionExperiments": "ascapi.models.app_store_version_experiment:AppStoreVersionExperiment",
            "appStoreVersionLocalizations": "ascapi.models.app_store_version_localization:AppStoreVersionLocalization",
            "appStoreVersionPhasedReleases": "ascapi.models.app_store_version_phased_release:AppStoreVersionPhasedRelease",
            "appStoreVersionSubmissions": "ascapi.models.app_store_version_submission:AppStoreVersionSubmission",
            "apps": "ascapi.models.app:App",
            "builds": "ascapi.models.build:Build",
            "gameCenterAppVersions": "ascapi.models.game_center_app_version:GameCenterAppVersion",
            "routingAppCoverages": "ascapi.models.routing_app_coverage:RoutingAppCoverage",
        }
    )

__all__ = ["AppStoreVersionResponse"]


class AppStoreVersionResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AppStoreVersion
    else:
        data: AppStoreVersion | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
