package nl.werkhub.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEventResponse")
public record AuditEventResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant occurredAt,
        @Schema(required = true, description = "Username of whoever acted", examples = "connie.consultant") String actor,
        @Schema(required = true, description = "consultant, jobcoach, municipality, admin or system", examples = "consultant") String actorRole,
        @Schema(required = true) AuditAction action,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, examples = "rotterdam") String municipalityCode,
        @Schema(required = true, description = "Method and route template, never a concrete path", examples = "GET /api/candidates/{id}") String route) {

    static AuditEventResponse of(AuditEvent e) {
        return new AuditEventResponse(e.id, e.occurredAt, e.actor, e.actorRole, e.action, e.candidateId,
                e.municipalityCode, e.route);
    }
}
