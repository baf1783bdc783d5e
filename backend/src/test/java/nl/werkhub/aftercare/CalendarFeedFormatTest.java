package nl.werkhub.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The iCalendar writer on its own (RFC 5545 sections 3.1 and 3.3.11): CRLF line ends, folding at 75
 * octets without splitting a UTF-8 sequence, and TEXT escaping.
 */
class CalendarFeedFormatTest {

    @Test
    void everyLineEndsInCrlfAndShortLinesAreLeftAlone() {
        String ics = new ICalendarWriter().begin("VCALENDAR").raw("VERSION", "2.0")
                .date("DTSTART", LocalDate.of(2026, 3, 2)).utc("DTSTAMP", Instant.parse("2026-03-01T09:15:00.123456Z"))
                .end("VCALENDAR").toString();
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nDTSTART;VALUE=DATE:20260302\r\nDTSTAMP:20260301T091500Z\r\n"
                + "END:VCALENDAR\r\n", ics);
    }

    @Test
    void escapesTextValues() {
        assertEquals("a\\, b\\; c\\\\d\\ne\\nf", ICalendarWriter.escape("a, b; c\\d\ne\r\nf"));
        // other control characters would make the line invalid; a tab is allowed
        assertEquals("ab\tc", ICalendarWriter.escape("a\u0000b\u0007\tc"));
        String ics = new ICalendarWriter().text("SUMMARY", "Nazorg: Eerste week – Fatima (Bakkerij, De Korenschoof)").toString();
        assertEquals("SUMMARY:Nazorg: Eerste week – Fatima (Bakkerij\\, De Korenschoof)\r\n", ics);
    }

    @Test
    void foldsAt75OctetsAndNeverInsideAUtf8Sequence() {
        // 'é' is two octets and '–' three: a fold by characters would give lines over 75 octets, a
        // fold by bytes would cut them in half
        String value = "Nazorg: Maand voor einde contract – Zoë (Café-restaurant Het Hôtel de Ville – één, twee, drie é é é é é é)";
        String ics = new ICalendarWriter().text("SUMMARY", value).toString();
        String[] lines = ics.split("\r\n", -1);
        assertEquals("", lines[lines.length - 1], "ends in CRLF");
        assertTrue(lines.length > 2, "folded: " + ics);
        for (int i = 0; i < lines.length - 1; i++) {
            byte[] octets = lines[i].getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, "line " + i + " has " + octets.length + " octets");
            if (i > 0) {
                assertTrue(lines[i].startsWith(" "), "a continuation line starts with a space");
            }
            // splitting a multi-byte sequence would have produced replacement characters
            assertTrue(!lines[i].contains("\uFFFD"));
        }
        // unfolding (remove CRLF + one space) gives the escaped value back
        assertEquals("SUMMARY:" + ICalendarWriter.escape(value), ics.replace("\r\n ", "").replace("\r\n", ""));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String value = "x".repeat(75 - "SUMMARY:".length());
        assertEquals("SUMMARY:" + value + "\r\n", new ICalendarWriter().text("SUMMARY", value).toString());
        assertEquals("SUMMARY:" + value + "\r\n y\r\n", new ICalendarWriter().text("SUMMARY", value + "y").toString());
    }
}
