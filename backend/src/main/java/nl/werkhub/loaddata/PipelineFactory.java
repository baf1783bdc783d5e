package nl.werkhub.loaddata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;

import nl.werkhub.aftercare.ArrangementInput;
import nl.werkhub.aftercare.ArrangementKind;
import nl.werkhub.aftercare.CallOutcome;
import nl.werkhub.aftercare.CallResult;
import nl.werkhub.aftercare.CallStatus;
import nl.werkhub.aftercare.ContactWith;
import nl.werkhub.aftercare.DutchCalendar;
import nl.werkhub.aftercare.FollowUpCallLogRequest;
import nl.werkhub.aftercare.FollowUpKind;
import nl.werkhub.aftercare.FollowUpSchedule;
import nl.werkhub.aftercare.PlacementContract;
import nl.werkhub.aftercare.PlacementEndReason;
import nl.werkhub.aftercare.PlacementEndRequest;
import nl.werkhub.aftercare.PlacementStatus;
import nl.werkhub.aftercare.ScheduledCall;
import nl.werkhub.candidate.CandidateProfileRequest;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.matching.MatchRejectionReason;
import nl.werkhub.matching.MatchStatus;
import nl.werkhub.vacancy.ContractType;
import nl.werkhub.vacancy.VacancyStatus;

/**
 * What happened to a generated person in the pipeline: perhaps a match (in one of the pipeline's
 * statuses), perhaps a placement with its contract, arrangements and follow-up calls (the schedule of
 * {@link FollowUpSchedule}, past calls logged on their due dates, NOT_REACHED retried on the next
 * working day as the call service does). Depends on the seed, the person's index, the vacancies, the
 * jobcoach and today.
 */
final class PipelineFactory {

    static final long STREAM = 4;

    /** Share of PLACED (consenting) people with an active placement in Werkhub; others found work elsewhere. */
    static final double ACTIVE_PLACEMENT_SHARE = 0.7;
    /** Share of ACTIVE/WITHDRAWN consenting people with a placement that is over (completed or ended early). */
    static final double ENDED_PLACEMENT_SHARE = 0.014;
    /** Share of ACTIVE consenting people with a match that did not (yet) lead to a placement. */
    static final double MATCH_SHARE = 0.2;

    private static final MatchStatus[] OPEN_STATUSES = {MatchStatus.SUGGESTED, MatchStatus.PROPOSED,
            MatchStatus.INTRODUCED, MatchStatus.TRIAL, MatchStatus.REJECTED, MatchStatus.WITHDRAWN};
    private static final double[] OPEN_STATUS_WEIGHTS = {35, 20, 12, 5, 20, 8};
    private static final MatchRejectionReason[] REASONS = MatchRejectionReason.values();
    private static final double[] REASON_WEIGHTS = {30, 30, 15, 12, 8, 4, 1};
    private static final int MAX_ATTEMPTS = 3;

    enum Kind { NONE, MATCH, ACTIVE_PLACEMENT, ENDED_PLACEMENT }

    /** What this person gets; decided from the profile alone, so the placement ordinal is known in index order. */
    static Kind decide(long seed, ProfileFactory.Profile p) {
        SplittableRandom r = Draw.stream(seed, STREAM, p.index());
        CandidateProfileRequest q = p.request();
        double x = r.nextDouble();
        if (!q.consent()) {
            return Kind.NONE;
        }
        if (q.status() == CandidateStatus.PLACED) {
            return x < ACTIVE_PLACEMENT_SHARE ? Kind.ACTIVE_PLACEMENT : Kind.NONE;
        }
        if (q.status() == CandidateStatus.ACTIVE || q.status() == CandidateStatus.WITHDRAWN) {
            if (x < ENDED_PLACEMENT_SHARE) {
                return Kind.ENDED_PLACEMENT;
            }
            if (q.status() == CandidateStatus.ACTIVE && x < ENDED_PLACEMENT_SHARE + MATCH_SHARE) {
                return Kind.MATCH;
            }
        }
        return Kind.NONE;
    }

    record EventRow(UUID id, MatchStatus from, MatchStatus to, String note, MatchRejectionReason reason,
            Instant at) {
    }

    record MatchRow(UUID id, UUID vacancyId, MatchStatus status, MatchRejectionReason reason, Instant createdAt,
            Instant updatedAt, List<EventRow> events) {
    }

    record ArrangementRow(UUID id, int position, ArrangementInput input) {
    }

