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
 * The owning municipality's view of a profile: everything it sent, plus the ids and version. Only
 * ever built by {@link MunicipalCandidateMapper} for the municipality whose token claim owns it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MunicipalCandidateResponse")
public record MunicipalCandidateResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "rotterdam") String municipalityCode,
        @Schema(required = true, examples = "RTM-000123") String clientNumber,
        @Schema(required = true) String firstName,
        @Schema(required = true) String lastName,
        String email,
        String phone,
        Gender gender,
        LocalDate birthDate,
        @Schema(required = true, description = "Normalised, e.g. 3072 AP") String postcode,
        Double latitude,
        Double longitude,
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
        @Schema(required = true) boolean consent,
        @Schema(required = true) CandidateStatus status,
        String jobcoach,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
