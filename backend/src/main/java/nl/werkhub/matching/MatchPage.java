package nl.werkhub.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchPage")
public record MatchPage(
        @Schema(required = true) List<MatchResponse> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
