package nl.werkhub.matching;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One move of a match; the first (its creation) has no {@code from}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MatchEventResponse")
public record MatchEventResponse(
        @Schema(required = true) UUID id,
        @Schema(description = "Absent for the first event") MatchStatus from,
        @Schema(required = true) MatchStatus to,
        String note,
        MatchRejectionReason reason,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "Keycloak subject of who made the move") String actor,
        @Schema(required = true, description = "Username of who made the move") String actorName) {

    static MatchEventResponse of(MatchEvent e) {
        return new MatchEventResponse(e.id, e.fromStatus, e.toStatus, e.note, e.reason, e.occurredAt, e.actor,
                e.actorName);
    }
}
