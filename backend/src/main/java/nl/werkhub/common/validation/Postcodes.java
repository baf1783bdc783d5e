package nl.werkhub.common.validation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dutch postcodes: four digits (first not 0) and two letters (not SA, SD or SS). */
public final class Postcodes {

    private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3}) ?([A-Z]{2})$");

    private Postcodes() {
    }

    public static boolean isValid(String value) {
        return normalise(value) != null;
    }

    /** {@code 1234ab}, {@code 1234 AB} or {@code " 1234 ab "} become {@code 1234 AB}; anything else null. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = POSTCODE.matcher(value.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String letters = m.group(2);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return null;
        }
        return m.group(1) + " " + letters;
    }
}
