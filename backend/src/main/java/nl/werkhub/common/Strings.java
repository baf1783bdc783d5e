package nl.werkhub.common;

/** Small helpers for incoming text. */
public final class Strings {

    private Strings() {
    }

    public static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /** Trimmed, and an empty optional field is the same as an absent one. */
    public static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }
}
