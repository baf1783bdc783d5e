package nl.werkhub.matching;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A match as every reader sees it. It names the candidate but holds nothing of the profile that a
 * consultant may not see; the breakdown is the snapshot taken when the match was made.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MatchResponse")
public record MatchResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID vacancyId,
        @Schema(required = true) String vacancyTitle,
        @Schema(required = true) String employerName,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, description = "First and last name") String candidateName,
        @Schema(required = true, description = "The candidate's municipality") String municipalityCode,
        @Schema(required = true) MatchStatus status,
        @Schema(required = true, minimum = "0", maximum = "100", description = "Score when the match was made")
        int score,
        @Schema(required = true, description = "Breakdown of the score when the match was made") MatchBreakdown breakdown,
        @Schema(description = "Set by REJECTED (always) and WITHDRAWN (when given)") MatchRejectionReason rejectionReason,
        @Schema(description = "The placement this match became; only for PLACED") UUID placementId,
        @Schema(required = true, description = "Keycloak subject of the consultant who made the match") String ownerId,
        @Schema(required = true) String ownerName,
        @Schema(required = true) long version,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) String updatedBy) {
}
