package nl.werkhub.aftercare;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/placements/{id}/follow-up-calls}: an extra call on top of the standard ones. */
@Schema(name = "AdHocCallRequest")
public record AdHocCallRequest(
        @Schema(required = true, description = "Today or later; kept as given (also on a weekend: it was chosen)", examples = "2026-03-02")
        @NotNull LocalDate dueDate,
        @Schema(maxLength = 2000, description = "Why the call is planned; shown as the call's notes until a log brings notes of its own")
        @Size(max = 2000) @NoBsn String note) {

    public AdHocCallRequest {
        note = Strings.trimToNull(note);
    }
}