    record CallRow(UUID id, FollowUpKind kind, int attempt, UUID retryOf, LocalDate dueDate, CallStatus status,
            boolean flagged, FollowUpCallLogRequest log, Instant loggedAt, Instant createdAt) {
    }

    record PlacementRow(UUID id, PlacementContract contract, PlacementStatus status, PlacementEndRequest end,
            Instant createdAt, Instant updatedAt, CallOutcome lastOutcome, List<ArrangementRow> arrangements,
            List<CallRow> calls) {
    }

    /** The pipeline of one person; placement is null for a match only. */
    record Story(MatchRow match, PlacementRow placement) {
    }

    private final long seed;
    private final List<VacancyFactory.GeneratedVacancy> vacancies;
    private final Instant now;
    private final LocalDate today;

    PipelineFactory(long seed, List<VacancyFactory.GeneratedVacancy> vacancies, Instant now) {
        this.seed = seed;
        this.vacancies = vacancies;
        this.now = now;
        this.today = LocalDate.ofInstant(now, DataGenerator.ZONE);
    }

    /** The person's story, or null when no fitting vacancy was found. {@code jobcoach} only for placements. */
    Story story(ProfileFactory.Profile p, Kind kind, String jobcoach) {
        SplittableRandom r = Draw.stream(seed, STREAM, p.index());
        r.nextDouble(); // the draw of decide()
        long vacancyCount = VacancyCounts.vacancies(p.index() + 1);
        CandidateProfileRequest q = p.request();
        UUID matchId = Ids.uuid(seed, 10, p.index());
        if (kind == Kind.MATCH) {
            MatchStatus status = OPEN_STATUSES[Draw.weighted(r, OPEN_STATUS_WEIGHTS)];
            boolean ended = status == MatchStatus.REJECTED || status == MatchStatus.WITHDRAWN;
            VacancyFactory.GeneratedVacancy v = pick(r, vacancyCount, q, ended
                    ? x -> x.openedAt() != null && x.openedAt().isBefore(now.minus(3, ChronoUnit.DAYS))
                    : x -> (x.status() == VacancyStatus.OPEN || x.status() == VacancyStatus.ON_HOLD)
                            && x.openedAt().isBefore(now.minus(3, ChronoUnit.DAYS)));
            if (v == null) {
                return null;
            }
            long span = Math.max(3600, ChronoUnit.SECONDS.between(v.openedAt(), now) - 3600);
            Instant created = v.openedAt().plusSeconds(3600 + r.nextLong(span));
            return new Story(match(r, matchId, p.index(), v.id(), path(status), created, status), null);
        }

        // a placement: the contract starts within the last year (the contract window of the API)
        boolean active = kind == Kind.ACTIVE_PLACEMENT;
        PlacementStatus end = active ? PlacementStatus.ACTIVE
                : r.nextDouble() < 0.6 ? PlacementStatus.COMPLETED : PlacementStatus.ENDED_EARLY;
        LocalDate latestStart = active ? today.plusDays(7)
                : end == PlacementStatus.COMPLETED ? today.minusMonths(6).minusDays(2) : today.minusDays(20);
        LocalDate earliestStart = today.minusDays(358);
        VacancyFactory.GeneratedVacancy v = pick(r, vacancyCount, q, x -> (x.status() == VacancyStatus.FILLED
                || x.status() == VacancyStatus.OPEN && r.nextDouble() < 0.2) && x.openedAt() != null
                && day(x.openedAt()).plusDays(21).isBefore(latestStart));
        if (v == null) {
            return null;
        }
        LocalDate from = max(earliestStart, day(v.openedAt()).plusDays(21));
        LocalDate start = from.plusDays(r.nextLong(Math.max(1, from.until(latestStart, ChronoUnit.DAYS))));
        ContractType contract = v.request().contractType();
        LocalDate endDate = contractEnd(r, contract, start, end);
        int hours = Math.min(Math.max(q.hoursPerWeekMax(), v.request().hoursPerWeekMin()), v.request().hoursPerWeekMax());
        List<ArrangementInput> arrangements = new ArrayList<>();
        if (r.nextDouble() < 0.95) {
            arrangements.add(new ArrangementInput(ArrangementKind.JOBCOACH, null, null));
        }
        if (r.nextDouble() < 0.6) {
            arrangements.add(new ArrangementInput(ArrangementKind.OV_TOPUP, null, null)); // EUR 250.00
        }
        if (r.nextDouble() < 0.2) {
            arrangements.add(new ArrangementInput(ArrangementKind.TRAINING, null,
                    Draw.one(r, new String[] {"VCA-basis bij een erkend opleidingsinstituut", "Heftruckcertificaat via de werkgever",
                            "Taalcursus Nederlands op de werkvloer", "Cursus klantcontact (twee dagdelen)"})));
        }
        if (r.nextDouble() < 0.05) {
            arrangements.add(new ArrangementInput(ArrangementKind.WORKPLACE_ADAPTATION, null,
                    "Aangepaste werkplek en vaste pauzes"));
        }
        PlacementContract placementContract = new PlacementContract(start, endDate, hours, jobcoach, arrangements);

        Instant placedAt = min(at(start.minusDays(7), 9), now.minus(1, ChronoUnit.HOURS));
        Instant matchCreated = max(v.openedAt().plus(1, ChronoUnit.HOURS),
                placedAt.minus(14 + r.nextInt(21), ChronoUnit.DAYS));
        List<MatchStatus> path = new ArrayList<>(path(MatchStatus.INTRODUCED));
        if (r.nextDouble() < 0.3) {
            path.add(MatchStatus.TRIAL);
        }
        path.add(MatchStatus.PLACED);
        MatchRow match = matchWithPlacement(r, matchId, p.index(), v.id(), path, matchCreated, placedAt);

        LocalDate endedOn = null;
        PlacementEndRequest endRequest = null;
        if (end == PlacementStatus.COMPLETED) {
            endedOn = endDate;
            endRequest = new PlacementEndRequest(PlacementStatus.COMPLETED, endedOn, null,
                    "Contract uitgediend; werkgever biedt een vervolgcontract aan.");
        } else if (end == PlacementStatus.ENDED_EARLY) {
            long maxDays = Math.max(8, start.until(today.minusDays(1), ChronoUnit.DAYS));
            endedOn = start.plusDays(7 + r.nextLong(Math.min(150, maxDays - 7)));
            PlacementEndReason reason = PlacementEndReason.values()[Draw.weighted(r, new double[] {40, 20, 20, 15, 5})];
            endRequest = new PlacementEndRequest(PlacementStatus.ENDED_EARLY, endedOn, reason, switch (reason) {
                case EMPLOYEE_RESIGNED -> "Heeft zelf opgezegd: het werk paste niet bij de zorg voor de kinderen.";
                case DISMISSED -> "Werkgever heeft het contract beëindigd na herhaald te laat komen.";
                case HEALTH -> "Gestopt om gezondheidsredenen; de gemeente zoekt een passender traject.";
                case EMPLOYER_STOPPED -> "Het bedrijf is gestopt met deze afdeling.";
                case OTHER -> "Verhuisd naar een andere regio.";
            });
        }

        UUID placementId = Ids.uuid(seed, 11, p.index());
        List<ArrangementRow> arrangementRows = new ArrayList<>();
        for (int k = 0; k < placementContract.arrangements().size(); k++) {
            arrangementRows.add(new ArrangementRow(Ids.uuid(seed, 13, p.index() * 10 + k), k,
                    placementContract.arrangements().get(k)));
        }
        List<CallRow> calls = calls(r, p.index(), start, endDate, endedOn, end, placedAt);
        CallOutcome last = null;
        Instant lastLogged = null;
        Instant updated = placedAt;
        for (CallRow c : calls) {
            if (c.status() == CallStatus.DONE && (lastLogged == null || c.loggedAt().isAfter(lastLogged))) {
                last = c.log().outcome();
                lastLogged = c.loggedAt();
            }
            if (c.loggedAt() != null && c.loggedAt().isAfter(updated)) {
                updated = c.loggedAt();
            }
        }
        if (endedOn != null) {
            updated = max(updated, min(at(endedOn, 16), now));
        }
        return new Story(match, new PlacementRow(placementId, placementContract, end, endRequest, placedAt, updated, last,
                arrangementRows, calls));
    }

