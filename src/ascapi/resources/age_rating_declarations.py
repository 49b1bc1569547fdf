# Generated from App Store Connect API 4.4.1 (sha256 ed0202ef37155b9334772482d2ea0be688c3046b284c895bcbea5455fbe54fd8).
# Do not edit; run python -m codegen.

"""The ``age_rating_declarations`` namespace of the client: every operation under it, sync and async."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ascapi._base import AsyncAPIResource, SyncAPIResource, options, path
from ascapi._jsonapi import UNSET
from ascapi._types import NOT_GIVEN
from ascapi.resources import _support

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any, Literal

    import httpx

    from ascapi._jsonapi import UnsetType
    from ascapi._types import NotGiven
    from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse
    from ascapi.models.age_rating_declaration_update_request import (
        AgeRatingDeclarationUpdateRequest,
    )
    from ascapi.pagination import AsyncPager, Page

    _Enum0 = Literal["NONE", "INFREQUENT_OR_MILD", "FREQUENT_OR_INTENSE", "INFREQUENT", "FREQUENT"]
    _Enum1 = Literal["FIVE_AND_UNDER", "SIX_TO_EIGHT", "NINE_TO_ELEVEN"]
    _Enum2 = Literal[
        "NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "SEVENTEEN_PLUS", "UNRATED"
    ]
    _Enum3 = Literal[
        "NONE", "NINE_PLUS", "THIRTEEN_PLUS", "SIXTEEN_PLUS", "EIGHTEEN_PLUS", "UNRATED"
    ]
    _Enum4 = Literal["NONE", "FIFTEEN_PLUS", "NINETEEN_PLUS"]


class AgeRatingDeclarations(SyncAPIResource):
    """``client.age_rating_declarations``: /v1/ageRatingDeclarations"""

    def update(
        self,
        id: str,
        *,
        body: AgeRatingDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        advertising: bool | None | UnsetType = UNSET,
        alcohol_tobacco_or_drug_use_or_references: _Enum0 | str | None | UnsetType = UNSET,
        contests: _Enum0 | str | None | UnsetType = UNSET,
        gambling: bool | None | UnsetType = UNSET,
        gambling_simulated: _Enum0 | str | None | UnsetType = UNSET,
        guns_or_other_weapons: _Enum0 | str | None | UnsetType = UNSET,
        health_or_wellness_topics: bool | None | UnsetType = UNSET,
        kids_age_band: _Enum1 | str | None | UnsetType = UNSET,
        loot_box: bool | None | UnsetType = UNSET,
        medical_or_treatment_information: _Enum0 | str | None | UnsetType = UNSET,
        messaging_and_chat: bool | None | UnsetType = UNSET,
        parental_controls: bool | None | UnsetType = UNSET,
        profanity_or_crude_humor: _Enum0 | str | None | UnsetType = UNSET,
        age_assurance: bool | None | UnsetType = UNSET,
        sexual_content_graphic_and_nudity: _Enum0 | str | None | UnsetType = UNSET,
        sexual_content_or_nudity: _Enum0 | str | None | UnsetType = UNSET,
        social_media: bool | None | UnsetType = UNSET,
        social_media_age_restricted: bool | None | UnsetType = UNSET,
        horror_or_fear_themes: _Enum0 | str | None | UnsetType = UNSET,
        mature_or_suggestive_themes: _Enum0 | str | None | UnsetType = UNSET,
        unrestricted_web_access: bool | None | UnsetType = UNSET,
        user_generated_content: bool | None | UnsetType = UNSET,
        violence_cartoon_or_fantasy: _Enum0 | str | None | UnsetType = UNSET,
        violence_realistic_prolonged_graphic_or_sadistic: _Enum0 | str | None | UnsetType = UNSET,
        violence_realistic: _Enum0 | str | None | UnsetType = UNSET,
        age_rating_override: _Enum2 | str | None | UnsetType = UNSET,
        age_rating_override_v2: _Enum3 | str | None | UnsetType = UNSET,
        korea_age_rating_override: _Enum4 | str | None | UnsetType = UNSET,
        developer_age_rating_info_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AgeRatingDeclarationResponse:
        """ageRatingDeclarations_updateInstance

        PATCH /v1/ageRatingDeclarations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ageratingdeclarations-_id_
        """
        from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse

        body = _support.document(
            body,
            advertising is not UNSET
            or alcohol_tobacco_or_drug_use_or_references is not UNSET
            or contests is not UNSET
            or gambling is not UNSET
            or gambling_simulated is not UNSET
            or guns_or_other_weapons is not UNSET
            or health_or_wellness_topics is not UNSET
            or kids_age_band is not UNSET
            or loot_box is not UNSET
            or medical_or_treatment_information is not UNSET
            or messaging_and_chat is not UNSET
            or parental_controls is not UNSET
            or profanity_or_crude_humor is not UNSET
            or age_assurance is not UNSET
            or sexual_content_graphic_and_nudity is not UNSET
            or sexual_content_or_nudity is not UNSET
            or social_media is not UNSET
            or social_media_age_restricted is not UNSET
            or horror_or_fear_themes is not UNSET
            or mature_or_suggestive_themes is not UNSET
            or unrestricted_web_access is not UNSET
            or user_generated_content is not UNSET
            or violence_cartoon_or_fantasy is not UNSET
            or violence_realistic_prolonged_graphic_or_sadistic is not UNSET
            or violence_realistic is not UNSET
            or age_rating_override is not UNSET
            or age_rating_override_v2 is not UNSET
            or korea_age_rating_override is not UNSET
            or developer_age_rating_info_url is not UNSET,
            "ageRatingDeclarations",
            id,
            {
                "advertising": advertising,
                "alcoholTobaccoOrDrugUseOrReferences": alcohol_tobacco_or_drug_use_or_references,
                "contests": contests,
                "gambling": gambling,
                "gamblingSimulated": gambling_simulated,
                "gunsOrOtherWeapons": guns_or_other_weapons,
                "healthOrWellnessTopics": health_or_wellness_topics,
                "kidsAgeBand": kids_age_band,
                "lootBox": loot_box,
                "medicalOrTreatmentInformation": medical_or_treatment_information,
                "messagingAndChat": messaging_and_chat,
                "parentalControls": parental_controls,
                "profanityOrCrudeHumor": profanity_or_crude_humor,
                "ageAssurance": age_assurance,
                "sexualContentGraphicAndNudity": sexual_content_graphic_and_nudity,
                "sexualContentOrNudity": sexual_content_or_nudity,
                "socialMedia": social_media,
                "socialMediaAgeRestricted": social_media_age_restricted,
                "horrorOrFearThemes": horror_or_fear_themes,
                "matureOrSuggestiveThemes": mature_or_suggestive_themes,
                "unrestrictedWebAccess": unrestricted_web_access,
                "userGeneratedContent": user_generated_content,
                "violenceCartoonOrFantasy": violence_cartoon_or_fantasy,
                "violenceRealisticProlongedGraphicOrSadistic": violence_realistic_prolonged_graphic_or_sadistic,
                "violenceRealistic": violence_realistic,
                "ageRatingOverride": age_rating_override,
                "ageRatingOverrideV2": age_rating_override_v2,
                "koreaAgeRatingOverride": korea_age_rating_override,
                "developerAgeRatingInfoUrl": developer_age_rating_info_url,
            },
            {},
            attributes_required=False,
        )
        return self._client._call(
            "PATCH",
            path("/v1/ageRatingDeclarations/{id}", id=id),
            body=body,
            response_type=AgeRatingDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )


class AsyncAgeRatingDeclarations(AsyncAPIResource):
    """``client.age_rating_declarations``: /v1/ageRatingDeclarations"""

    async def update(
        self,
        id: str,
        *,
        body: AgeRatingDeclarationUpdateRequest | Mapping[str, Any] | None = None,
        advertising: bool | None | UnsetType = UNSET,
        alcohol_tobacco_or_drug_use_or_references: _Enum0 | str | None | UnsetType = UNSET,
        contests: _Enum0 | str | None | UnsetType = UNSET,
        gambling: bool | None | UnsetType = UNSET,
        gambling_simulated: _Enum0 | str | None | UnsetType = UNSET,
        guns_or_other_weapons: _Enum0 | str | None | UnsetType = UNSET,
        health_or_wellness_topics: bool | None | UnsetType = UNSET,
        kids_age_band: _Enum1 | str | None | UnsetType = UNSET,
        loot_box: bool | None | UnsetType = UNSET,
        medical_or_treatment_information: _Enum0 | str | None | UnsetType = UNSET,
        messaging_and_chat: bool | None | UnsetType = UNSET,
        parental_controls: bool | None | UnsetType = UNSET,
        profanity_or_crude_humor: _Enum0 | str | None | UnsetType = UNSET,
        age_assurance: bool | None | UnsetType = UNSET,
        sexual_content_graphic_and_nudity: _Enum0 | str | None | UnsetType = UNSET,
        sexual_content_or_nudity: _Enum0 | str | None | UnsetType = UNSET,
        social_media: bool | None | UnsetType = UNSET,
        social_media_age_restricted: bool | None | UnsetType = UNSET,
        horror_or_fear_themes: _Enum0 | str | None | UnsetType = UNSET,
        mature_or_suggestive_themes: _Enum0 | str | None | UnsetType = UNSET,
        unrestricted_web_access: bool | None | UnsetType = UNSET,
        user_generated_content: bool | None | UnsetType = UNSET,
        violence_cartoon_or_fantasy: _Enum0 | str | None | UnsetType = UNSET,
        violence_realistic_prolonged_graphic_or_sadistic: _Enum0 | str | None | UnsetType = UNSET,
        violence_realistic: _Enum0 | str | None | UnsetType = UNSET,
        age_rating_override: _Enum2 | str | None | UnsetType = UNSET,
        age_rating_override_v2: _Enum3 | str | None | UnsetType = UNSET,
        korea_age_rating_override: _Enum4 | str | None | UnsetType = UNSET,
        developer_age_rating_info_url: str | None | UnsetType = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AgeRatingDeclarationResponse:
        """ageRatingDeclarations_updateInstance

        PATCH /v1/ageRatingDeclarations/{id}

        Pass ``body`` (a request model or dict), or the keywords that fill it;
        keywords left out are not sent. Relationships take an id (or a list of ids).

        https://developer.apple.com/documentation/appstoreconnectapi/patch-v1-ageratingdeclarations-_id_
        """
        from ascapi.models.age_rating_declaration_response import AgeRatingDeclarationResponse

        body = _support.document(
            body,
            advertising is not UNSET
            or alcohol_tobacco_or_drug_use_or_references is not UNSET
            or contests is not UNSET
            or gambling is not UNSET
            or gambling_simulated is not UNSET
            or guns_or_other_weapons is not UNSET
            or health_or_wellness_topics is not UNSET
            or kids_age_band is not UNSET
            or loot_box is not UNSET
            or medical_or_treatment_information is not UNSET
            or messaging_and_chat is not UNSET
            or parental_controls is not UNSET
            or profanity_or_crude_humor is not UNSET
            or age_assurance is not UNSET
            or sexual_content_graphic_and_nudity is not UNSET
            or sexual_content_or_nudity is not UNSET
            or social_media is not UNSET
            or social_media_age_restricted is not UNSET
            or horror_or_fear_themes is not UNSET
            or mature_or_suggestive_themes is not UNSET
            or unrestricted_web_access is not UNSET
            or user_generated_content is not UNSET
            or violence_cartoon_or_fantasy is not UNSET
            or violence_realistic_prolonged_graphic_or_sadistic is not UNSET
            or violence_realistic is not UNSET
            or age_rating_override is not UNSET
            or age_rating_override_v2 is not UNSET
            or korea_age_rating_override is not UNSET
            or developer_age_rating_info_url is not UNSET,
            "ageRatingDeclarations",
            id,
            {
                "advertising": advertising,
                "alcoholTobaccoOrDrugUseOrReferences": alcohol_tobacco_or_drug_use_or_references,
                "contests": contests,
                "gambling": gambling,
                "gamblingSimulated": gambling_simulated,
                "gunsOrOtherWeapons": guns_or_other_weapons,
                "healthOrWellnessTopics": health_or_wellness_topics,
                "kidsAgeBand": kids_age_band,
                "lootBox": loot_box,
                "medicalOrTreatmentInformation": medical_or_treatment_information,
                "messagingAndChat": messaging_and_chat,
                "parentalControls": parental_controls,
                "profanityOrCrudeHumor": profanity_or_crude_humor,
                "ageAssurance": age_assurance,
                "sexualContentGraphicAndNudity": sexual_content_graphic_and_nudity,
                "sexualContentOrNudity": sexual_content_or_nudity,
                "socialMedia": social_media,
                "socialMediaAgeRestricted": social_media_age_restricted,
                "horrorOrFearThemes": horror_or_fear_themes,
                "matureOrSuggestiveThemes": mature_or_suggestive_themes,
                "unrestrictedWebAccess": unrestricted_web_access,
                "userGeneratedContent": user_generated_content,
                "violenceCartoonOrFantasy": violence_cartoon_or_fantasy,
                "violenceRealisticProlongedGraphicOrSadistic": violence_realistic_prolonged_graphic_or_sadistic,
                "violenceRealistic": violence_realistic,
                "ageRatingOverride": age_rating_override,
                "ageRatingOverrideV2": age_rating_override_v2,
                "koreaAgeRatingOverride": korea_age_rating_override,
                "developerAgeRatingInfoUrl": developer_age_rating_info_url,
            },
            {},
            attributes_required=False,
        )
        return await self._client._call(
            "PATCH",
            path("/v1/ageRatingDeclarations/{id}", id=id),
            body=body,
            response_type=AgeRatingDeclarationResponse,
            options=options(extra_headers, extra_query, timeout),
        )
