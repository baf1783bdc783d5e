package nl.werkhub.common.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Dutch citizen service numbers (BSN) in text, so that they are refused wherever they
 * appear: Werkhub has no legal ground to process them.
 * <p>
 * A BSN has 9 digits and passes the eleven-test: {@code 9*d0 + 8*d1 + ... + 2*d7 - 1*d8} is a
 * multiple of 11. In text we look for
 * <ul>
 * <li>a run of exactly 9 digits ({@code 111222333}; a longer run such as a 10-digit phone number
 * is not a BSN), and</li>
 * <li>the two ways people group it: 3-3-3 ({@code 111 222 333}, {@code 111.222.333},
 * {@code 111-222-333}) and 4-2-3 as printed on passports and ID cards ({@code 1112.22.333}), with
 * one and the same separator (space, no-break space, dot or dash) between the groups.</li>
 * </ul>
 * {@code 000000000} passes the test arithmetically but is never issued, so it is not a BSN. The
 * check errs on the side of refusing: roughly one in eleven 9-digit numbers passes the test, so an
 * unrelated 9-digit number (an amount, a reference) is sometimes refused as well; the client can
 * write it differently.
 */
public final class Bsn {

    private static final Pattern CANDIDATES = Pattern.compile(
            "(?<![0-9])(?:"
                    + "([0-9]{9})"
                    + "|([0-9]{3})([ \\u00A0.\\-])([0-9]{3})\\3([0-9]{3})"
                    + "|([0-9]{4})([ \\u00A0.\\-])([0-9]{2})\\7([0-9]{3})"
                    + ")(?![0-9])");

    private Bsn() {
    }

    /** Whether exactly these 9 digits pass the eleven-test (and are not all zeros). */
    public static boolean passesElevenTest(String nineDigits) {
        if (nineDigits == null || nineDigits.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = nineDigits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += i < 8 ? digit * (9 - i) : -digit;
        }
        return !allZero && sum % 11 == 0;
    }

    /** Whether the text contains something that is written like a BSN and passes the eleven-test. */
    public static boolean containsBsn(CharSequence text) {
        if (text == null || text.length() < 9) {
            return false;
        }
        Matcher m = CANDIDATES.matcher(text);
        while (m.find()) {
            String digits;
            if (m.group(1) != null) {
                digits = m.group(1);
            } else if (m.group(2) != null) {
                digits = m.group(2) + m.group(4) + m.group(5);
            } else {
                digits = m.group(6) + m.group(8) + m.group(9);
            }
            if (passesElevenTest(digits)) {
                return true;
            }
        }
        return false;
    }
}
