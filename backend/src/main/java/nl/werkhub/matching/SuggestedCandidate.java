package nl.werkhub.matching;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a suggestion shows of a candidate: no contact details, no full postcode, no coordinates. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SuggestedCandidate")
public record SuggestedCandidate(
        @Schema(required = true) UUID id,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        @Schema(required = true, examples = "rotterdam") String municipalityCode,
        @Schema(required = true, examples = "Rotterdam") String municipalityName,
        @Schema(required = true, examples = "3072", description = "The 4 digits of the postcode") String postcodeArea,
        @Schema(required = true) int hoursPerWeekMin,
        @Schema(required = true) int hoursPerWeekMax,
        LocalDate availableFrom) {
}
