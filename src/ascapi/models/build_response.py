# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.build import Build
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.app import App
    from ascapi.models.app_encryption_declaration import AppEncryptionDeclaration
    from ascapi.models.app_store_version import AppStoreVersion
    from ascapi.models.beta_app_review_submission import BetaAppReviewSubmission
    from ascapi.models.beta_build_localization import BetaBuildLocalization
    from ascapi.models.beta_group import BetaGroup
    from ascapi.models.beta_tester import BetaTester
    from ascapi.models.build_beta_detail import BuildBetaDetail
    from ascapi.models.build_bundle import BuildBundle
    from ascapi.models.build_icon import BuildIcon
    from ascapi.models.build_upload import BuildUpload
    from ascapi.models.prerelease_version import PrereleaseVersion

    _Included = (
        App
        | AppEncryptionDeclaration
        | AppStoreVersion
        | BetaAppReviewSubmission
        | BetaBuildLocalization
        | BetaGroup
        | BetaTester
        | BuildBetaDetail
        | BuildBundle
        | BuildIcon
        | BuildUpload
        | PrereleaseVersion
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "appEncryptionDeclarations": "ascapi.models.app_encryption_declaration:AppEncryptionDeclaration",
            "appStoreVersions": "ascapi.models.app_store_version:AppStoreVersion",
            "apps": "ascapi.models.app:App",
            "betaAppReviewSubmissions": "ascapi.models.beta_app_review_submission:BetaAppReviewSubmission",
            "betaBuildLocalizations": "ascapi.models.beta_build_localization:BetaBuildLocalization",
            "betaGroups": "ascapi.models.beta_group:BetaGroup",
            "betaTesters": "ascapi.models.beta_tester:BetaTester",
            "buildBetaDetails": "ascapi.models.build_beta_detail:BuildBetaDetail",
            "buildBundles": "ascapi.models.build_bundle:BuildBundle",
            "buildIcons": "ascapi.models.build_icon:BuildIcon",
            "buildUploads": "ascapi.models.build_upload:BuildUpload",
            "preReleaseVersions": "ascapi.models.prerelease_version:PrereleaseVersion",
        }
    )

__all__ = ["BuildResponse"]


class BuildResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: Build
    else:
        data: Build | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
