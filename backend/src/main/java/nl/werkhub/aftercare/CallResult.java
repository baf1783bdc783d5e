package nl.werkhub.aftercare;

/** What happened when the jobcoach called: spoken to someone, or nobody answered. */
public enum CallResult {
    DONE,
    NOT_REACHED
}
