package nl.werkhub.matching;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.werkhub.common.Sector;
import nl.werkhub.vacancy.ContractType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a suggestion shows of a vacancy. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SuggestedVacancy")
public record SuggestedVacancy(
        @Schema(required = true) UUID id,
        @Schema(required = true) String title,
        @Schema(required = true) String employerName,
        @Schema(required = true) Sector sector,
        @Schema(required = true, examples = "3089 JH") String postcode,
        LocalDate startDate,
        @Schema(required = true) int hoursPerWeekMin,
        @Schema(required = true) int hoursPerWeekMax,
        @Schema(required = true) ContractType contractType) {
}
