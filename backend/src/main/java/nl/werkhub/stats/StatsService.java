package nl.werkhub.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard. Every figure is one aggregate statement in PostgreSQL: the rows never travel to
 * the backend, so the cost does not grow with the number of placements shipped, only with what the
 * indexes have to visit. "Today" is the injected clock's date in the Netherlands, and timestamps
 * are compared as Dutch dates, like the due dates of calls elsewhere in the backend.
 */
@ApplicationScoped
public class StatsService {

    /** Who the figures are for: everyone's placements, or those of one municipality's candidates. */
    public record Scope(String municipality) {
        public static final Scope ALL = new Scope(null);

        public static Scope municipality(String code) {
            // a municipal token without a claim sees nothing, as on every other route
            return new Scope(code == null ? "" : code);
        }

        boolean all() {
            return municipality == null;
        }
    }

    /** Where "today" and the date of a timestamp are taken (the programme is Dutch). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String SQL_ZONE = "'Europe/Amsterdam'";

    private static final int[] RETENTION_MONTHS = { 1, 3, 6 };

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "werkhub.stats.placement-target")
    int placementTarget;

    @ConfigProperty(name = "werkhub.stats.target-start")
    LocalDate targetStart;

    @ConfigProperty(name = "werkhub.stats.target-end")
    LocalDate targetEnd;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatsResponse stats(StatsPeriod period, Scope scope) {
        LocalDate today = today();
        return new StatsResponse(
                new StatsResponse.Period(period.from(), period.to()),
                placementsPerMonth(period, scope),
                placementsPerMunicipality(period, scope),
                vacancies(),
                medianDaysToPlacement(period, scope),
                aftercareOnTime(period, scope, today),
                retention(period, scope, today),
                count("select count(*) from placement p where p.status = 'ACTIVE' and p.at_risk and " + where(scope), scope),
                count("select count(*) from placement p where p.status = 'ACTIVE' and " + UNREACHABLE + " and " + where(scope),
                        scope),
                target(scope, today));
    }

    // ---- the figures --------------------------------------------------------------------------

    private List<StatsResponse.MonthCount> placementsPerMonth(StatsPeriod period, Scope scope) {
        Query q = query("""
                select to_char(m.month, 'YYYY-MM'), count(p.id)
                from generate_series(date_trunc('month', cast(:from as date)), date_trunc('month', cast(:to as date)),
                                     interval '1 month') as m(month)
                left join placement p on p.start_date >= m.month and p.start_date < m.month + interval '1 month'
                     and p.start_date between :from and :to and %s
                group by m.month
                order by m.month""".formatted(where(scope)), scope);
        bindPeriod(q, period);
        return rows(q).stream().map(r -> new StatsResponse.MonthCount((String) r[0], number(r[1]))).toList();
    }

    private List<StatsResponse.MunicipalityCount> placementsPerMunicipality(StatsPeriod period, Scope scope) {
        Query q = query("""
                select mu.code, mu.name, count(*)
                from placement p join municipality mu on mu.code = p.municipality_code
                where p.start_date between :from and :to and %s
                group by mu.code, mu.name
                order by count(*) desc, mu.name""".formatted(where(scope)), scope);
        bindPeriod(q, period);
        return rows(q).stream()
                .map(r -> new StatsResponse.MunicipalityCount((String) r[0], (String) r[1], number(r[2]))).toList();
    }

    /** Regional: vacancies belong to employers, not to a municipality's candidates. */
    private StatsResponse.Vacancies vacancies() {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'FILLED')
                from vacancy""").getSingleResult();
        return new StatsResponse.Vacancies(number(r[0]), number(r[1]));
    }

    /**
     * From the vacancy's first opening to the moment the placement was made (its creation, not its
     * start date, which is the employer's and can lie weeks ahead), over placements made in the period.
     */
    private Double medianDaysToPlacement(StatsPeriod period, Scope scope) {
        Query q = query("""
                select round(cast(percentile_cont(0.5) within group (
                           order by extract(epoch from (p.created_at - v.opened_at)) / 86400.0) as numeric), 1)
                from placement p join vacancy v on v.id = p.vacancy_id
                where v.opened_at is not null
                  and cast(p.created_at at time zone %s as date) between :from and :to and %s"""
                .formatted(SQL_ZONE, where(scope)), scope);
        bindPeriod(q, period);
        Object median = q.getSingleResult();
        return median == null ? null : ((Number) median).doubleValue();
    }

    /**
     * Calls due in the period up to today that were not cancelled; a call due today that is still
     * planned is not late yet and is left out until it is logged. On time: done, logged (Dutch date) on
     * or before the due date. A not-reached attempt is due and not on time; its retry is a call of
     * its own.
     */
    private StatsResponse.AftercareOnTime aftercareOnTime(StatsPeriod period, Scope scope, LocalDate today) {
        Query q = query("""
                select count(*),
                       count(*) filter (where c.status = 'DONE'
                                          and cast(c.logged_at at time zone %s as date) <= c.due_date)
                from follow_up_call c join placement p on p.id = c.placement_id
                where c.status <> 'CANCELLED'
                  and c.due_date between :from and :to
                  and (c.due_date < :today or (c.due_date = :today and c.status <> 'PLANNED'))
                  and %s""".formatted(SQL_ZONE, where(scope)), scope);
        bindPeriod(q, period);
        q.setParameter("today", today);
        Object[] r = (Object[]) q.getSingleResult();
        long due = number(r[0]);
        long onTime = number(r[1]);
        return new StatsResponse.AftercareOnTime(due, onTime, ratio(onTime, due));
    }

    /**
     * Placements starting in the period whose start + n months has been reached by today; retained
     * unless they ended early before that day (completing a short contract is not dropping out).
     */
    private List<StatsResponse.Retention> retention(StatsPeriod period, Scope scope, LocalDate today) {
        Query q = query("""
                select r.months, count(p.id),
                       count(p.id) filter (where not (p.status = 'ENDED_EARLY'
                                             and p.ended_on < cast(p.start_date + make_interval(months => r.months) as date)))
                from (values (%d), (%d), (%d)) as r(months)
                left join placement p on p.start_date between :from and :to
                     and cast(p.start_date + make_interval(months => r.months) as date) <= :today
                     and %s
                group by r.months
                order by r.months""".formatted(RETENTION_MONTHS[0], RETENTION_MONTHS[1], RETENTION_MONTHS[2],
                where(scope)), scope);
        bindPeriod(q, period);
        q.setParameter("today", today);
        return rows(q).stream().map(r -> {
            long eligible = number(r[1]);
            long retained = number(r[2]);
            return new StatsResponse.Retention(((Number) r[0]).intValue(), eligible, retained, ratio(retained, eligible));
        }).toList();
    }

    /**
     * The programme's target over its own period. A municipality sees its own placements against the
     * regional target: how much it contributes, not a target of its own.
     */
    private StatsResponse.Target target(Scope scope, LocalDate today) {
        Query q = query("select count(*) from placement p where p.start_date between :ts and :te and " + where(scope), scope);
        q.setParameter("ts", targetStart);
        q.setParameter("te", targetEnd);
        long placed = number(q.getSingleResult());
        long totalDays = ChronoUnit.DAYS.between(targetStart, targetEnd) + 1;
        long passed = Math.max(0, Math.min(totalDays, ChronoUnit.DAYS.between(targetStart, today) + 1));
        long expected = BigDecimal.valueOf(placementTarget).multiply(BigDecimal.valueOf(passed))
                .divide(BigDecimal.valueOf(totalDays), 0, RoundingMode.HALF_UP).longValue();
        Double ratio = ratio(placed, placementTarget);
        return new StatsResponse.Target(placementTarget, targetStart, targetEnd, placed, ratio == null ? 0 : ratio,
                expected);
    }

    // ---- SQL helpers --------------------------------------------------------------------------

    /**
     * A placement is unreachable when one of its calls was flagged (the last attempt not reached)
     * and no call of it was done after that.
     */
    static final String UNREACHABLE = """
            exists (select 1 from follow_up_call f
                    where f.placement_id = p.id and f.flagged
                      and not exists (select 1 from follow_up_call d
                                      where d.placement_id = p.id and d.status = 'DONE' and d.logged_at > f.logged_at))""";

    /** The scope as a condition on placement {@code p}. */
    private static String where(Scope scope) {
        return scope.all() ? "true" : "p.municipality_code = :municipality";
    }

    private Query query(String sql, Scope scope) {
        Query q = em.createNativeQuery(sql);
        if (!scope.all()) {
            q.setParameter("municipality", scope.municipality());
        }
        return q;
    }

    private long count(String sql, Scope scope) {
        return number(query(sql, scope).getSingleResult());
    }

    private static void bindPeriod(Query q, StatsPeriod period) {
        q.setParameter("from", period.from());
        q.setParameter("to", period.to());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** part / whole with three decimals, or null when there is no whole. */
    static Double ratio(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
