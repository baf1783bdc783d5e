package nl.werkhub.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schedule as a table: start, end (empty = permanent), then the due dates of FIRST_DAY,
 * FIRST_WEEK, FIRST_MONTH and BEFORE_CONTRACT_END (empty = no such call). The expected dates were
 * worked out by hand against a calendar and cross-checked with an independent implementation
 * (Python's dateutil Easter and relativedelta); the reason is in the last column.
 */
class FollowUpScheduleTest {

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', nullValues = "", value = {
            "2026-12-01|2027-05-31|2026-12-02|2026-12-08|2027-01-04|2027-04-30|ordinary weekdays; first month 1 Jan holiday + weekend → Mon 4 Jan",
            "2026-12-24||2026-12-28|2026-12-31|2027-01-25|| Christmas, Boxing Day and Sunday push the first day to Monday 28; permanent: no end call",
            "2027-01-31|2027-12-31|2027-02-01|2027-02-08|2027-03-01|2027-11-30|31 January + 1 month = 28 February 2027, a Sunday → Mon 1 March",
            "2027-01-29||2027-02-01|2027-02-05|2027-03-01||started on a Friday: first day call Monday",
            "2026-04-03|2026-05-05|2026-04-07|2026-04-10|2026-05-04||Good Friday start; Easter Monday skipped; end − 1 month (5 Apr) is before the first-month call",
            "2026-04-24|2026-06-30|2026-04-28|2026-05-01|2026-05-26|2026-06-01|King's Day 27 April skipped; 5 May would be a working day; 25 May Whit Monday → 26",
            "2026-05-13||2026-05-15|2026-05-20|2026-06-15||Ascension Day 14 May skipped; 13 June is a Saturday → Mon 15",
            "2026-05-22|2026-07-26|2026-05-26|2026-05-29|2026-06-22|2026-06-26|weekend and Whit Monday skipped; end call just after the first-month call",
            "2027-12-31|2028-03-31|2028-01-03|2028-01-07|2028-01-31|2028-02-29|New Year's Day on a Saturday; 31 March − 1 month = 29 February in a leap year",
            "2028-01-31|2028-06-30|2028-02-01|2028-02-07|2028-02-29|2028-05-30|31 January + 1 month = 29 February 2028",
            "2026-03-31|2026-05-31|2026-04-01|2026-04-07|2026-04-30||end − 1 month is the first-month call's own day: no second call",
            "2025-04-25||2025-04-28|2025-05-02|2025-05-26||King's Day 2025 on Saturday 26 April (27th a Sunday)"})
    void plansTheStandardCalls(LocalDate start, LocalDate end, LocalDate firstDay, LocalDate firstWeek,
            LocalDate firstMonth, LocalDate beforeEnd, String why) {
        List<ScheduledCall> expected = new ArrayList<>(List.of(
                new ScheduledCall(FollowUpKind.FIRST_DAY, firstDay),
                new ScheduledCall(FollowUpKind.FIRST_WEEK, firstWeek),
                new ScheduledCall(FollowUpKind.FIRST_MONTH, firstMonth)));
        if (beforeEnd != null) {
            expected.add(new ScheduledCall(FollowUpKind.BEFORE_CONTRACT_END, beforeEnd));
        }
        assertEquals(expected, FollowUpSchedule.plan(start, end), why);
    }
}
