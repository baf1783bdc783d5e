package nl.werkhub.employer;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmployerPage")
public record EmployerPage(
        @Schema(required = true) List<EmployerResponse> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
