package nl.werkhub.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The candidate's preferred sectors (3 points) and occupations (2 points); half when none stated. */
@Schema(name = "PreferenceFit")
public record PreferenceFit(
        @Schema(required = true) boolean applicable,
        @Schema(required = true) double points,
        @Schema(required = true) int maxPoints,
        @Schema(required = true, description = "The vacancy's sector is among the preferred sectors") boolean sectorPreferred,
        @Schema(required = true, description = "A preferred occupation and the vacancy title contain one another") boolean occupationPreferred) {
}
