package nl.werkhub.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchCalendarTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2038, 2038-04-25",
            // the earliest and the latest possible dates
            "2285, 2285-03-22", "1943, 1943-04-25" })
    void easterSundayByAlgorithm(int year, LocalDate easter) {
        assertEquals(easter, DutchCalendar.easterSunday(year));
    }

    @ParameterizedTest(name = "{0} is a public holiday ({1})")
    @CsvSource({
            "2026-01-01, New Year's Day", "2026-04-06, Easter Monday", "2026-04-27, King's Day (a Monday)",
            "2026-05-14, Ascension Day", "2026-05-25, Whit Monday", "2026-12-25, Christmas Day",
            "2026-12-26, Boxing Day",
            "2027-01-01, New Year's Day", "2027-03-29, Easter Monday", "2027-04-27, King's Day",
            "2027-05-06, Ascension Day", "2027-05-17, Whit Monday", "2027-12-27, no: Monday after Boxing Day is not one",
            "2025-04-26, King's Day on the 26th: 27 April 2025 is a Sunday",
            "2028-06-05, Whit Monday", "2029-05-10, Ascension Day",
            "2013-04-30, Queen's Day before 2014" })
    void publicHolidays(LocalDate date, String what) {
        assertEquals(!what.startsWith("no:"), DutchCalendar.isPublicHoliday(date), what);
    }

    @Test
    void kingsDayMovesToSaturdayOnlyWhenThe27thIsASunday() {
        assertEquals(LocalDate.of(2025, 4, 26), DutchCalendar.kingsDay(2025));
        assertFalse(DutchCalendar.isPublicHoliday(LocalDate.of(2025, 4, 27)));
        assertEquals(LocalDate.of(2031, 4, 26), DutchCalendar.kingsDay(2031)); // 27 April 2031 is a Sunday
        assertEquals(LocalDate.of(2026, 4, 27), DutchCalendar.kingsDay(2026));
    }

    @Test
    void goodFridayAndLiberationDayAreWorkingDays() {
        assertTrue(DutchCalendar.isWorkingDay(LocalDate.of(2026, 4, 3)), "Good Friday 2026");
        assertTrue(DutchCalendar.isWorkingDay(LocalDate.of(2026, 5, 5)), "5 May 2026, a Tuesday");
        assertFalse(DutchCalendar.isPublicHoliday(LocalDate.of(2030, 5, 5)), "5 May in a lustrum year too");
    }

    @Test
    void weekendsAndHolidaysMoveToTheNextWorkingDay() {
        assertEquals(LocalDate.of(2026, 11, 30), DutchCalendar.onOrNextWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
        assertEquals(LocalDate.of(2026, 11, 30), DutchCalendar.onOrNextWorkingDay(LocalDate.of(2026, 11, 29)), "Sunday");
        assertEquals(LocalDate.of(2026, 11, 27), DutchCalendar.onOrNextWorkingDay(LocalDate.of(2026, 11, 27)), "a Friday stays");
        // Christmas Friday 25, Boxing Day Saturday 26, Sunday 27 → Monday 28 December 2026
        assertEquals(LocalDate.of(2026, 12, 28), DutchCalendar.onOrNextWorkingDay(LocalDate.of(2026, 12, 25)));
        // Easter Monday after the weekend → Tuesday
        assertEquals(LocalDate.of(2026, 4, 7), DutchCalendar.nextWorkingDayAfter(LocalDate.of(2026, 4, 3)));
        // New Year's Day 2028 is a Saturday → Monday 3 January
        assertEquals(LocalDate.of(2028, 1, 3), DutchCalendar.onOrNextWorkingDay(LocalDate.of(2028, 1, 1)));
    }
}
