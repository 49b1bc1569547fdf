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


__all__ = ["AgeRatingDeclaration", "AgeRatingDeclarationAttributes"]

_E0 = frozenset({"ageRatingDeclarations"})
_E1 = frozenset({"NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"})
_E2 = frozenset({"FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"})
_E3 = frozenset({"NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "SEVENTEEN_PLUS", "UNRATED"})
_E4 = frozenset({"NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "EIGHTEEN_PLUS", "UNRATED"})
_E5 = frozenset({"NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"})


class AgeRatingDeclaration(Model, kw_only=True):
    if TYPE_CHECKING:
        type: _L["ageRatingDeclarations"] | str
        id: str
    else:
        type: _L["ageRatingDeclarations"] | str | None | UnsetType = UNSET
        id: str | None | UnsetType = UNSET
    attributes: AgeRatingDeclarationAttributes | None | UnsetType = UNSET
    links: ResourceLinks | None | UnsetType = UNSET
    __ascapi_required__ = frozenset({"id", "type"})
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {"type": _E0}


class AgeRatingDeclarationAttributes(Model):
    advertising: bool | None | UnsetType = UNSET
    alcohol_tobacco_or_drug_use_or_references: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="alcoholTobaccoOrDrugUseOrReferences")
    contests: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = UNSET
    gambling: bool | None | UnsetType = UNSET
    gambling_simulated: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gamblingSimulated")
    guns_or_other_weapons: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="gunsOrOtherWeapons")
    health_or_wellness_topics: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="healthOrWellnessTopics"
    )
    kids_age_band: (
        _L["FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="kidsAgeBand")
    loot_box: bool | None | UnsetType = msgspec.field(default=UNSET, name="lootBox")
    medical_or_treatment_information: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="medicalOrTreatmentInformation")
    messaging_and_chat: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="messagingAndChat"
    )
    parental_controls: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="parentalControls"
    )
    profanity_or_crude_humor: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="profanityOrCrudeHumor")
    age_assurance: bool | None | UnsetType = msgspec.field(default=UNSET, name="ageAssurance")
    sexual_content_graphic_and_nudity: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="sexualContentGraphicAndNudity")
    sexual_content_or_nudity: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="sexualContentOrNudity")
    social_media: bool | None | UnsetType = msgspec.field(default=UNSET, name="socialMedia")
    social_media_age_restricted: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="socialMediaAgeRestricted"
    )
    horror_or_fear_themes: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="horrorOrFearThemes")
    mature_or_suggestive_themes: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="matureOrSuggestiveThemes")
    unrestricted_web_access: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="unrestrictedWebAccess"
    )
    user_generated_content: bool | None | UnsetType = msgspec.field(
        default=UNSET, name="userGeneratedContent"
    )
    violence_cartoon_or_fantasy: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="violenceCartoonOrFantasy")
    violence_realistic_prolonged_graphic_or_sadistic: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="violenceRealisticProlongedGraphicOrSadistic")
    violence_realistic: (
        _L["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="violenceRealistic")
    age_rating_override: (
        _L["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "SEVENTEEN_PLUS", "UNRATED"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="ageRatingOverride")
    age_rating_override_v2: (
        _L["NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "EIGHTEEN_PLUS", "UNRATED"]
        | str
        | None
        | UnsetType
    ) = msgspec.field(default=UNSET, name="ageRatingOverrideV2")
    korea_age_rating_override: (
        _L["NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"] | str | None | UnsetType
    ) = msgspec.field(default=UNSET, name="koreaAgeRatingOverride")
    developer_age_rating_info_url: str | None | UnsetType = msgspec.field(
        default=UNSET, name="developerAgeRatingInfoUrl"
    )
    __ascapi_nullable__ = frozenset[str]()
    __ascapi_enums__ = {
        "alcohol_tobacco_or_drug_use_or_references": _E1,
        "contests": _E1,
        "gambling_simulated": _E1,
        "guns_or_other_weapons": _E1,
        "kids_age_band": _E2,
        "medical_or_treatment_information": _E1,
        "profanity_or_crude_humor": _E1,
        "sexual_content_graphic_and_nudity": _E1,
        "sexual_content_or_nudity": _E1,
        "horror_or_fear_themes": _E1,
        "mature_or_suggestive_themes": _E1,
        "violence_cartoon_or_fantasy": _E1,
        "violence_realistic_prolonged_graphic_or_sadistic": _E1,
        "violence_realistic": _E1,
        "age_rating_override": _E3,
        "age_rating_override_v2": _E4,
        "korea_age_rating_override": _E5,
    }
