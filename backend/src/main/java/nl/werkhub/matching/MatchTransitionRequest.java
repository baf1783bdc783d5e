package nl.werkhub.matching;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/matches/{id}/transitions}: one move through the pipeline. */
@Schema(name = "MatchTransitionRequest")
public record MatchTransitionRequest(
        @Schema(required = true) @NotNull MatchStatus to,
        @Schema(maxLength = 2000, description = "Required when reason is OTHER") @Size(max = 2000) @NoBsn String note,
        @Schema(description = "Required for REJECTED, allowed for WITHDRAWN, refused otherwise")
        MatchRejectionReason reason,
        @Schema(description = "First working day; required for PLACED, refused otherwise", examples = "2026-03-01")
        LocalDate startDate) {

    public MatchTransitionRequest {
        note = Strings.trimToNull(note);
    }
}
