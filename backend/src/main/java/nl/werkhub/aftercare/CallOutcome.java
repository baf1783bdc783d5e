package nl.werkhub.aftercare;

/** The jobcoach's judgement after a call that was made; AT_RISK flags the placement for the consultant. */
public enum CallOutcome {
    GOOD,
    CONCERN,
    AT_RISK
}
