package nl.werkhub.aftercare;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The earliest PLANNED follow-up call of a placement. */
@Schema(name = "NextCall")
public record NextCall(
        @Schema(required = true) UUID id,
        @Schema(required = true) FollowUpKind kind,
        @Schema(required = true) LocalDate dueDate) {
}
