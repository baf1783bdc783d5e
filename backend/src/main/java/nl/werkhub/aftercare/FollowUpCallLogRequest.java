package nl.werkhub.aftercare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/follow-up-calls/{id}/log}. A call that was made ({@code DONE}) says how it
 * went and with whom; a call that was not ({@code NOT_REACHED}) has neither (see
 * {@link ConsistentCallLog}). Notes are about a person, so they are guarded against a BSN.
 */
@ConsistentCallLog
@Schema(name = "FollowUpCallLogRequest")
public record FollowUpCallLogRequest(
        @Schema(required = true) @NotNull CallResult result,
        @Schema(description = "Required for DONE, refused for NOT_REACHED") CallOutcome outcome,
        @Schema(description = "Required for DONE, refused for NOT_REACHED") ContactWith contactWith,
        @Schema(maxLength = 4000, description = "Replaces the call's notes when given") @Size(max = 4000) @NoBsn String notes,
        @Schema(maxLength = 2000) @Size(max = 2000) @NoBsn String agreedActions) {

    public FollowUpCallLogRequest {
        notes = Strings.trimToNull(notes);
        agreedActions = Strings.trimToNull(agreedActions);
    }
}
