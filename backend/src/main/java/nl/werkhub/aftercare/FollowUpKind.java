package nl.werkhub.aftercare;

/** Why an aftercare call is made: the four standard moments of the programme, or an extra call. */
public enum FollowUpKind {
    FIRST_DAY,
    FIRST_WEEK,
    FIRST_MONTH,
    BEFORE_CONTRACT_END,
    AD_HOC
}
