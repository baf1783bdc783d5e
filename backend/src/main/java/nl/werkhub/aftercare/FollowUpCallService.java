package nl.werkhub.aftercare;

import static nl.werkhub.common.SqlValues.date;
import static nl.werkhub.common.SqlValues.instant;

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
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.werkhub.aftercare.PlacementVisibility.Viewer;
import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * Follow-up calls (nazorggesprekken): reading them as each audience may, logging them, retries after
 * NOT_REACHED and extra (ad-hoc) calls. Planning, rescheduling and cancelling the standard calls
 * belongs to the placement (PlacementService).
 * <p>
 * A call is visible exactly when its placement is (docs/api.md, "Placements and aftercare"), and that
 * rule is part of every query, never a filter in Java; a call the reader may not see is answered
 * like an unknown id.
 */
@Startup
@ApplicationScoped
public class FollowUpCallService {

    /** "Today" for due dates and "overdue": the jobcoaches' day, not the server's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** API sort name to SQL expression. */
    static final Map<String, String> SORT_FIELDS = Map.of(
            "dueDate", "f.due_date",
            "updatedAt", "f.updated_at");

    /** Calls due on one day come in the order of the programme: first day before first week ... before extra calls. */
    static final String KIND_ORDER = "case f.kind when 'FIRST_DAY' then 0 when 'FIRST_WEEK' then 1"
            + " when 'FIRST_MONTH' then 2 when 'BEFORE_CONTRACT_END' then 3 else 4 end";

    private static final String FROM = """
            from follow_up_call f
            join placement p on p.id = f.placement_id
            join candidate c on c.id = p.candidate_id
            join vacancy v on v.id = p.vacancy_id
            join employer e on e.id = v.employer_id
            """;

    private static final String PROJECTION = """
            select f.id, f.placement_id, p.candidate_id, c.first_name, c.last_name, c.phone, e.name,
                   e.contact_person, e.phone, v.title, f.kind, f.attempt, f.due_date, f.assignee, f.status,
                   f.flagged, f.outcome, f.contact_with, f.notes, f.agreed_actions, f.logged_at, f.logged_by,
                   f.logged_by_name, f.version, p.municipality_code
            """ + FROM;

    @Inject
    EntityManager em;

    @Inject
    AuditEventService audit;

    @Inject
    Clock clock;

    /**
     * How often a call is tried before it is flagged: the first attempt and the retries together.
     * 1..20 (follow_up_call.attempt is at most 20); checked at startup, so a bad value fails the
     * deployment rather than the first jobcoach who cannot reach someone.
     */
    @ConfigProperty(name = "werkhub.aftercare.max-attempts", defaultValue = "3")
    int maxAttempts;

