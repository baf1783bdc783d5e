package nl.werkhub.candidate;

import nl.werkhub.talent.TalentCategory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A talent on a profile, with the taxonomy's Dutch label and category. */
@Schema(name = "CandidateTalent")
public record CandidateTalent(
        @Schema(required = true, examples = "heftruckcertificaat") String code,
        @Schema(required = true, examples = "Heftruckcertificaat") String labelNl,
        @Schema(required = true) TalentCategory category,
        @Schema(required = true, minimum = "1", maximum = "5") int level,
        @Schema(required = true, description = "Retired in the taxonomy: it stays on this profile but cannot be added to others") boolean retired) {
}
