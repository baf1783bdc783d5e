package nl.werkhub.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Talents: up to 50 points, weight 3 per must-have and 1 per nice-to-have. */
@Schema(name = "TalentFit")
public record TalentFit(
        @Schema(required = true, description = "false when the vacancy lists no talents") boolean applicable,
        @Schema(required = true, examples = "41.7") double points,
        @Schema(required = true, examples = "50") int maxPoints,
        @Schema(required = true) List<TalentRequirementFit> mustHaves,
        @Schema(required = true) List<TalentRequirementFit> niceToHaves) {
}
