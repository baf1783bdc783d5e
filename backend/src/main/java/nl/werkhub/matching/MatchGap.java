package nl.werkhub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One gap; which of the optional fields are present depends on the kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MatchGap")
public record MatchGap(
        @Schema(required = true) MatchGapKind kind,
        @Schema(description = "MISSING_TALENT, TALENT_BELOW_LEVEL") String talentCode,
        @Schema(description = "MISSING_TALENT, TALENT_BELOW_LEVEL") String labelNl,
        @Schema(description = "MISSING_TALENT, TALENT_BELOW_LEVEL: the minimum level (integer 1..5); "
                + "DUTCH_LEVEL_TOO_LOW: the required level as text, e.g. \"B1\"",
                oneOf = { Integer.class, String.class }) Object requiredLevel,
        @Schema(description = "TALENT_BELOW_LEVEL: the candidate's level") Integer level,
        @Schema(description = "AVAILABLE_LATER: days after the reference date") Integer days,
        @Schema(description = "TOO_FAR: great-circle distance in whole km") Integer distanceKm) {

    static MatchGap talent(MatchGapKind kind, String code, String labelNl, int requiredLevel, Integer level) {
        return new MatchGap(kind, code, labelNl, requiredLevel, level, null, null);
    }

    static MatchGap of(MatchGapKind kind) {
        return new MatchGap(kind, null, null, null, null, null, null);
    }
}
