package nl.werkhub.aftercare;

/** Why a placement ended before its contract did (required for ENDED_EARLY). */
public enum PlacementEndReason {
    EMPLOYEE_RESIGNED,
    DISMISSED,
    HEALTH,
    EMPLOYER_STOPPED,
    OTHER
}
