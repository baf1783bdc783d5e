package nl.werkhub.aftercare;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar object (RFC 5545) with all-day events. Two details that calendar clients are
 * strict about: every line ends in CRLF, and a content line longer than 75 octets is folded (CRLF
 * and one space), never inside a UTF-8 sequence (section 3.1). TEXT values escape backslash,
 * semicolon, comma and newlines (section 3.3.11); other control characters are dropped.
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder();

    /** {@code NAME:value} with the value written as is (it must already be valid for the property). */
    ICalendarWriter raw(String name, String value) {
        line(name + ":" + value);
        return this;
    }

    /** A TEXT property: the value is escaped. */
    ICalendarWriter text(String name, String value) {
        return raw(name, escape(value));
    }

    /** A DATE property ({@code DTSTART;VALUE=DATE:20260302}). */
    ICalendarWriter date(String name, LocalDate date) {
        return raw(name + ";VALUE=DATE", DATE.format(date));
    }

    /** A DATE-TIME property in UTC ({@code DTSTAMP:20260302T091500Z}). */
    ICalendarWriter utc(String name, Instant instant) {
        return raw(name, UTC_DATE_TIME.format(instant));
    }

    ICalendarWriter begin(String component) {
        return raw("BEGIN", component);
    }

    ICalendarWriter end(String component) {
        return raw("END", component);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                    // CRLF and a lone CR become one \n
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        sb.append("\\n");
                    }
                }
                default -> {
                    if (ch >= 0x20 && ch != 0x7f || ch == '\t') {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Appends one content line, folded at 75 octets on code point boundaries. */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length();) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                // the leading space of a continuation line counts toward its 75 octets
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }
}