    @PostConstruct
    void checkConfig() {
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalStateException("werkhub.aftercare.max-attempts must be 1..20, not " + maxAttempts);
        }
    }

    /** The filters of {@code GET /api/follow-up-calls}; null or empty means "any". */
    public record Filter(String assignee, List<CallStatus> statuses, LocalDate dueFrom, LocalDate dueTo, Boolean overdue,
            UUID placementId) {
    }

    // ---- reads --------------------------------------------------------------------------------

    /** A page of visible calls; each candidate on it gets a {@code SEARCH_HIT} for a consultant or jobcoach. */
    @Transactional
    public FollowUpCallPage list(Filter filter, PageRequest page, Viewer viewer, String route) {
        LocalDate today = today();
        Map<String, Object> params = new HashMap<>();
        List<String> and = new ArrayList<>();
        and.add(visibility(viewer, params));
        if (filter.assignee() != null) {
            and.add("f.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            and.add("f.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.dueFrom() != null) {
            and.add("f.due_date >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            and.add("f.due_date <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        if (filter.overdue() != null) {
            and.add(filter.overdue() ? "(f.status = 'PLANNED' and f.due_date < :today)"
                    : "not (f.status = 'PLANNED' and f.due_date < :today)");
            params.put("today", today);
        }
        if (filter.placementId() != null) {
            and.add("f.placement_id = :placementId");
            params.put("placementId", filter.placementId());
        }
        String where = " where " + String.join(" and ", and);

        Query count = em.createNativeQuery("select count(*) " + FROM + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        String direction = page.ascending() ? "asc" : "desc";
        String order = page.sortField() + " " + direction
                + (page.sortField().equals(SORT_FIELDS.get("dueDate"))
                        ? ", " + KIND_ORDER + " " + direction + ", f.attempt " + direction
                        : "")
                + ", f.id " + direction;
        Query select = em.createNativeQuery(PROJECTION + where + " order by " + order + " limit :limit offset :offset");
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", (long) page.page() * page.size());
        List<Row> rows = rows(select);

        if (!viewer.municipal() && !rows.isEmpty()) {
            audit.recordSearchHits(new LinkedHashSet<>(rows.stream().map(Row::candidateId).toList()),
                    viewer.auditActor(), route);
        }
        List<FollowUpCallView> items = rows.stream().map(r -> r.view(viewer, today)).toList();
        return new FollowUpCallPage(items, page.page(), page.size(), total, PageRequest.totalPages(total, page.size()));
    }

    /** One call if the viewer may see it; a consultant's or jobcoach's read is audited ({@code READ}). */
    @Transactional
    public Optional<FollowUpCallView> get(UUID id, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery(PROJECTION + " where f.id = :id and " + visibility(viewer, params))
                .setParameter("id", id);
        params.forEach(query::setParameter);
        Optional<Row> row = rows(query).stream().findFirst();
        row.ifPresent(r -> auditRead(r.candidateId(), r.municipalityCode(), viewer, route));
        return row.map(r -> r.view(viewer, today()));
    }

    /** Every call of a visible placement by due date (the timeline); audited like a detail read. */
    @Transactional
    public Optional<List<FollowUpCallView>> timeline(UUID placementId, Viewer viewer, String route) {
        Optional<PlacementRef> placement = visiblePlacement(placementId, viewer);
        if (placement.isEmpty()) {
            return Optional.empty();
        }
        auditRead(placement.get().candidateId(), placement.get().municipalityCode(), viewer, route);
        Query query = em.createNativeQuery(PROJECTION + " where f.placement_id = :placementId order by f.due_date, "
                + KIND_ORDER + ", f.attempt, f.id").setParameter("placementId", placementId);
        LocalDate today = today();
        return Optional.of(rows(query).stream().map(r -> r.view(viewer, today)).toList());
    }

    // ---- writes -------------------------------------------------------------------------------

    /**
     * Logs a call, in one transaction with its consequences: a retry after NOT_REACHED (or the flag
     * at the last attempt), and the placement's last outcome and risk after DONE. Checks, in this
     * order: the body (422, before this method), the call is visible (404), If-Match (412), the call
     * is PLANNED (409 {@code call-not-planned}).
     * <p>
     * The placement row and then the call row are locked first, so two logs of one call are
     * serialised: the second sees the first's result (409, or 412 with a stale If-Match) and never
     * writes a second log or a second retry. Locking the placement as well keeps two calls of one
     * placement logged at once from overwriting each other's outcome, and takes the locks in the
     * order that a contract change (placement, then its calls) takes them.
     */
    @Transactional
    public FollowUpCallLogResponse log(UUID id, String ifMatch, @NotNull @Valid FollowUpCallLogRequest request,
            @NotNull Viewer viewer, @NotNull Actor actor) {
        UUID placementId = visibleCallPlacement(id, viewer).orElseThrow(() -> notFound(id));
        Placement placement = em.find(Placement.class, placementId, LockModeType.PESSIMISTIC_WRITE);
        FollowUpCall call = em.find(FollowUpCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (placement == null || call == null) {
            // erased between the visibility check and the lock
            throw notFound(id);
        }
        ETags.checkIfPresent(ifMatch, call.version);
        if (call.status != CallStatus.PLANNED) {
            throw new ConflictException(ProblemType.CALL_NOT_PLANNED,
                    Text.of("detail.call.not-planned", Text.of("call-status." + call.status.name())));
        }

        Instant now = now();
        call.status = request.result() == CallResult.DONE ? CallStatus.DONE : CallStatus.NOT_REACHED;
        call.outcome = request.outcome();
        call.contactWith = request.contactWith();
        if (request.notes() != null) {
            call.notes = request.notes();
        }
        call.agreedActions = request.agreedActions();
        call.loggedAt = now;
        call.loggedBy = actor.subject();
        call.loggedByName = actor.username();
        call.markUpdated(actor, now);

        FollowUpCall retry = null;
        if (call.status == CallStatus.NOT_REACHED) {
            if (call.attempt < maxAttempts) {
                retry = retryOf(call, placement, actor, now);
                em.persist(retry);
            } else {
                call.flagged = true;
            }
        }
        em.flush();
        if (call.status == CallStatus.DONE) {
            updateOutcome(placement, actor, now);
        }
        em.flush();
        LocalDate today = today();
        FollowUpCallResponse logged = project(call.id).orElseThrow().staff(today);
        FollowUpCallResponse planned = retry == null ? null : project(retry.id).orElseThrow().staff(today);
        return new FollowUpCallLogResponse(logged, planned);
    }

    /**
     * An extra call ({@code AD_HOC}, attempt 1) for the placement's jobcoach. Checks: the body (422,
     * before this method; then the due date against today), the placement is visible (404), it is
     * ACTIVE and has a jobcoach (409).
     */
    @Transactional
    public FollowUpCallResponse planAdHoc(UUID placementId, @NotNull @Valid AdHocCallRequest request,
            @NotNull Viewer viewer, @NotNull Actor actor) {
        LocalDate today = today();
        if (request.dueDate().isBefore(today)) {
            throw new BusinessValidationException(List.of(new FieldError("dueDate", Text.of("field.call.due-date-past", today))));
        }
        visiblePlacement(placementId, viewer).orElseThrow(() -> placementNotFound(placementId));
        Placement placement = em.find(Placement.class, placementId);
        if (placement == null) {
            throw placementNotFound(placementId);
        }
        if (placement.status != PlacementStatus.ACTIVE) {
            throw new ConflictException(Text.of("detail.call.placement-not-active",
                    Text.of("placement-status." + placement.status.name())));
        }
        if (placement.jobcoach == null) {
            throw new ConflictException(Text.of("detail.call.placement-without-jobcoach"));
        }
        Instant now = now();
        FollowUpCall call = new FollowUpCall();
        call.placementId = placementId;
        call.kind = FollowUpKind.AD_HOC;
        call.attempt = 1;
        call.dueDate = request.dueDate();
        call.assignee = placement.jobcoach;
        call.status = CallStatus.PLANNED;
        call.notes = request.note();
        call.markCreated(actor, now);
        em.persist(call);
        em.flush();
        return project(call.id).orElseThrow().staff(today);
    }

    // ---- rules --------------------------------------------------------------------------------

    /**
     * The next attempt of a call nobody answered: same kind, the next working day after today (not
     * after the due date: a call tried late is retried tomorrow, not in the past), for whoever is the
     * placement's jobcoach now.
     */
    private FollowUpCall retryOf(FollowUpCall call, Placement placement, Actor actor, Instant now) {
        FollowUpCall retry = new FollowUpCall();
        retry.placementId = call.placementId;
        retry.kind = call.kind;
        retry.attempt = (short) (call.attempt + 1);
        retry.retryOf = call.id;
        retry.dueDate = DutchCalendar.nextWorkingDayAfter(today());
        retry.assignee = placement.jobcoach != null ? placement.jobcoach : call.assignee;
        retry.status = CallStatus.PLANNED;
        retry.markCreated(actor, now);
        return retry;
    }

    /**
     * The placement's last outcome is that of its latest DONE call by due date, then by when it was
     * logged — not simply the call logged last, so an older call logged late does not overwrite what
     * a newer call found. At risk exactly when that outcome is AT_RISK (as ck_placement_at_risk
     * demands): an AT_RISK call sets it, a later GOOD or CONCERN clears it.
     */
    private void updateOutcome(Placement placement, Actor actor, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> latest = em.createNativeQuery("""
                select f.outcome from follow_up_call f
                where f.placement_id = :placementId and f.status = 'DONE'
                order by f.due_date desc, f.logged_at desc, f.id desc
                limit 1""").setParameter("placementId", placement.id).getResultList();
        CallOutcome outcome = latest.isEmpty() ? null : CallOutcome.valueOf(latest.get(0));
        if (outcome != placement.lastOutcome) {
            placement.lastOutcome = outcome;
            placement.atRisk = outcome == CallOutcome.AT_RISK;
            placement.markUpdated(actor, now);
        }
    }

    /** The placement id of a call the viewer may see. */
    private Optional<UUID> visibleCallPlacement(UUID id, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select f.placement_id from follow_up_call f"
                + " join placement p on p.id = f.placement_id join candidate c on c.id = p.candidate_id"
                + " where f.id = :id and " + visibility(viewer, params)).setParameter("id", id);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> rows = query.getResultList();
        return rows.stream().findFirst();
    }

    private record PlacementRef(UUID candidateId, String municipalityCode) {
    }

    private Optional<PlacementRef> visiblePlacement(UUID placementId, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select p.candidate_id, p.municipality_code from placement p"
                + " join candidate c on c.id = p.candidate_id where p.id = :id and " + visibility(viewer, params))
                .setParameter("id", placementId);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new PlacementRef((UUID) r[0], (String) r[1]));
    }

    /**
     * The calls the viewer may see: those of the placements it may see ({@link PlacementVisibility},
     * aliases {@code p} and {@code c}), so calls and placements can never disagree.
     */
    static String visibility(Viewer viewer, Map<String, Object> params) {
        return PlacementVisibility.condition(viewer, params);
    }

    private void auditRead(UUID candidateId, String municipalityCode, Viewer viewer, String route) {
        if (!viewer.municipal()) {
            audit.record(AuditAction.READ, candidateId, municipalityCode, viewer.auditActor(), route);
        }
    }

    static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(Text.of("detail.call.not-found", id));
    }

    static ResourceNotFoundException placementNotFound(UUID id) {
        return new ResourceNotFoundException(Text.of("detail.call.placement-not-found", id));
    }

    /** Today in the Netherlands, by the injected clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- mapping ------------------------------------------------------------------------------

    /** One row of {@link #PROJECTION}, before it is cut to the viewer's view. */
    record Row(UUID id, UUID placementId, UUID candidateId, String firstName, String lastName, String candidatePhone,
            String employerName, String employerContactPerson, String employerPhone, String vacancyTitle,
            FollowUpKind kind, int attempt, LocalDate dueDate, String assignee, CallStatus status, boolean flagged,
            CallOutcome outcome, ContactWith contactWith, String notes, String agreedActions, Instant loggedAt,
            String loggedBy, String loggedByName, long version, String municipalityCode) {

        boolean overdue(LocalDate today) {
            return status == CallStatus.PLANNED && dueDate.isBefore(today);
        }

        FollowUpCallView view(Viewer viewer, LocalDate today) {
            return viewer.municipal() ? municipal(today) : staff(today);
        }

        FollowUpCallResponse staff(LocalDate today) {
            return new FollowUpCallResponse(id, placementId, candidateId, firstName + " " + lastName, candidatePhone,
                    employerName, employerContactPerson, employerPhone, vacancyTitle, kind, attempt, dueDate, assignee,
                    status, overdue(today), flagged, outcome, contactWith, notes, agreedActions, loggedAt, loggedBy,
                    loggedByName, version);
        }

        MunicipalFollowUpCallResponse municipal(LocalDate today) {
            return new MunicipalFollowUpCallResponse(id, placementId, candidateId, firstName + " " + lastName,
                    employerName, vacancyTitle, kind, attempt, dueDate, assignee, status, overdue(today), flagged,
                    outcome, contactWith, loggedAt, loggedBy, loggedByName, version);
        }
    }

    private Optional<Row> project(UUID id) {
        return rows(em.createNativeQuery(PROJECTION + " where f.id = :id").setParameter("id", id)).stream().findFirst();
    }

    private static List<Row> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(FollowUpCallService::toRow).toList();
    }

    private static Row toRow(Object[] r) {
        return new Row((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], (String) r[9], FollowUpKind.valueOf((String) r[10]),
                ((Number) r[11]).intValue(), date(r[12]), (String) r[13], CallStatus.valueOf((String) r[14]),
                (Boolean) r[15], r[16] == null ? null : CallOutcome.valueOf((String) r[16]),
                r[17] == null ? null : ContactWith.valueOf((String) r[17]), (String) r[18], (String) r[19],
                r[20] == null ? null : instant(r[20]), (String) r[21], (String) r[22], ((Number) r[23]).longValue(),
                (String) r[24]);
    }

}
