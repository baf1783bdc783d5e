package nl.werkhub.common.validation;

import java.util.regex.Pattern;

/**
 * Dutch phone numbers as people type them: {@code 010-1234567}, {@code 06 12345678},
 * {@code +31 6 12345678}. After removing spaces, dashes and parentheses a number is either
 * 10 digits starting with 0 or +31 followed by 9 digits (not starting with 0).
 */
public final class PhoneNumbers {

    private static final Pattern ALLOWED_CHARS = Pattern.compile("^\\+?[0-9 ()\\-]+$");
    private static final Pattern NATIONAL = Pattern.compile("^0[1-9][0-9]{8}$");
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\+31[1-9][0-9]{8}$");

    private PhoneNumbers() {
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String trimmed = value.trim();
        if (!ALLOWED_CHARS.matcher(trimmed).matches()) {
            return false;
        }
        String compact = trimmed.replaceAll("[ ()\\-]", "");
        return NATIONAL.matcher(compact).matches() || INTERNATIONAL.matcher(compact).matches();
    }
}
