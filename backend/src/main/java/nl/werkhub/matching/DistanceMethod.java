package nl.werkhub.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the distance factor was decided. */
@Schema(name = "DistanceMethod", description = "GREAT_CIRCLE: both have coordinates; otherwise the municipality is the proxy: "
        + "SAME_MUNICIPALITY (candidate lives where the employer is) or OTHER_MUNICIPALITY")
public enum DistanceMethod {
    GREAT_CIRCLE,
    SAME_MUNICIPALITY,
    OTHER_MUNICIPALITY
}