    /** Standard calls from the schedule; past ones logged, NOT_REACHED retried on the next working day. */
    private List<CallRow> calls(SplittableRandom r, long index, LocalDate start, LocalDate endDate, LocalDate endedOn,
            PlacementStatus status, Instant placedAt) {
        List<CallRow> rows = new ArrayList<>();
        int k = 0;
        boolean troubled = status == PlacementStatus.ENDED_EARLY;
        for (ScheduledCall scheduled : FollowUpSchedule.plan(start, endDate)) {
            LocalDate due = scheduled.dueDate();
            UUID previous = null;
            Instant created = placedAt;
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                UUID id = Ids.uuid(seed, 14, index * 32 + k++);
                boolean afterEnd = endedOn != null && due.isAfter(endedOn);
                if (afterEnd) {
                    // ending a placement cancels what is still planned
                    rows.add(new CallRow(id, scheduled.kind(), attempt, previous, due, CallStatus.CANCELLED, false, null,
                            null, created));
                    break;
                }
                if (!due.isBefore(today) || status == PlacementStatus.ACTIVE && r.nextDouble() < 0.04) {
                    rows.add(new CallRow(id, scheduled.kind(), attempt, previous, due, CallStatus.PLANNED, false, null,
                            null, created)); // due later, or overdue: the jobcoach has not got to it yet
                    break;
                }
                Instant loggedAt = min(at(due, 10 + r.nextInt(7)).plusSeconds(60L * r.nextInt(60)), now);
                if (r.nextDouble() < (attempt == 1 ? 0.12 : 0.3)) {
                    boolean last = attempt == MAX_ATTEMPTS;
                    rows.add(new CallRow(id, scheduled.kind(), attempt, previous, due, CallStatus.NOT_REACHED, last,
                            new FollowUpCallLogRequest(CallResult.NOT_REACHED, null, null,
                                    attempt == 1 ? "Voicemail ingesproken." : "Weer geen gehoor; sms gestuurd.", null),
                            loggedAt, created));
                    previous = id;
                    created = loggedAt;
                    due = DutchCalendar.nextWorkingDayAfter(due);
                    continue;
                }
                CallOutcome outcome = CallOutcome.values()[Draw.weighted(r, troubled ? new double[] {45, 35, 20}
                        : new double[] {82, 14, 4})];
                rows.add(new CallRow(id, scheduled.kind(), attempt, previous, due, CallStatus.DONE, false,
                        log(scheduled.kind(), outcome), loggedAt, created));
                break;
            }
        }
        return rows;
    }

    private static FollowUpCallLogRequest log(FollowUpKind kind, CallOutcome outcome) {
        ContactWith with = switch (outcome) {
            case GOOD -> kind == FollowUpKind.FIRST_MONTH ? ContactWith.BOTH
                    : kind == FollowUpKind.BEFORE_CONTRACT_END ? ContactWith.EMPLOYER : ContactWith.CANDIDATE;
            case CONCERN, AT_RISK -> ContactWith.BOTH;
        };
        String notes = switch (outcome) {
            case GOOD -> NOTES_GOOD.getOrDefault(kind, "Gaat goed; werkgever en werknemer zijn tevreden.");
            case CONCERN -> "Moeite met de vroege diensten: twee keer te laat begonnen. Werkgever wil het nog een kans geven.";
            case AT_RISK -> "Werkgever twijfelt aan verlenging na een conflict met de leidinggevende; werknemer overweegt te stoppen.";
        };
        String actions = switch (outcome) {
            case GOOD -> null;
            case CONCERN -> "Reisplanning en wekker doorgenomen; over twee weken opnieuw bellen.";
            case AT_RISK -> "Driegesprek met werkgever plannen; consultant is ingelicht.";
        };
        return new FollowUpCallLogRequest(CallResult.DONE, outcome, with, notes, actions);
    }

    private static final Map<FollowUpKind, String> NOTES_GOOD = Map.of(
            FollowUpKind.FIRST_DAY, "Eerste dag goed verlopen; hartelijk ontvangen door het team.",
            FollowUpKind.FIRST_WEEK, "Eerste week goed; de werktijden en de reis gaan prima.",
            FollowUpKind.FIRST_MONTH, "Werkgever tevreden over inzet en op tijd komen; werknemer heeft het naar de zin.",
            FollowUpKind.BEFORE_CONTRACT_END, "Werkgever wil het contract verlengen.");

    private LocalDate contractEnd(SplittableRandom r, ContractType type, LocalDate start, PlacementStatus status) {
        if (status == PlacementStatus.ACTIVE) {
            if (type == ContractType.PERMANENT) {
                return null;
            }
            int[] months = type == ContractType.BBL ? new int[] {12, 24} : type == ContractType.TRIAL_PLACEMENT
                    ? new int[] {3, 6, 12} : new int[] {6, 12};
            for (int m : months) {
                if (start.plusMonths(m).isAfter(today.plusDays(7)) && r.nextDouble() < 0.7) {
                    return start.plusMonths(m);
                }
            }
            return start.plusMonths(months[months.length - 1]).isAfter(today.plusDays(7))
                    ? start.plusMonths(months[months.length - 1]) : start.plusMonths(12);
        }
        // a placement that is over: a completed one ran its six months; one that ended early had 6 or 12
        return start.plusMonths(status == PlacementStatus.COMPLETED || r.nextDouble() < 0.6 ? 6 : 12);
    }

    private MatchRow match(SplittableRandom r, UUID id, long index, UUID vacancyId, List<MatchStatus> path,
            Instant created, MatchStatus status) {
        List<EventRow> events = new ArrayList<>();
        Instant at = created;
        MatchStatus from = null;
        MatchRejectionReason reason = null;
        int k = 0;
        for (MatchStatus to : path) {
            MatchRejectionReason eventReason = null;
            String note = null;
            if (to == MatchStatus.REJECTED || to == MatchStatus.WITHDRAWN && r.nextDouble() < 0.5) {
                eventReason = REASONS[Draw.weighted(r, REASON_WEIGHTS)];
                note = eventReason == MatchRejectionReason.OTHER ? "Kandidaat is verhuisd." : null;
                reason = eventReason;
            }
            events.add(new EventRow(Ids.uuid(seed, 12, index * 8 + k++), from, to, note, eventReason, at));
            from = to;
            Instant next = at.plus(1 + r.nextInt(6), ChronoUnit.DAYS).plusSeconds(r.nextInt(3600));
            at = next.isBefore(now) ? next : at.plusSeconds(60);
        }
        Instant updated = events.get(events.size() - 1).at();
        return new MatchRow(id, vacancyId, status, reason, created, updated, events);
    }

    private MatchRow matchWithPlacement(SplittableRandom r, UUID id, long index, UUID vacancyId, List<MatchStatus> path,
            Instant created, Instant placedAt) {
        List<EventRow> events = new ArrayList<>();
        long span = Math.max(path.size(), ChronoUnit.SECONDS.between(created, placedAt));
        for (int k = 0; k < path.size(); k++) {
            Instant at = k == path.size() - 1 ? placedAt : created.plusSeconds(span * k / path.size());
            events.add(new EventRow(Ids.uuid(seed, 12, index * 8 + k), k == 0 ? null : path.get(k - 1), path.get(k),
                    k == path.size() - 1 ? "Contract getekend." : null, null, at));
        }
        return new MatchRow(id, vacancyId, MatchStatus.PLACED, null, created, placedAt, events);
    }

    /** SUGGESTED up to the status, the way the pipeline goes (an ended match ends after a step or two). */
    private static List<MatchStatus> path(MatchStatus status) {
        return switch (status) {
            case SUGGESTED -> List.of(MatchStatus.SUGGESTED);
            case PROPOSED -> List.of(MatchStatus.SUGGESTED, MatchStatus.PROPOSED);
            case INTRODUCED -> List.of(MatchStatus.SUGGESTED, MatchStatus.PROPOSED, MatchStatus.INTRODUCED);
            case TRIAL -> List.of(MatchStatus.SUGGESTED, MatchStatus.PROPOSED, MatchStatus.INTRODUCED, MatchStatus.TRIAL);
            case REJECTED -> List.of(MatchStatus.SUGGESTED, MatchStatus.PROPOSED, MatchStatus.REJECTED);
            case WITHDRAWN -> List.of(MatchStatus.SUGGESTED, MatchStatus.WITHDRAWN);
            case PLACED -> throw new IllegalArgumentException("a placement has its own path");
        };
    }

    /** A vacancy among the first {@code count} that passes the test, preferably in a sector the person wants. */
    private VacancyFactory.GeneratedVacancy pick(SplittableRandom r, long count, CandidateProfileRequest q,
            Predicate<VacancyFactory.GeneratedVacancy> test) {
        VacancyFactory.GeneratedVacancy fallback = null;
        for (int tries = 0; tries < 40; tries++) {
            VacancyFactory.GeneratedVacancy v = vacancies.get((int) r.nextLong(count));
            if (!test.test(v)) {
                continue;
            }
            if (q.preferredSectors().contains(v.request().sector())) {
                return v;
            }
            if (fallback == null) {
                fallback = v;
            }
        }
        return fallback;
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, DataGenerator.ZONE);
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(DataGenerator.ZONE).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static final BigDecimal OV_TOPUP = ArrangementInput.DEFAULT_OV_TOPUP;
}
