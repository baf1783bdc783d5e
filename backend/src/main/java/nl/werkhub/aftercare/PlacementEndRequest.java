package nl.werkhub.aftercare;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/placements/{id}/end}: the contract was completed, or it ended early. */
@Schema(name = "PlacementEndRequest")
public record PlacementEndRequest(
        @Schema(required = true, description = "COMPLETED or ENDED_EARLY (ACTIVE is refused)")
        @NotNull PlacementStatus status,
        @Schema(required = true, examples = "2026-09-30", description = "On or after the start date, not after today")
        @NotNull LocalDate endedOn,
        @Schema(description = "Required for ENDED_EARLY, refused for COMPLETED") PlacementEndReason reason,
        @Schema(maxLength = 2000, description = "Required when reason is OTHER") @Size(max = 2000) @NoBsn String note) {

    public PlacementEndRequest {
        note = Strings.trimToNull(note);
    }
}
