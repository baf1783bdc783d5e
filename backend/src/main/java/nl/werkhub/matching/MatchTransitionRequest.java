package nl.werkhub.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.aftercare.PlacementContract;
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
        @Schema(description = "The contract; required for PLACED, refused otherwise") @Valid PlacementContract placement) {

    public MatchTransitionRequest {
        note = Strings.trimToNull(note);
    }
}
