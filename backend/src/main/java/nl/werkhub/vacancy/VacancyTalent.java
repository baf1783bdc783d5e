package nl.werkhub.vacancy;

import nl.werkhub.talent.TalentCategory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A talent on a vacancy, with the taxonomy's Dutch label and category. */
@Schema(name = "VacancyTalent")
public record VacancyTalent(
        @Schema(required = true, examples = "heftruckcertificaat") String code,
        @Schema(required = true, examples = "Heftruckcertificaat") String labelNl,
        @Schema(required = true) TalentCategory category,
        @Schema(required = true) TalentRequirement requirement,
        @Schema(required = true, minimum = "1", maximum = "5") int minLevel,
        @Schema(required = true, description = "Retired in the taxonomy: it stays on this vacancy but cannot be added to others") boolean retired) {
}
