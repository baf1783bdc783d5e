package nl.werkhub.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a candidate lacks for a vacancy. */
@Schema(name = "MatchGapKind")
public enum MatchGapKind {
    /** A must-have the candidate does not have. */
    MISSING_TALENT,
    /** A must-have the candidate has below the minimum level. */
    TALENT_BELOW_LEVEL,
    HOURS_MISMATCH,
    AVAILABLE_LATER,
    TOO_FAR,
    NO_DRIVING_LICENCE,
    DUTCH_LEVEL_TOO_LOW
}
