package nl.werkhub.aftercare;

/** Whom the jobcoach spoke to in a call that was made. */
public enum ContactWith {
    CANDIDATE,
    EMPLOYER,
    BOTH
}
