package nl.werkhub.matching;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open vacancy suggested for a candidate, with the score and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "VacancySuggestion")
public record VacancySuggestion(
        @Schema(required = true) SuggestedVacancy vacancy,
        @Schema(required = true, minimum = "0", maximum = "100") int score,
        @Schema(required = true) MatchBreakdown breakdown,
        @Schema(description = "The match of this pair when it is already in the pipeline") UUID matchId,
        @Schema(description = "Its status, with matchId") MatchStatus matchStatus) {
}
