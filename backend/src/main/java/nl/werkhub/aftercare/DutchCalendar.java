package nl.werkhub.aftercare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * Working days in the Netherlands, for when an aftercare call is due: Saturdays, Sundays and the
 * public holidays below are not working days. Computed for any year, so nothing needs a yearly list.
 *
 * <p>Holidays: New Year's Day, Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas Day
 * and Boxing Day. Two days are deliberately working days (docs/decisions-backend.md, "Aftercare"):
 * <ul>
 * <li>Good Friday is not a general holiday in the Netherlands (the Algemene termijnenwet does not
 * list it) and most employers in this programme's sectors (retail, logistics, hospitality, care)
 * work; a new employee is at work and reachable.</li>
 * <li>5 May (Liberation Day) is listed by the Algemene termijnenwet, but most collective agreements
 * give it off only once every five years, so for nearly every new employee it is a normal working
 * day. Moving every call on 5 May would delay four calls in five for nothing.</li>
 * </ul>
 */
public final class DutchCalendar {

    private DutchCalendar() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date);
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public static LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first working day strictly after the date. */
    public static LocalDate nextWorkingDayAfter(LocalDate date) {
        return onOrNextWorkingDay(date.plusDays(1));
    }

    public static boolean isPublicHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        return date.equals(LocalDate.of(year, Month.JANUARY, 1))
                || date.equals(easter.plusDays(1)) // Easter Monday
                || date.equals(kingsDay(year))
                || date.equals(easter.plusDays(39)) // Ascension Day, a Thursday
                || date.equals(easter.plusDays(50)) // Whit Monday
                || date.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /**
     * King's Day: 27 April, or 26 April when the 27th is a Sunday (since 2014). Before 2014 it was
     * Queen's Day, 30 April, or 29 April when the 30th was a Sunday; kept so that old dates (contracts
     * entered late, tests) are right too.
     */
    static LocalDate kingsDay(int year) {
        LocalDate day = year >= 2014 ? LocalDate.of(year, Month.APRIL, 27) : LocalDate.of(year, Month.APRIL, 30);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar: the anonymous algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
