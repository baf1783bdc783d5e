package nl.werkhub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkhub.common.LanguageLevel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Driving licence and Dutch level: 10 points split over what the vacancy requires. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "RequirementFit")
public record RequirementFit(
        @Schema(required = true, description = "false when the vacancy requires neither") boolean applicable,
        @Schema(required = true) double points,
        @Schema(required = true) int maxPoints,
        @Schema(required = true) boolean drivingLicenceRequired,
        @Schema(required = true) boolean hasDrivingLicence,
        @Schema(description = "Minimum Dutch level of the vacancy; absent when none") LanguageLevel dutchLevelRequired,
        @Schema(description = "The candidate's Dutch level; absent when unknown") LanguageLevel dutchLevel) {
}
