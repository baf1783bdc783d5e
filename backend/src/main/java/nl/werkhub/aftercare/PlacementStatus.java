package nl.werkhub.aftercare;

/** A placement is ACTIVE from the PLACED move until it is completed or ended early. */
public enum PlacementStatus {
    ACTIVE,
    COMPLETED,
    ENDED_EARLY
}
