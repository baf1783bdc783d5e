package nl.werkhub.employer;

/** Staff size: micro (&lt;10), small (&lt;50), medium (&lt;250). */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM
}
