package nl.werkhub.matching;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Availability: 10 points when available by the reference date, 1/90 less per day later. */
@Schema(name = "AvailabilityFit")
public record AvailabilityFit(
        @Schema(required = true) boolean applicable,
        @Schema(required = true) double points,
        @Schema(required = true) int maxPoints,
        @Schema(required = true, description = "The vacancy's start date, or today (Europe/Amsterdam) when it has none or it has passed") LocalDate referenceDate,
        @Schema(required = true) int daysLate) {
}
