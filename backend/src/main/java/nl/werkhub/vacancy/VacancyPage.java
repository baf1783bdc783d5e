package nl.werkhub.vacancy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VacancyPage")
public record VacancyPage(
        @Schema(required = true) List<VacancyResponse> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
