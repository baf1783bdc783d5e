package nl.werkhub.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.QueryParams;

/** The dashboard's period, both days included, read from the query. */
public record StatsPeriod(LocalDate from, LocalDate to) {

    /** A chart of more months than this is unreadable, and the queries should stay cheap. */
    public static final int MAX_MONTHS = 36;
    /** The default: this month and the eleven before it. */
    static final int DEFAULT_MONTHS = 12;

    /**
     * {@code to} defaults to today, {@code from} to the first day of the month eleven months before
     * {@code to}: a year of whole months with the current one so far. Errors about the period as a
     * whole are reported on {@code from}, which is what moves it.
     */
    public static StatsPeriod of(String fromParam, String toParam, LocalDate today) {
        LocalDate from = QueryParams.date("from", fromParam);
        LocalDate to = QueryParams.date("to", toParam);
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = YearMonth.from(to).minusMonths(DEFAULT_MONTHS - 1L).atDay(1);
        }
        if (from.isAfter(to)) {
            throw new MalformedRequestException("from", Text.of("field.stats.from-after-to", to.toString()));
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1 > MAX_MONTHS) {
            throw new MalformedRequestException("from", Text.of("field.stats.period-too-long", MAX_MONTHS));
        }
        return new StatsPeriod(from, to);
    }
}
