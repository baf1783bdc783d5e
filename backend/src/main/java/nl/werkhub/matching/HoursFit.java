package nl.werkhub.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hours per week: up to 15 points when the ranges overlap, 1/8 less per hour of shortfall. */
@Schema(name = "HoursFit")
public record HoursFit(
        @Schema(required = true) boolean applicable,
        @Schema(required = true) double points,
        @Schema(required = true) int maxPoints,
        @Schema(required = true, description = "Hours both ranges share (0 when they only touch or miss)") int overlapHours,
        @Schema(required = true, description = "Hours between the ranges when they do not overlap") int shortfallHours) {
}
