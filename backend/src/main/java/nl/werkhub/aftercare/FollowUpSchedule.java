package nl.werkhub.aftercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard aftercare calls of a placement, from its contract dates (issue 5). A due date that
 * falls on a weekend or a public holiday moves to the next working day ({@link DutchCalendar}).
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    /**
     * <ul>
     * <li>{@code FIRST_DAY}: the first working day after the start date (the call is about how the
     * first day went);</li>
     * <li>{@code FIRST_WEEK}: start date + 7 days;</li>
     * <li>{@code FIRST_MONTH}: start date + 1 calendar month (31 January gives the last day of
     * February);</li>
     * <li>{@code BEFORE_CONTRACT_END}: end date − 1 calendar month, only for a contract with an end
     * date and only when that call falls after the {@code FIRST_MONTH} call — a short contract gets
     * no separate "before the end" call on top of the first-month one.</li>
     * </ul>
     *
     * @param endDate null for a permanent contract
     */
    public static List<ScheduledCall> plan(LocalDate startDate, LocalDate endDate) {
        Objects.requireNonNull(startDate, "startDate");
        List<ScheduledCall> calls = new ArrayList<>(4);
        calls.add(new ScheduledCall(FollowUpKind.FIRST_DAY, DutchCalendar.nextWorkingDayAfter(startDate)));
        calls.add(new ScheduledCall(FollowUpKind.FIRST_WEEK, DutchCalendar.onOrNextWorkingDay(startDate.plusDays(7))));
        LocalDate firstMonth = DutchCalendar.onOrNextWorkingDay(startDate.plusMonths(1));
        calls.add(new ScheduledCall(FollowUpKind.FIRST_MONTH, firstMonth));
        if (endDate != null) {
            LocalDate beforeEnd = DutchCalendar.onOrNextWorkingDay(endDate.minusMonths(1));
            if (beforeEnd.isAfter(firstMonth)) {
                calls.add(new ScheduledCall(FollowUpKind.BEFORE_CONTRACT_END, beforeEnd));
            }
        }
        return List.copyOf(calls);
    }
}
