package nl.werkhub.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEventPage")
public record AuditEventPage(
        @Schema(required = true) List<AuditEventResponse> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
