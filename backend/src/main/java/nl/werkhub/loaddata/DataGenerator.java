package nl.werkhub.loaddata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.werkhub.aftercare.Jobcoach;
import nl.werkhub.aftercare.JobcoachDirectory;
import nl.werkhub.aftercare.PlacementService;
import nl.werkhub.aftercare.PlacementStatus;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.candidate.BulkIntakeItem;
import nl.werkhub.candidate.BulkIntakeResponse;
import nl.werkhub.candidate.BulkIntakeResult;
import nl.werkhub.candidate.CandidateIntakeService;
import nl.werkhub.candidate.IntakeOutcome;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.validation.Postcodes;
import nl.werkhub.matching.MatchScoring;
import nl.werkhub.matching.MatchStatus;
import nl.werkhub.matching.ScoredPair;
import nl.werkhub.vacancy.TalentRequirement;
import nl.werkhub.vacancy.VacancyStatus;
import nl.werkhub.vacancy.VacancyTalentInput;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Synthetic national data from a seed (docs/data.md): employers, vacancies, talent profiles, matches,
 * placements and follow-up calls for a number of profiles. Item {@code i} of each kind depends only on
 * the seed and {@code i} (and on the jobcoaches of the directory and today's date), and rows have ids
 * derived from the same, so a second run writes nothing, an interrupted run resumes, and a larger size
 * adds to a smaller one.
 *
 * <p>Every request record is checked with the API's {@link Validator} and the services' own rules
 * before it is written; the first refusal aborts the run ({@link GeneratorException}): it is a bug in
 * the generator, never data to skip. Profiles go through {@link CandidateIntakeService#bulk}, the API's
 * own path; the rest is written with JDBC batches, as the services would write it, with the audit
 * columns saying {@code data-generator}.
 */
@ApplicationScoped
public class DataGenerator {

    private static final Logger LOG = Logger.getLogger(DataGenerator.class);

    public static final long DEFAULT_SEED = 20261127L;
    public static final String NAME = "data-generator";
    static final ZoneId ZONE = PlacementService.ZONE;
    static final Actor ACTOR = Actor.system(NAME);
    static final AuditActor AUDIT_ACTOR = AuditActor.system(NAME);
    static final String ROUTE = "CLI generate";
    /** Placements per jobcoach, filled in index order; about three quarters stay active, so ~35 active each. */
    static final int PLACEMENTS_PER_JOBCOACH = 47;
    /** Profiles per block: one bulk intake per municipality and one transaction of pipeline rows. */
    static final int BLOCK = 5000;
    private static final int BATCH = 1000;

    @Inject
    Validator validator;

    @Inject
    CandidateIntakeService intake;

    @Inject
    JobcoachDirectory directory;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    MatchScoring scoring;

    @Inject
    ObjectMapper json;

    /** What a run made and found. Counts are of the whole size; "written" is what this run added. */
    public record Summary(long size, long seed, long employers, long vacancies, long profiles, long profilesWritten,
            long matches, long placements, long activePlacements, long calls, long rowsWritten, int jobcoaches,
            long placementsWithoutJobcoach, double seconds) {

        public String line() {
            return String.format(Locale.ROOT,
                    "generated: size=%d seed=%d employers=%d vacancies=%d profiles=%d (written %d) matches=%d "
                            + "placements=%d (active %d) calls=%d jobcoaches=%d%s rows-written=%d in %.1f s (%.0f profiles/s)",
                    size, seed, employers, vacancies, profiles, profilesWritten, matches, placements, activePlacements,
                    calls, jobcoaches, placementsWithoutJobcoach > 0
                            ? " placements-skipped-for-lack-of-jobcoaches=" + placementsWithoutJobcoach : "",
                    rowsWritten, seconds, profilesWritten / Math.max(0.001, seconds));
        }
    }

    public Summary generate(long size, long seed, Consumer<String> progress) {
        if (size < 0) {
            throw new GeneratorException("size must be 0 or more, not " + size);
        }
        long t0 = System.nanoTime();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        requireMunicipalities();
        Map<String, List<String>> taxonomy = taxonomy();
        Set<String> activeTalents = taxonomy.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<Jobcoach> coaches = jobcoaches();
        List<String> coachNames = coaches.stream().map(Jobcoach::username).toList();
        Map<String, String> coachDisplay = coaches.stream()
                .collect(Collectors.toMap(Jobcoach::username, Jobcoach::displayName, (a, b) -> a));
        Counter counter = new Counter();

        // employers and vacancies: all of them in memory (a few per cent of the profiles), written first
        EmployerFactory employerFactory = new EmployerFactory(seed, now);
        List<EmployerFactory.GeneratedEmployer> employers = new ArrayList<>();
        for (long e = 0; e < VacancyCounts.employers(size); e++) {
            EmployerFactory.GeneratedEmployer employer = employerFactory.employer(e);
            check("employer " + e, employer.request());
            employers.add(employer);
        }
        VacancyFactory vacancyFactory = new VacancyFactory(seed, now);
        List<VacancyFactory.GeneratedVacancy> vacancies = new ArrayList<>();
        for (long v = 0; v < VacancyCounts.vacancies(size); v++) {
            VacancyFactory.GeneratedVacancy vacancy = vacancyFactory.vacancy(v,
                    employers.get((int) VacancyCounts.employerOf(v)));
            check("vacancy " + v, vacancy.request());
            checkVacancyRules(vacancy, activeTalents);
            vacancies.add(vacancy);
        }
        counter.rows += writeEmployers(employers);
        counter.rows += writeVacancies(vacancies);
        progress.accept(String.format(Locale.ROOT, "employers %d, vacancies %d written (%.1f s)", employers.size(),
                vacancies.size(), seconds(t0)));

        ProfileFactory profiles = new ProfileFactory(taxonomy, coachNames, seed);
        PipelineFactory pipeline = new PipelineFactory(seed, vacancies, now);
        long placementOrdinal = 0;
        long lastReport = System.nanoTime();
        for (long from = 0; from < size; from += BLOCK) {
            long to = Math.min(size, from + BLOCK);
            List<ProfileFactory.Profile> block = new ArrayList<>();
            Map<Long, PipelineFactory.Kind> kinds = new HashMap<>();
            Map<Long, String> coachOf = new HashMap<>();
            for (long i = from; i < to; i++) {
                ProfileFactory.Profile p = profiles.profile(i);
                PipelineFactory.Kind kind = PipelineFactory.decide(seed, p);
                if (kind == PipelineFactory.Kind.ACTIVE_PLACEMENT || kind == PipelineFactory.Kind.ENDED_PLACEMENT) {
                    long coach = placementOrdinal++ / PLACEMENTS_PER_JOBCOACH;
                    if (coach >= coachNames.size()) {
                        counter.placementsWithoutJobcoach++;
                        kind = PipelineFactory.Kind.NONE;
                    } else {
                        coachOf.put(i, coachNames.get((int) coach));
                        if (kind == PipelineFactory.Kind.ACTIVE_PLACEMENT) {
                            // the placement made the person PLACED and assigned them to its jobcoach
                            p = ProfileFactory.with(p, p.request().status(), coachNames.get((int) coach));
                        }
                    }
                }
                kinds.put(i, kind);
                block.add(p);
            }
            Map<String, UUID> ids = publish(block, counter);
            writePipeline(block, kinds, coachOf, coachDisplay, ids, pipeline, now, counter);
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                double s = seconds(t0);
                progress.accept(String.format(Locale.ROOT, "profiles %d of %d (written %d, %.0f/s), matches %d, "
                        + "placements %d, calls %d (%.0f s)", to, size, counter.profilesWritten,
                        counter.profilesWritten / Math.max(0.001, s), counter.matches, counter.placements,
                        counter.calls, s));
            }
        }
        Summary summary = new Summary(size, seed, employers.size(), vacancies.size(), size, counter.profilesWritten,
                counter.matches, counter.placements, counter.activePlacements, counter.calls, counter.rows,
                (int) Math.min(coachNames.size(), (placementOrdinal + PLACEMENTS_PER_JOBCOACH - 1) / PLACEMENTS_PER_JOBCOACH),
                counter.placementsWithoutJobcoach, seconds(t0));
        LOG.info(summary.line());
        return summary;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static final class Counter {
        long rows;
        long profilesWritten;
        long matches;
        long placements;
        long activePlacements;
        long calls;
        long placementsWithoutJobcoach;
    }

    // ---- checks: the API's validation and the services' rules --------------------------------

    private void check(String what, Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new GeneratorException("the generator made an invalid " + what + " (" + request.getClass().getSimpleName()
                    + "): " + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    /** VacancyService: known, active talents; VacancyStatus: a status reachable from DRAFT, opened when it was. */
    private static void checkVacancyRules(VacancyFactory.GeneratedVacancy v, Set<String> activeTalents) {
        for (VacancyTalentInput t : v.request().talents()) {
            if (!activeTalents.contains(t.code())) {
                throw new GeneratorException("the generator made vacancy " + v.index() + " with unknown or retired talent "
                        + t.code());
            }
        }
        boolean opened = v.openedAt() != null;
        boolean mustBeOpened = v.status() == VacancyStatus.OPEN || v.status() == VacancyStatus.ON_HOLD
                || v.status() == VacancyStatus.FILLED;
        if (v.status() == VacancyStatus.DRAFT && opened || mustBeOpened && !opened) {
            throw new GeneratorException("the generator made vacancy " + v.index() + " " + v.status() + " with opened at "
                    + v.openedAt());
        }
    }

    private void requireMunicipalities() {
        Set<String> known = new HashSet<>(query("select code from municipality", rs -> rs.getString(1)));
        List<String> missing = Places.ALL.stream().map(Places.Place::code).filter(c -> !known.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new GeneratorException("the database lacks the municipalities " + missing
                    + " (migration V9 adds them; is the schema up to date?)");
        }
    }

    private Map<String, List<String>> taxonomy() {
        Map<String, List<String>> taxonomy = new TreeMap<>();
        for (String[] row : query("select category, code from talent where not retired order by code",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            taxonomy.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return taxonomy;
    }

    /**
     * The directory's jobcoaches, the demo user {@code jobcoach} first (so it gets an average caseload,
     * not whatever is left), then by username: placements fill them in this order.
     */
    private List<Jobcoach> jobcoaches() {
        List<Jobcoach> all = new ArrayList<>(directory.all());
        all.sort(Comparator.comparing((Jobcoach j) -> !j.username().equals("jobcoach")).thenComparing(Jobcoach::username));
        return all;
    }

    // ---- profiles: through the municipal bulk intake ------------------------------------------

    /** Publishes the block's profiles that are not there yet; returns the candidate ids by client number. */
    private Map<String, UUID> publish(List<ProfileFactory.Profile> block, Counter counter) {
        Map<String, UUID> ids = new HashMap<>();
        List<String> numbers = block.stream().map(ProfileFactory.Profile::clientNumber).toList();
        Map<String, String> municipalityOf = new HashMap<>();
        block.forEach(p -> municipalityOf.put(p.clientNumber(), p.municipality()));
        for (Object[] row : query("select client_number, municipality_code, id from candidate where client_number = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", numbers.toArray())),
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)})) {
            if (row[1].equals(municipalityOf.get(row[0]))) {
                ids.put((String) row[0], (UUID) row[2]);
            }
        }
        Map<String, List<BulkIntakeItem>> byMunicipality = new LinkedHashMap<>();
        for (ProfileFactory.Profile p : block) {
            if (!ids.containsKey(p.clientNumber())) {
                byMunicipality.computeIfAbsent(p.municipality(), m -> new ArrayList<>())
                        .add(new BulkIntakeItem(p.clientNumber(), p.request()));
            }
        }
        for (Map.Entry<String, List<BulkIntakeItem>> entry : byMunicipality.entrySet()) {
            BulkIntakeResponse response = intake.bulk(entry.getKey(), entry.getValue(), AUDIT_ACTOR, ROUTE,
                    Locale.ENGLISH, null);
            for (BulkIntakeResult result : response.results()) {
                if (result.outcome() == IntakeOutcome.INVALID) {
                    BulkIntakeItem item = entry.getValue().get(result.index());
                    throw new GeneratorException("the intake refused generated profile " + item.clientNumber() + " of "
                            + entry.getKey() + ": " + result.problem().detail() + " " + result.problem().violations());
                }
                ids.put(result.clientNumber(), result.candidateId());
            }
            counter.profilesWritten += response.created() + response.updated();
            counter.rows += response.created() + response.updated();
        }
        return ids;
    }

    // ---- matches, placements, calls ----------------------------------------------------------

    private void writePipeline(List<ProfileFactory.Profile> block, Map<Long, PipelineFactory.Kind> kinds,
            Map<Long, String> coachOf, Map<String, String> coachDisplay, Map<String, UUID> ids,
            PipelineFactory pipeline, Instant now, Counter counter) {
        List<Object[]> stories = new ArrayList<>(); // {profile, candidateId, story}
        for (ProfileFactory.Profile p : block) {
            PipelineFactory.Kind kind = kinds.get(p.index());
            if (kind == PipelineFactory.Kind.NONE) {
                continue;
            }
            PipelineFactory.Story story = pipeline.story(p, kind, coachOf.get(p.index()));
            if (story == null) {
                continue;
            }
            counter.matches++;
            if (story.placement() != null) {
                counter.placements++;
                counter.calls += story.placement().calls().size();
                if (story.placement().status() == PlacementStatus.ACTIVE) {
                    counter.activePlacements++;
                }
                check("placement contract of " + p.clientNumber(), story.placement().contract());
                if (story.placement().end() != null) {
                    check("placement end of " + p.clientNumber(), story.placement().end());
                    LocalDate endedOn = story.placement().end().endedOn();
                    if (endedOn.isBefore(story.placement().contract().startDate())
                            || endedOn.isAfter(LocalDate.ofInstant(now, ZONE))) {
                        throw new GeneratorException("the generator ended placement of " + p.clientNumber() + " on "
                                + endedOn + ", outside its contract or in the future");
                    }
                }
                if (!coachDisplay.containsKey(story.placement().contract().jobcoach())) {
                    throw new GeneratorException("the generator placed " + p.clientNumber() + " with jobcoach "
                            + story.placement().contract().jobcoach() + ", whom the directory does not know");
                }
                for (PipelineFactory.CallRow call : story.placement().calls()) {
                    if (call.log() != null) {
                        check("call log of " + p.clientNumber(), call.log());
                    }
                }
            }
            MatchStatus previous = null;
            for (PipelineFactory.EventRow event : story.match().events()) {
                if (previous != null && !previous.canMoveTo(event.to())) {
                    throw new GeneratorException("the generator moved a match of " + p.clientNumber() + " from " + previous
                            + " to " + event.to());
                }
                previous = event.to();
            }
            UUID candidateId = ids.get(p.clientNumber());
            if (candidateId == null) {
                throw new GeneratorException("profile " + p.clientNumber() + " was not stored");
            }
            stories.add(new Object[] {p, candidateId, story});
        }
        if (stories.isEmpty()) {
            return;
        }
        Set<UUID> existing = new HashSet<>(query("select id from match where id = any(?)",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid",
                        stories.stream().map(s -> ((PipelineFactory.Story) s[2]).match().id()).toArray())),
                rs -> rs.getObject(1, UUID.class)));
        List<Object[]> todo = stories.stream()
                .filter(s -> !existing.contains(((PipelineFactory.Story) s[2]).match().id())).toList();
        if (todo.isEmpty()) {
            return;
        }
        // the score and breakdown of each pair as MatchService.create stores them
        List<ScoredPair> scores = QuarkusTransaction.requiringNew().call(() -> {
            List<ScoredPair> list = new ArrayList<>();
            for (Object[] s : todo) {
                list.add(scoring.scorePair(((PipelineFactory.Story) s[2]).match().vacancyId(), (UUID) s[1]));
            }
            return list;
        });
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement match = c.prepareStatement("""
                    insert into match (id, version, vacancy_id, candidate_id, municipality_code, status, score, breakdown,
                        rejection_reason, owner_id, owner_name, created_at, created_by, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""");
                    PreparedStatement event = c.prepareStatement("""
                    insert into match_event (id, match_id, from_status, to_status, note, reason, occurred_at, actor, actor_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""");
                    PreparedStatement placement = c.prepareStatement("""
                    insert into placement (id, version, match_id, vacancy_id, candidate_id, municipality_code, status,
                        start_date, end_date, hours_per_week, jobcoach, at_risk, last_outcome, ended_on, end_reason, end_note,
                        placed_by, placed_by_name, created_at, created_by, updated_at, updated_by)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""");
                    PreparedStatement arrangement = c.prepareStatement("""
                    insert into placement_arrangement (id, placement_id, position, kind, amount, description)
                    values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""");
                    PreparedStatement call = c.prepareStatement("""
                    insert into follow_up_call (id, version, placement_id, kind, attempt, retry_of, due_date, assignee, status,
                        flagged, outcome, contact_with, notes, agreed_actions, logged_at, logged_by, logged_by_name,
                        created_at, created_by, updated_at, updated_by)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")) {
                for (int k = 0; k < todo.size(); k++) {
                    ProfileFactory.Profile p = (ProfileFactory.Profile) todo.get(k)[0];
                    UUID candidateId = (UUID) todo.get(k)[1];
                    PipelineFactory.Story story = (PipelineFactory.Story) todo.get(k)[2];
                    PipelineFactory.MatchRow m = story.match();
                    ScoredPair score = scores.get(k);
                    int i = 1;
                    match.setObject(i++, m.id());
                    match.setLong(i++, m.events().size() - 1);
                    match.setObject(i++, m.vacancyId());
                    match.setObject(i++, candidateId);
                    match.setString(i++, p.municipality());
                    match.setString(i++, m.status().name());
                    match.setInt(i++, score.score());
                    match.setString(i++, json(score));
                    match.setString(i++, m.reason() == null ? null : m.reason().name());
                    match.setString(i++, ACTOR.subject());
                    match.setString(i++, ACTOR.username());
                    match.setObject(i++, ts(m.createdAt()));
                    match.setString(i++, NAME);
                    match.setObject(i++, ts(m.updatedAt()));
                    match.setString(i++, NAME);
                    match.addBatch();
                    counter.rows++;
                    for (PipelineFactory.EventRow e : m.events()) {
                        i = 1;
                        event.setObject(i++, e.id());
                        event.setObject(i++, m.id());
                        event.setString(i++, e.from() == null ? null : e.from().name());
                        event.setString(i++, e.to().name());
                        event.setString(i++, e.note());
                        event.setString(i++, e.reason() == null ? null : e.reason().name());
                        event.setObject(i++, ts(e.at()));
                        event.setString(i++, ACTOR.subject());
                        event.setString(i++, ACTOR.username());
                        event.addBatch();
                        counter.rows++;
                    }
                    PipelineFactory.PlacementRow pl = story.placement();
                    if (pl == null) {
                        continue;
                    }
                    String coach = pl.contract().jobcoach();
                    i = 1;
                    placement.setObject(i++, pl.id());
                    placement.setObject(i++, m.id());
                    placement.setObject(i++, m.vacancyId());
                    placement.setObject(i++, candidateId);
                    placement.setString(i++, p.municipality());
                    placement.setString(i++, pl.status().name());
                    placement.setObject(i++, pl.contract().startDate());
                    placement.setObject(i++, pl.contract().endDate());
                    placement.setInt(i++, pl.contract().hoursPerWeek());
                    placement.setString(i++, coach);
                    placement.setBoolean(i++, pl.lastOutcome() == nl.werkhub.aftercare.CallOutcome.AT_RISK);
                    placement.setString(i++, pl.lastOutcome() == null ? null : pl.lastOutcome().name());
                    placement.setObject(i++, pl.end() == null ? null : pl.end().endedOn());
                    placement.setString(i++, pl.end() == null || pl.end().reason() == null ? null : pl.end().reason().name());
                    placement.setString(i++, pl.end() == null ? null : pl.end().note());
                    placement.setString(i++, ACTOR.subject());
                    placement.setString(i++, ACTOR.username());
                    placement.setObject(i++, ts(pl.createdAt()));
                    placement.setString(i++, NAME);
                    placement.setObject(i++, ts(pl.updatedAt()));
                    placement.setString(i++, NAME);
                    placement.addBatch();
                    counter.rows++;
                    for (PipelineFactory.ArrangementRow a : pl.arrangements()) {
                        i = 1;
                        arrangement.setObject(i++, a.id());
                        arrangement.setObject(i++, pl.id());
                        arrangement.setInt(i++, a.position());
                        arrangement.setString(i++, a.input().kind().name());
                        arrangement.setBigDecimal(i++, a.input().amount());
                        arrangement.setString(i++, a.input().description());
                        arrangement.addBatch();
                        counter.rows++;
                    }
                    for (PipelineFactory.CallRow f : pl.calls()) {
                        boolean logged = f.loggedAt() != null;
                        i = 1;
                        call.setObject(i++, f.id());
                        call.setObject(i++, pl.id());
                        call.setString(i++, f.kind().name());
                        call.setInt(i++, f.attempt());
                        call.setObject(i++, f.retryOf());
                        call.setObject(i++, f.dueDate());
                        call.setString(i++, coach);
                        call.setString(i++, f.status().name());
                        call.setBoolean(i++, f.flagged());
                        call.setString(i++, f.log() == null || f.log().outcome() == null ? null : f.log().outcome().name());
                        call.setString(i++, f.log() == null || f.log().contactWith() == null ? null
                                : f.log().contactWith().name());
                        call.setString(i++, f.log() == null ? null : f.log().notes());
                        call.setString(i++, f.log() == null ? null : f.log().agreedActions());
                        call.setObject(i++, logged ? ts(f.loggedAt()) : null);
                        call.setString(i++, logged ? coach : null);
                        call.setString(i++, logged ? coachDisplay.get(coach) : null);
                        call.setObject(i++, ts(f.createdAt()));
                        call.setString(i++, NAME);
                        call.setObject(i++, ts(logged ? f.loggedAt() : f.createdAt()));
                        call.setString(i++, logged ? coach : NAME);
                        call.addBatch();
                        counter.rows++;
                    }
                }
                match.executeBatch();
                event.executeBatch();
                placement.executeBatch();
                arrangement.executeBatch();
                call.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new GeneratorException("writing matches, placements and calls failed: " + e.getMessage(), e);
        }
    }

    private String json(ScoredPair pair) {
        try {
            return json.writeValueAsString(pair.breakdown());
        } catch (JsonProcessingException e) {
            throw new GeneratorException("breakdown not serialisable", e);
        }
    }

    // ---- employers and vacancies -------------------------------------------------------------

    private long writeEmployers(List<EmployerFactory.GeneratedEmployer> employers) {
        long written = 0;
        for (int from = 0; from < employers.size(); from += BATCH) {
            List<EmployerFactory.GeneratedEmployer> batch = employers.subList(from, Math.min(employers.size(), from + BATCH));
            written += update("""
                    insert into employer (id, version, name, kvk_number, sector, size_class, contact_person, phone, email,
                        postcode, municipality_code, status, created_at, created_by, updated_at, updated_by)
                    values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?) on conflict (id) do nothing""", batch,
                    (ps, e) -> {
                        var q = e.request();
                        int i = 1;
                        ps.setObject(i++, e.id());
                        ps.setString(i++, q.name());
                        ps.setString(i++, q.kvkNumber());
                        ps.setString(i++, q.sector().name());
                        ps.setString(i++, q.sizeClass().name());
                        ps.setString(i++, q.contactPerson());
                        ps.setString(i++, q.phone());
                        ps.setString(i++, q.email());
                        ps.setString(i++, Postcodes.normalise(q.postcode()));
                        ps.setString(i++, q.municipalityCode());
                        ps.setObject(i++, ts(e.createdAt()));
                        ps.setString(i++, NAME);
                        ps.setObject(i++, ts(e.createdAt()));
                        ps.setString(i++, NAME);
                    });
        }
        return written;
    }

    private long writeVacancies(List<VacancyFactory.GeneratedVacancy> vacancies) {
        long written = 0;
        for (int from = 0; from < vacancies.size(); from += BATCH) {
            List<VacancyFactory.GeneratedVacancy> batch = vacancies.subList(from, Math.min(vacancies.size(), from + BATCH));
            written += update("""
                    insert into vacancy (id, version, employer_id, title, description, sector, postcode, latitude, longitude,
                        hours_per_week_min, hours_per_week_max, contract_type, start_date, positions, dutch_level,
                        driving_licence_required, status, owner_id, owner_name, created_at, created_by, updated_at,
                        updated_by, talent_codes, must_have_codes, opened_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do nothing""", batch, (ps, v) -> {
                var q = v.request();
                // the denormalised arrays as Vacancy.replaceTalents keeps them: sorted codes
                List<String> codes = q.talents().stream().map(VacancyTalentInput::code).sorted().toList();
                List<String> must = q.talents().stream().filter(t -> t.requirement() == TalentRequirement.MUST_HAVE)
                        .map(VacancyTalentInput::code).sorted().toList();
                Instant updated = v.openedAt() == null ? v.createdAt() : v.openedAt();
                int i = 1;
                ps.setObject(i++, v.id());
                ps.setLong(i++, v.status() == VacancyStatus.DRAFT ? 0 : v.status() == VacancyStatus.OPEN ? 1 : 2);
                ps.setObject(i++, q.employerId());
                ps.setString(i++, q.title());
                ps.setString(i++, q.description());
                ps.setString(i++, q.sector().name());
                ps.setString(i++, Postcodes.normalise(q.postcode()));
                ps.setObject(i++, q.latitude());
                ps.setObject(i++, q.longitude());
                ps.setInt(i++, q.hoursPerWeekMin());
                ps.setInt(i++, q.hoursPerWeekMax());
                ps.setString(i++, q.contractType().name());
                ps.setObject(i++, q.startDate());
                ps.setInt(i++, q.positions());
                ps.setString(i++, q.dutchLevel() == null ? null : q.dutchLevel().name());
                ps.setBoolean(i++, q.drivingLicenceRequired());
                ps.setString(i++, v.status().name());
                ps.setString(i++, ACTOR.subject());
                ps.setString(i++, ACTOR.username());
                ps.setObject(i++, ts(v.createdAt()));
                ps.setString(i++, NAME);
                ps.setObject(i++, ts(updated));
                ps.setString(i++, NAME);
                ps.setArray(i++, ps.getConnection().createArrayOf("text", codes.toArray()));
                ps.setArray(i++, ps.getConnection().createArrayOf("text", must.toArray()));
                ps.setObject(i++, v.openedAt() == null ? null : ts(v.openedAt()));
            });
            List<Object[]> talents = new ArrayList<>();
            for (VacancyFactory.GeneratedVacancy v : batch) {
                for (VacancyTalentInput t : v.request().talents()) {
                    talents.add(new Object[] {v.id(), t});
                }
            }
            written += update("""
                    insert into vacancy_talent (vacancy_id, talent_code, requirement, min_level) values (?, ?, ?, ?)
                    on conflict do nothing""", talents, (ps, row) -> {
                VacancyTalentInput t = (VacancyTalentInput) row[1];
                ps.setObject(1, row[0]);
                ps.setString(2, t.code());
                ps.setString(3, t.requirement().name());
                ps.setInt(4, t.minLevel());
            });
        }
        return written;
    }

    // ---- JDBC --------------------------------------------------------------------------------

    interface Binder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    interface Params {
        void set(PreparedStatement ps) throws SQLException;
    }

    /** One batch in one transaction; returns the rows inserted (conflicts count 0). */
    private <T> long update(String sql, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                }
                long n = 0;
                for (int count : ps.executeBatch()) {
                    n += Math.max(0, count);
                }
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new GeneratorException("writing failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row) {
        return query(sql, ps -> { }, row);
    }

    private <T> List<T> query(String sql, Params params, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            params.set(ps);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new GeneratorException("reading failed: " + e.getMessage(), e);
        }
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
