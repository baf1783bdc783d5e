package nl.werkhub.candidate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One profile of a bulk intake. The profile is validated on its own, so it carries no {@code @Valid}. */
@Schema(name = "BulkIntakeItem")
public record BulkIntakeItem(
        @Schema(required = true, examples = "RTM-000123", pattern = CLIENT_NUMBER_PATTERN, maxLength = 40,
                description = "The municipality's own client number; never a BSN")
        @NotBlank @Pattern(regexp = CLIENT_NUMBER_PATTERN, message = "{nl.werkhub.candidate.clientNumber}") @NoBsn String clientNumber,
        @Schema(required = true) CandidateProfileRequest profile) {

    /** 1..40 letters, digits and dashes; not {@code bulk}, which is the path of the bulk intake. */
    public static final String CLIENT_NUMBER_PATTERN = "^(?!bulk$)[A-Za-z0-9-]{1,40}$";

    public BulkIntakeItem {
        clientNumber = Strings.trim(clientNumber);
    }
}
