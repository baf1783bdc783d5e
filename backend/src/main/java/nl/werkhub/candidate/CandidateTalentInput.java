package nl.werkhub.candidate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.werkhub.common.Strings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A talent of the taxonomy and the candidate's level in it. */
@Schema(name = "CandidateTalentInput")
public record CandidateTalentInput(
        @Schema(required = true, examples = "heftruckcertificaat", maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                description = "Code of a talent (GET /api/talents); a retired talent only if the profile already has it")
        @NotBlank @Pattern(regexp = "^(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*$",
                message = "{nl.werkhub.candidate.CandidateTalentInput.code}") String code,
        @Schema(required = true, minimum = "1", maximum = "5", examples = "3") @NotNull @Min(1) @Max(5) Integer level) {

    public CandidateTalentInput {
        code = Strings.trim(code);
    }
}
