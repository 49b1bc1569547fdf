# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

from ascapi._jsonapi import UNSET, Document, Included, Model, UnsetType
from ascapi.models.alternative_distribution_package_version import (
    AlternativeDistributionPackageVersion,
)
from ascapi.models.document_links import DocumentLinks

if TYPE_CHECKING:
    from typing import Literal as _L

    from ascapi._jsonapi import Resource
    from ascapi.models.alternative_distribution_package import AlternativeDistributionPackage
    from ascapi.models.alternative_distribution_package_delta import (
        AlternativeDistributionPackageDelta,
    )
    from ascapi.models.alternative_distribution_package_variant import (
        AlternativeDistributionPackageVariant,
    )

    _Included = (
        AlternativeDistributionPackage
        | AlternativeDistributionPackageDelta
        | AlternativeDistributionPackageVariant
        | Resource
    )
else:
    from ascapi.models._support import Lit as _L

    _Included = Included.of(
        {
            "alternativeDistributionPackageDeltas": "ascapi.models.alternative_distribution_package_delta:AlternativeDistributionPackageDelta",
            "alternativeDistributionPackageVariants": "ascapi.models.alternative_distribution_package_variant:AlternativeDistributionPackageVariant",
            "alternativeDistributionPackages": "ascapi.models.alternative_distribution_package:AlternativeDistributionPackage",
        }
    )

__all__ = ["AlternativeDistributionPackageVersionResponse"]


class AlternativeDistributionPackageVersionResponse(Document, kw_only=True):
    if TYPE_CHECKING:
        data: AlternativeDistributionPackageVersion
    else:
        data: AlternativeDistributionPackageVersion | None | UnsetType = UNSET
    included: list[_Included] | None | UnsetType = UNSET
    if TYPE_CHECKING:
        links: DocumentLinks
    else:
        links: DocumentLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"data", "links"})
    __ascapi_nullable__ = frozenset[str]()
