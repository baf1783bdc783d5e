package nl.werkhub.aftercare;

/** Where a follow-up call stands; only PLANNED calls can be logged, rescheduled or cancelled. */
public enum CallStatus {
    PLANNED,
    DONE,
    NOT_REACHED,
    CANCELLED
}
