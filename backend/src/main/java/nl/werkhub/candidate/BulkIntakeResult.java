package nl.werkhub.candidate;

import java.util.UUID;

import nl.werkhub.common.error.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one item; {@code problem} only for INVALID, {@code candidateId} for the others. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BulkIntakeResult")
public record BulkIntakeResult(
        @Schema(required = true, description = "Position of the item in the request, 0-based") int index,
        @Schema(description = "As sent; absent when it was missing or refused (a refused one is never repeated, it might be a BSN)") String clientNumber,
        @Schema(required = true) IntakeOutcome outcome,
        @Schema(description = "Werkhub's id of the profile (not for INVALID)") UUID candidateId,
        @Schema(description = "Why the item was refused (only for INVALID); violations name fields of the item, e.g. profile.postcode")
        Problem problem) {
}
