package nl.werkhub.matching;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/matches}: put a candidate in a vacancy's pipeline. */
@Schema(name = "MatchCreateRequest")
public record MatchCreateRequest(
        @Schema(required = true) @NotNull UUID vacancyId,
        @Schema(required = true, description = "An ACTIVE profile with consent") @NotNull UUID candidateId,
        @Schema(maxLength = 2000, description = "Kept on the first event of the match")
        @Size(max = 2000) @NoBsn String note) {

    public MatchCreateRequest {
        note = Strings.trimToNull(note);
    }
}
