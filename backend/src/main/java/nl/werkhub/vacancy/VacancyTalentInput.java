package nl.werkhub.vacancy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import nl.werkhub.common.Strings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A talent a vacancy asks for: must-have or nice-to-have, from a minimum level. */
@Schema(name = "VacancyTalentInput")
public record VacancyTalentInput(
        @Schema(required = true, examples = "heftruckcertificaat", maxLength = 60, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                description = "Code of a talent (GET /api/talents); a retired talent only if the vacancy already has it")
        @NotBlank @Pattern(regexp = "^(?=.{1,60}$)[a-z0-9]+(-[a-z0-9]+)*$",
                message = "{nl.werkhub.vacancy.VacancyTalentInput.code}") String code,
        @Schema(required = true) @NotNull TalentRequirement requirement,
        @Schema(minimum = "1", maximum = "5", defaultValue = "1", examples = "3",
                description = "Lowest level that counts in full; a lower level counts half") @Min(1) @Max(5) Integer minLevel) {

    public VacancyTalentInput {
        code = Strings.trim(code);
        minLevel = minLevel == null ? Integer.valueOf(1) : minLevel;
    }
}
