package nl.werkhub.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What consultants (consenting profiles) and jobcoaches (assigned profiles) see. It has no
 * component for the client number, gender, birth date, full postcode or coordinates, so they cannot
 * leak through it; only {@link CandidateMapper} builds it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CandidateResponse")
public record CandidateResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "rotterdam") String municipalityCode,
        @Schema(required = true, examples = "Rotterdam") String municipalityName,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        String email,
        String phone,
        @Schema(required = true, description = "The four digits of the postcode", examples = "3072", pattern = "^[1-9][0-9]{3}$") String postcodeArea,
        @Schema(required = true) List<TargetGroup> targetGroups,
        @Schema(required = true, description = "Sorted by code") List<CandidateTalent> talents,
        String interests,
        String motivation,
        @Schema(required = true) List<Sector> preferredSectors,
        @Schema(required = true) List<String> preferredOccupations,
        @Schema(required = true) int hoursPerWeekMin,
        @Schema(required = true) int hoursPerWeekMax,
        LocalDate availableFrom,
        @Schema(required = true) int maxTravelDistanceKm,
        @Schema(required = true) boolean drivingLicence,
        LanguageLevel dutchLevel,
        @Schema(required = true) CandidateStatus status,
        String jobcoach,
        @Schema(required = true) Instant updatedAt) {
}
