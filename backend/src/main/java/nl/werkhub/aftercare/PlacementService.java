package nl.werkhub.aftercare;

import static nl.werkhub.common.SqlValues.date;
import static nl.werkhub.common.SqlValues.instant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.candidate.Candidate;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;

import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Placements: made by the match pipeline's move to PLACED ({@link #place}), read as each audience
 * may ({@link PlacementVisibility}), their contract changed ({@link #update}) and ended ({@link #end}).
 * The standard calls follow the contract through {@link CallScheduler}; the candidate's status and
 * jobcoach follow the placement (docs/decisions-backend.md, "Aftercare").
 */
@ApplicationScoped
public class PlacementService {

    private static final Logger LOG = Logger.getLogger(PlacementService.class);

    /** Calls are due on Dutch working days, so "today" is today in the Netherlands. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final String ONE_ACTIVE = "uk_placement_one_active";

    /** Sort value of the default order; the other API sort names map to SQL columns. */
    static final String ATTENTION = "attention";

    /** API sort name to SQL expression. */
    public static final Map<String, String> SORT_FIELDS = Map.of(
            ATTENTION, ATTENTION,
            "startDate", "p.start_date",
            "updatedAt", "p.updated_at");

    /**
     * A flagged call (its last attempt was not reached) that no DONE call logged after it has answered:
     * someone has to find another way to reach the person.
     */
    public static final String UNREACHABLE = """
            exists (select 1 from follow_up_call fl where fl.placement_id = p.id and fl.flagged
                    and not exists (select 1 from follow_up_call fd where fd.placement_id = p.id
                                    and fd.status = 'DONE' and fd.logged_at > fl.logged_at))""";

    private static final String FROM = """
            from placement p
            join candidate c on c.id = p.candidate_id
            """;

    private static final String PROJECTION = """
            select p.id, p.version, p.match_id, p.vacancy_id, v.title, v.employer_id, e.name, p.candidate_id,
                   c.first_name, c.last_name, p.municipality_code, p.status, p.start_date, p.end_date,
                   p.hours_per_week, p.jobcoach, p.at_risk, p.last_outcome,
            """ + UNREACHABLE + """
             as unreachable,
                   nc.id as next_id, nc.kind as next_kind, nc.due_date as next_due, p.ended_on, p.end_reason,
                   p.end_note, p.placed_by, p.placed_by_name, p.created_at, p.updated_at
            """ + FROM + """
            join vacancy v on v.id = p.vacancy_id
            join employer e on e.id = v.employer_id
            left join lateral (select f.id, f.kind, f.due_date from follow_up_call f
                               where f.placement_id = p.id and f.status = 'PLANNED'
                               order by f.due_date, f.created_at, f.id limit 1) nc on true
            """;

    @Inject
    EntityManager em;

    @Inject
    CallScheduler scheduler;

    @Inject
    JobcoachDirectory directory;

    @Inject
    AuditEventService audit;

    @Inject
    Clock clock;

    /** The filters of {@code GET /api/placements}; null or empty means "any". */
    public record Filter(List<PlacementStatus> statuses, UUID candidateId, UUID vacancyId, String jobcoach,
            Boolean atRisk) {
    }

    // ---- placing (the match pipeline's PLACED move) -------------------------------------------

    /**
     * 422 on {@code field} unless the directory knows the jobcoach. Asked before any row is locked: the
     * directory may have to ask Keycloak.
     */
    public void requireJobcoach(String username, String field) {
        if (username != null && directory.find(username).isEmpty()) {
            throw new BusinessValidationException(field, Text.of("field.placement.unknown-jobcoach"));
        }
    }

    /** Whether the candidate has an ACTIVE placement (then they cannot be placed again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean hasActivePlacement(UUID candidateId) {
        return em.createQuery("select count(*) from Placement where candidateId = :c and status = :active", Long.class)
                .setParameter("c", candidateId).setParameter("active", PlacementStatus.ACTIVE).getSingleResult() > 0;
    }

    /**
     * The placement of a match that has just moved to PLACED, in the move's transaction: the placement
     * (ACTIVE), its arrangements and standard calls, and the candidate PLACED with the placement's
     * jobcoach. The jobcoach must have been checked ({@link #requireJobcoach}).
     *
     * @throws ConflictException {@code candidate-already-placed} when another ACTIVE placement of the
     *         candidate got there first (the partial unique index decides a race)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID place(UUID matchId, UUID vacancyId, UUID candidateId, String municipalityCode,
            PlacementContract contract, Actor actor, Instant now) {
        Placement placement = new Placement();
        placement.matchId = matchId;
        placement.vacancyId = vacancyId;
        placement.candidateId = candidateId;
        placement.municipalityCode = municipalityCode;
        placement.status = PlacementStatus.ACTIVE;
        placement.startDate = contract.startDate();
        placement.endDate = contract.endDate();
        placement.hoursPerWeek = contract.hoursPerWeek();
        placement.jobcoach = contract.jobcoach();
        placement.placedBy = actor.subject();
        placement.placedByName = actor.username();
        placement.markCreated(actor, now);
        em.persist(placement);
        try {
            // first, alone: a concurrent placement of the same candidate waits on the index here and
            // then fails on it, before this transaction has touched the candidate's row
            em.flush();
        } catch (PersistenceException e) {
            if (ONE_ACTIVE.equalsIgnoreCase(violatedConstraint(e))) {
                throw candidateAlreadyPlaced();
            }
            throw e;
        }
        writeArrangements(placement.id, contract.arrangements());
        scheduler.schedule(placement, actor, now);
        candidatePlaced(candidateId, contract.jobcoach(), actor, now);
        return placement.id;
    }

    public static ConflictException candidateAlreadyPlaced() {
        return new ConflictException(ProblemType.CANDIDATE_ALREADY_PLACED,
                Text.of("detail.match.candidate-already-placed"));
    }

    // ---- changing and ending ------------------------------------------------------------------

    /**
     * Replaces the contract of an ACTIVE placement. Checks, in this order: visible (404), If-Match
     * (428/412), ACTIVE (409), the jobcoach exists (422). Changed dates reschedule the PLANNED standard
     * calls, a new jobcoach takes over every PLANNED call and the candidate; a contract equal to the
     * current one changes nothing (same version).
     */
    @Transactional
    public PlacementResponse update(UUID id, String ifMatch, @NotNull @Valid PlacementContract contract,
            @NotNull PlacementVisibility.Viewer viewer, @NotNull Actor actor) {
        Placement placement = findForWrite(id, viewer);
        ETags.require(ifMatch, placement.version);
        requireActive(placement);
        if (!contract.jobcoach().equals(placement.jobcoach)) {
            requireJobcoach(contract.jobcoach(), "jobcoach");
        }
        Instant now = now();
        boolean datesChanged = !contract.startDate().equals(placement.startDate)
                || !Objects.equals(contract.endDate(), placement.endDate);
        boolean jobcoachChanged = !contract.jobcoach().equals(placement.jobcoach);
        boolean arrangementsChanged = !arrangements(List.of(placement.id)).getOrDefault(placement.id, List.of())
                .equals(responses(contract.arrangements()));
        if (!datesChanged && !jobcoachChanged && !arrangementsChanged && contract.hoursPerWeek() == placement.hoursPerWeek) {
            return project(placement.id).orElseThrow();
        }
        placement.startDate = contract.startDate();
        placement.endDate = contract.endDate();
        placement.hoursPerWeek = contract.hoursPerWeek();
        placement.jobcoach = contract.jobcoach();
        placement.markUpdated(actor, now);
        if (arrangementsChanged) {
            em.createQuery("delete from PlacementArrangement where placementId = :p").setParameter("p", placement.id)
                    .executeUpdate();
            writeArrangements(placement.id, contract.arrangements());
        }
        if (jobcoachChanged) {
            scheduler.reassign(placement.id, contract.jobcoach(), actor, now);
            candidateJobcoach(placement.candidateId, contract.jobcoach(), actor, now);
        }
        if (datesChanged) {
            scheduler.reschedule(placement, actor, now);
        }
        em.flush();
        return project(placement.id).orElseThrow();
    }

    /**
     * Ends an ACTIVE placement: COMPLETED (the contract ran its course) or ENDED_EARLY (with a reason).
     * Every PLANNED call is cancelled; ENDED_EARLY puts a candidate who is still PLACED back to ACTIVE.
     */
    @Transactional
    public PlacementResponse end(UUID id, String ifMatch, @NotNull @Valid PlacementEndRequest request,
            @NotNull PlacementVisibility.Viewer viewer, @NotNull Actor actor) {
        Placement placement = findForWrite(id, viewer);
        ETags.checkIfPresent(ifMatch, placement.version);
        requireActive(placement);
        List<FieldError> errors = new ArrayList<>();
        PlacementStatus to = request.status();
        if (to == PlacementStatus.ACTIVE) {
            errors.add(new FieldError("status", Text.of("field.placement.end-status")));
        }
        if (to == PlacementStatus.ENDED_EARLY && request.reason() == null) {
            errors.add(new FieldError("reason", Text.of("field.placement.end-reason-required")));
        } else if (to == PlacementStatus.COMPLETED && request.reason() != null) {
            errors.add(new FieldError("reason", Text.of("field.placement.end-reason-not-allowed")));
        } else if (request.reason() == PlacementEndReason.OTHER && request.note() == null) {
            errors.add(new FieldError("note", Text.of("field.placement.end-note-required-for-other")));
        }
        LocalDate today = today(clock);
        if (request.endedOn().isBefore(placement.startDate)) {
            errors.add(new FieldError("endedOn", Text.of("field.placement.ended-before-start", placement.startDate)));
        } else if (request.endedOn().isAfter(today)) {
            errors.add(new FieldError("endedOn", Text.of("field.placement.ended-in-future")));
        }
        if (!errors.isEmpty()) {
            throw new BusinessValidationException(errors);
        }
        Instant now = now();
        placement.status = to;
        placement.endedOn = request.endedOn();
        placement.endReason = to == PlacementStatus.ENDED_EARLY ? request.reason() : null;
        placement.endNote = request.note();
        placement.markUpdated(actor, now);
        scheduler.cancelPlanned(placement.id, actor, now);
        if (to == PlacementStatus.ENDED_EARLY) {
            Candidate candidate = em.find(Candidate.class, placement.candidateId);
            if (candidate != null && candidate.status == CandidateStatus.PLACED) {
                candidate.status = CandidateStatus.ACTIVE;
                candidate.markUpdated(actor, now);
            }
        }
        em.flush();
        return project(placement.id).orElseThrow();
    }

    // ---- reads --------------------------------------------------------------------------------

    /** One placement if the viewer may see it; a consultant's or jobcoach's read is audited ({@code READ}). */
    @Transactional
    public Optional<PlacementResponse> get(UUID id, PlacementVisibility.Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery(PROJECTION + " where p.id = :id and "
                + PlacementVisibility.condition(viewer, params)).setParameter("id", id);
        params.forEach(query::setParameter);
        Optional<PlacementResponse> placement = rows(query).stream().findFirst();
        placement.ifPresent(p -> {
            if (!viewer.municipal()) {
                audit.record(AuditAction.READ, p.candidateId(), p.municipalityCode(), viewer.auditActor(), route);
            }
        });
        return placement;
    }

    /** A page of visible placements; each listed candidate gets a {@code SEARCH_HIT} for a consultant or jobcoach. */
    @Transactional
    public PlacementPage list(Filter filter, PageRequest page, PlacementVisibility.Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        List<String> and = new ArrayList<>();
        and.add(PlacementVisibility.condition(viewer, params));
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            and.add("p.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.candidateId() != null) {
            and.add("p.candidate_id = :candidateId");
            params.put("candidateId", filter.candidateId());
        }
        if (filter.vacancyId() != null) {
            and.add("p.vacancy_id = :vacancyId");
            params.put("vacancyId", filter.vacancyId());
        }
        if (filter.jobcoach() != null) {
            and.add("p.jobcoach = :jobcoach");
            params.put("jobcoach", filter.jobcoach());
        }
        if (filter.atRisk() != null) {
            and.add(filter.atRisk() ? "p.at_risk" : "not p.at_risk");
        }
        String where = " where " + String.join(" and ", and);

        Query count = em.createNativeQuery("select count(*) " + FROM + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query select = em.createNativeQuery(PROJECTION + where + " order by " + orderBy(page)
                + " limit :limit offset :offset");
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", (long) page.page() * page.size());
        List<PlacementResponse> items = rows(select);

        if (!viewer.municipal() && !items.isEmpty()) {
            audit.recordSearchHits(new LinkedHashSet<>(items.stream().map(PlacementResponse::candidateId).toList()),
                    viewer.auditActor(), route);
        }
        return new PlacementPage(items, page.page(), page.size(), total, PageRequest.totalPages(total, page.size()));
    }

    /**
     * {@code attention} (ascending) puts what needs a consultant first: at risk, then unreachable, then
     * the most recent start; descending reverses all of it. The id breaks ties, so pages never overlap.
     */
    private static String orderBy(PageRequest page) {
        if (page.sortField().equals(ATTENTION)) {
            return page.ascending()
                    ? "p.at_risk desc, unreachable desc, p.start_date desc, p.id desc"
                    : "p.at_risk asc, unreachable asc, p.start_date asc, p.id asc";
        }
        String direction = page.ascending() ? "asc" : "desc";
        return page.sortField() + " " + direction + ", p.id " + direction;
    }

    // ---- rules --------------------------------------------------------------------------------

    /** Today in the Netherlands, by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private static void requireActive(Placement placement) {
        if (placement.status != PlacementStatus.ACTIVE) {
            throw new ConflictException(Text.of("detail.placement.not-active",
                    Text.of("placement-status." + placement.status.name())));
        }
    }

    /** Writes are a consultant's, on placements the consultant may see, even when the token is also a jobcoach's. */
    private Placement findForWrite(UUID id, PlacementVisibility.Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select p.* " + FROM + " where p.id = :id and "
                + PlacementVisibility.condition(viewer, params), Placement.class).setParameter("id", id);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Placement> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        return rows.get(0);
    }

    public static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(Text.of("detail.placement.not-found", id));
    }

    /**
     * The candidate is PLACED and assigned to the placement's jobcoach. The profile's version and
     * updatedAt move, so a municipality that syncs by updatedAt sees it; status PLACED also takes the
     * profile out of candidate_match_profile (V6 trigger), so it is no longer suggested.
     */
    private void candidatePlaced(UUID candidateId, String jobcoach, Actor actor, Instant now) {
        Candidate candidate = em.find(Candidate.class, candidateId);
        if (candidate.status != CandidateStatus.PLACED || !Objects.equals(candidate.jobcoach, jobcoach)) {
            candidate.status = CandidateStatus.PLACED;
            candidate.jobcoach = jobcoach;
            candidate.markUpdated(actor, now);
        }
    }

    private void candidateJobcoach(UUID candidateId, String jobcoach, Actor actor, Instant now) {
        Candidate candidate = em.find(Candidate.class, candidateId);
        if (candidate != null && !Objects.equals(candidate.jobcoach, jobcoach)) {
            candidate.jobcoach = jobcoach;
            candidate.markUpdated(actor, now);
        }
    }

    private void writeArrangements(UUID placementId, List<ArrangementInput> arrangements) {
        for (int i = 0; i < arrangements.size(); i++) {
            ArrangementInput input = arrangements.get(i);
            PlacementArrangement a = new PlacementArrangement();
            a.id = UUID.randomUUID();
            a.placementId = placementId;
            a.position = (short) i;
            a.kind = input.kind();
            a.amount = input.amount();
            a.description = input.description();
            em.persist(a);
        }
    }

    /** The name of the database constraint behind a failed flush, or null. */
    private static String violatedConstraint(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ConstraintViolationException cve) {
                return cve.getConstraintName();
            }
        }
        return null;
    }

    // ---- mapping ------------------------------------------------------------------------------

    private Optional<PlacementResponse> project(UUID id) {
        return rows(em.createNativeQuery(PROJECTION + " where p.id = :id").setParameter("id", id)).stream().findFirst();
    }

    private List<PlacementResponse> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ArrangementResponse>> arrangements = arrangements(rows.stream().map(r -> (UUID) r[0]).toList());
        Map<String, String> names = jobcoachNames(rows.stream().map(r -> (String) r[15]).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        return rows.stream().map(r -> toResponse(r, arrangements.getOrDefault((UUID) r[0], List.of()), names)).toList();
    }

    private static PlacementResponse toResponse(Object[] r, List<ArrangementResponse> arrangements,
            Map<String, String> names) {
        String jobcoach = (String) r[15];
        NextCall next = r[19] == null ? null
                : new NextCall((UUID) r[19], FollowUpKind.valueOf((String) r[20]), date(r[21]));
        return new PlacementResponse((UUID) r[0], (UUID) r[2], (UUID) r[3], (String) r[4], (UUID) r[5], (String) r[6],
                (UUID) r[7], r[8] + " " + r[9], (String) r[10], PlacementStatus.valueOf((String) r[11]), date(r[12]),
                date(r[13]), ((Number) r[14]).intValue(), jobcoach, jobcoach == null ? null : names.get(jobcoach),
                arrangements, (Boolean) r[16], r[17] == null ? null : CallOutcome.valueOf((String) r[17]),
                (Boolean) r[18], next, date(r[22]), r[23] == null ? null : PlacementEndReason.valueOf((String) r[23]),
                (String) r[24], (String) r[25], (String) r[26], ((Number) r[1]).longValue(), instant(r[27]),
                instant(r[28]));
    }

    private Map<UUID, List<ArrangementResponse>> arrangements(List<UUID> placementIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select placement_id, kind, amount, description from placement_arrangement
                where placement_id in (:ids) order by placement_id, position""")
                .setParameter("ids", placementIds).getResultList();
        Map<UUID, List<ArrangementResponse>> byPlacement = new HashMap<>();
        for (Object[] r : rows) {
            byPlacement.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new ArrangementResponse(
                    ArrangementKind.valueOf((String) r[1]), (BigDecimal) r[2], (String) r[3]));
        }
        return byPlacement;
    }

    private static List<ArrangementResponse> responses(List<ArrangementInput> inputs) {
        return inputs.stream().map(a -> new ArrangementResponse(a.kind(), a.amount(), a.description())).toList();
    }

    /**
     * Display names from the directory. A read does not fail because Keycloak is away: the placement is
     * what was asked for, and the username is a fair name until the directory answers again.
     */
    private Map<String, String> jobcoachNames(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            String name = username;
            try {
                name = directory.find(username).map(Jobcoach::displayName).orElse(username);
            } catch (DirectoryUnavailableException e) {
                LOG.debug("jobcoach directory unavailable; showing the username as the jobcoach's name");
            }
            names.put(username, name);
        }
        return names;
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
