package nl.werkhub.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A placement as every reader who may see it sees it (docs/api.md, "Placement"). It names the
 * candidate but holds nothing of the profile a consultant may not see.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PlacementResponse")
public record PlacementResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, description = "The PLACED match this placement came from") UUID matchId,
        @Schema(required = true) UUID vacancyId,
        @Schema(required = true) String vacancyTitle,
        @Schema(required = true) UUID employerId,
        @Schema(required = true) String employerName,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, description = "First and last name") String candidateName,
        @Schema(required = true, description = "The candidate's municipality") String municipalityCode,
        @Schema(required = true) PlacementStatus status,
        @Schema(required = true) LocalDate startDate,
        @Schema(description = "Absent for a permanent contract") LocalDate endDate,
        @Schema(required = true, minimum = "1", maximum = "60") int hoursPerWeek,
        @Schema(description = "Keycloak username; absent only on placements carried over from before contracts existed")
        String jobcoach,
        @Schema(description = "The jobcoach's name from the directory (the username when the directory has none)")
        String jobcoachName,
        @Schema(required = true) List<ArrangementResponse> arrangements,
        @Schema(required = true, description = "The latest DONE call's outcome was AT_RISK") boolean atRisk,
        @Schema(description = "Outcome of the latest DONE call") CallOutcome lastOutcome,
        @Schema(required = true, description = "A flagged call (not reached at the last attempt) not followed by a DONE one")
        boolean unreachable,
        @Schema(description = "The earliest PLANNED call") NextCall nextCall,
        @Schema(description = "Only when COMPLETED or ENDED_EARLY") LocalDate endedOn,
        @Schema(description = "Only when ENDED_EARLY") PlacementEndReason endReason,
        String endNote,
        @Schema(required = true, description = "Keycloak subject of the consultant who placed") String placedBy,
        @Schema(required = true) String placedByName,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
