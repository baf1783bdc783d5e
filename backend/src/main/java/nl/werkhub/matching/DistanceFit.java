package nl.werkhub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Travel distance: up to 15 points. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DistanceFit")
public record DistanceFit(
        @Schema(required = true) boolean applicable,
        @Schema(required = true) double points,
        @Schema(required = true) int maxPoints,
        @Schema(required = true) DistanceMethod method,
        @Schema(description = "Whole km, only for GREAT_CIRCLE (coordinates themselves never leave the backend)") Integer distanceKm,
        @Schema(required = true) int maxTravelDistanceKm) {
}
