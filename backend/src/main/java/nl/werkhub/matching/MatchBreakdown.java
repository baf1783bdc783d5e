package nl.werkhub.matching;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a vacancy and a candidate score what they score: six factors and the gaps. The score is
 * {@code round(100 × Σ points ÷ Σ maxPoints)} over the applicable factors (docs/matching.md).
 */
@Schema(name = "MatchBreakdown", description = "Per-factor points of a score; every number rounded to one decimal")
public record MatchBreakdown(
        @Schema(required = true) TalentFit talents,
        @Schema(required = true) HoursFit hours,
        @Schema(required = true) AvailabilityFit availability,
        @Schema(required = true) DistanceFit distance,
        @Schema(required = true) PreferenceFit preferences,
        @Schema(required = true) RequirementFit requirements,
        @Schema(required = true, description = "What the candidate lacks for this vacancy; every unmet must-have is one") List<MatchGap> gaps) {
}
