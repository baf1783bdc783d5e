package nl.werkhub.candidate;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkIntakeResponse")
public record BulkIntakeResponse(
        @Schema(required = true) int created,
        @Schema(required = true) int updated,
        @Schema(required = true) int unchanged,
        @Schema(required = true) int invalid,
        @Schema(required = true, description = "One result per item, in the order of the request") List<BulkIntakeResult> results) {

    static BulkIntakeResponse of(List<BulkIntakeResult> results) {
        int[] counts = new int[IntakeOutcome.values().length];
        results.forEach(r -> counts[r.outcome().ordinal()]++);
        return new BulkIntakeResponse(counts[IntakeOutcome.CREATED.ordinal()], counts[IntakeOutcome.UPDATED.ordinal()],
                counts[IntakeOutcome.UNCHANGED.ordinal()], counts[IntakeOutcome.INVALID.ordinal()], results);
    }
}
