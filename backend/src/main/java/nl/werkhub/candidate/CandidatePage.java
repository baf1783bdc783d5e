package nl.werkhub.candidate;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CandidatePage")
public record CandidatePage(
        @Schema(required = true) List<CandidateResponse> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
