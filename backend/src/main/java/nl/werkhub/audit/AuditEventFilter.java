package nl.werkhub.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit log; null means "any". {@code from} is inclusive, {@code to} exclusive. */
public record AuditEventFilter(UUID candidateId, String municipalityCode, AuditAction action, Instant from, Instant to) {
}
