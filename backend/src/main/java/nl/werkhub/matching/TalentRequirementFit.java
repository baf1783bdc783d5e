package nl.werkhub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One talent of the vacancy and the candidate's level in it (absent when the candidate lacks it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "TalentRequirementFit")
public record TalentRequirementFit(
        @Schema(required = true, examples = "heftruckcertificaat") String code,
        @Schema(required = true, examples = "Heftruckcertificaat") String labelNl,
        @Schema(required = true, minimum = "1", maximum = "5") int minLevel,
        @Schema(minimum = "1", maximum = "5", description = "The candidate's level; absent when the candidate lacks the talent") Integer level,
        @Schema(required = true, description = "level >= minLevel") boolean met) {
}
