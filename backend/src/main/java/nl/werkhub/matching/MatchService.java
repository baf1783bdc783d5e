package nl.werkhub.matching;

import static nl.werkhub.common.SqlValues.instant;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.werkhub.aftercare.PlacementService;
import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.candidate.StaffVisibility;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.vacancy.Vacancy;
import nl.werkhub.vacancy.VacancyRepository;
import nl.werkhub.vacancy.VacancyService;
import nl.werkhub.vacancy.VacancyStatus;

import org.hibernate.exception.ConstraintViolationException;

/**
 * The match pipeline: creating a match with a snapshot of its score, moving it through
 * {@link MatchStatus}'s table with an event per move, and reading matches as each audience may.
 * <p>
 * Visibility is part of every read query, never a filter in Java: consultants see matches of
 * consenting candidates, jobcoaches those of the candidates assigned to them, a municipality those
 * of its own candidates. A match the reader may not see is answered exactly like an unknown id.
 */
@ApplicationScoped
public class MatchService {

    /** API sort name to SQL expression. */
    static final Map<String, String> SORT_FIELDS = Map.of(
            "updatedAt", "m.updated_at",
            "createdAt", "m.created_at",
            "score", "m.score");

    static final String UNIQUE_PAIR = "uk_match_vacancy_candidate";

    private static final String PROJECTION = """
            select m.id, m.version, m.vacancy_id, v.title, e.name, m.candidate_id, c.first_name, c.last_name,
                   m.municipality_code, m.status, m.score, cast(m.breakdown as text), m.rejection_reason,
                   pl.id as placement_id, m.owner_id, m.owner_name, m.created_at, m.created_by, m.updated_at, m.updated_by
            from match m
            join candidate c on c.id = m.candidate_id
            join vacancy v on v.id = m.vacancy_id
            join employer e on e.id = v.employer_id
            left join placement pl on pl.match_id = m.id
            """;

    @Inject
    EntityManager em;

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyService vacancyService;

    @Inject
    MatchScoring scoring;

    @Inject
    PlacementService placements;

    @Inject
    AuditEventService audit;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Who is reading. A token with the municipality role is a municipal system and sees its own
     * candidates only, whatever other roles it carries; its reads of its own data are not audited.
     */
    public record Viewer(String subject, String username, boolean consultant, boolean jobcoach, boolean municipal,
            String municipality) {

        AuditActor auditActor() {
            return new AuditActor(username, consultant ? Roles.CONSULTANT : Roles.JOBCOACH);
        }
    }

    /** The filters of {@code GET /api/matches}; null or empty means "any". */
    public record Filter(UUID vacancyId, UUID candidateId, List<MatchStatus> statuses, String ownerId) {
    }

    // ---- writes -------------------------------------------------------------------------------

    /**
     * A new match in {@code SUGGESTED}, owned by the caller, with the score of this moment and a first
     * event. The candidate must be one the consultant may propose: consenting and {@code ACTIVE}.
     */
    @Transactional
    public MatchResponse create(@NotNull @Valid MatchCreateRequest request, @NotNull Actor actor) {
        Vacancy vacancy = vacancies.findById(request.vacancyId());
        Optional<String> municipality = proposableCandidate(request.candidateId());
        List<FieldError> errors = new ArrayList<>();
        if (vacancy == null) {
            errors.add(new FieldError("vacancyId", Text.of("field.match.unknown-vacancy")));
        }
        if (municipality.isEmpty()) {
            errors.add(new FieldError("candidateId", Text.of("field.match.candidate-not-available")));
        }
        if (!errors.isEmpty()) {
            throw new BusinessValidationException(errors);
        }
        existingMatch(request.vacancyId(), request.candidateId()).ifPresent(existing -> {
            throw matchExists(existing);
        });
        requireOpen(vacancy);

        var scored = scoring.scorePair(request.vacancyId(), request.candidateId());
        Instant now = now();
        Match match = new Match();
        match.vacancyId = request.vacancyId();
        match.candidateId = request.candidateId();
        match.municipalityCode = municipality.get();
        match.status = MatchStatus.SUGGESTED;
        match.score = scored.score();
        match.breakdown = write(scored.breakdown());
        match.ownerId = actor.subject();
        match.ownerName = actor.username();
        match.markCreated(actor, now);
        em.persist(match);
        record(match, null, MatchStatus.SUGGESTED, request.note(), null, actor, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UNIQUE_PAIR.equalsIgnoreCase(violatedConstraint(e))) {
                // another request made the same pair between our check and our insert; it has
                // committed (PostgreSQL waits for it before reporting), so the caller can look it up
                throw new PairTaken(request.vacancyId(), request.candidateId());
            }
            throw e;
        }
        return project(match.id).orElseThrow();
    }

    /** The id of the pair's match after a lost race of {@link #create}; see {@link PairTaken}. */
    @Transactional
    public ConflictException matchExistsAfterRace(PairTaken race) {
        return existingMatch(race.vacancyId, race.candidateId).map(MatchService::matchExists)
                .orElseGet(() -> new ConflictException(ProblemType.MATCH_EXISTS, Text.of("detail.match.exists", "?")));
    }

    /**
     * One move through the pipeline, with its event, in one transaction. Checks, in this order: the
     * match is visible (404), If-Match (428/412), the move is in the table (409), the fields the
     * target needs (422, for PLACED also a jobcoach the directory knows), an open vacancy for forward
     * moves (409), one ACTIVE placement per candidate (409). PLACED makes the placement in the same
     * transaction ({@link PlacementService#place}).
     */
    @Transactional
    public MatchResponse transition(UUID id, String ifMatch, @NotNull @Valid MatchTransitionRequest request,
            @NotNull Viewer viewer, @NotNull Actor actor) {
        Match match = findForWrite(id, viewer);
        ETags.require(ifMatch, match.version);
        MatchStatus from = match.status;
        MatchStatus to = request.to();
        if (!from.canMoveTo(to)) {
            throw new ConflictException(ProblemType.ILLEGAL_TRANSITION, from.isFinal()
                    ? Text.of("detail.match.from-final-status", label(from), label(to))
                    : Text.of("detail.match.illegal-transition", label(from), label(to),
                            from.allowedNext().stream().map(MatchService::label).toList()));
        }
        requireFieldsFor(request);
        if (to == MatchStatus.PLACED) {
            placements.requireJobcoach(request.placement().jobcoach(), "placement.jobcoach");
        }

        Vacancy vacancy = null;
        if (to.isForward()) {
            // locked so that a placement and the count that may fill the vacancy see every other placement
            vacancy = vacancyService.findAndLock(match.vacancyId);
            requireOpen(vacancy);
        }
        if (to == MatchStatus.PLACED && placements.hasActivePlacement(match.candidateId)) {
            throw PlacementService.candidateAlreadyPlaced();
        }

        Instant now = now();
        match.status = to;
        match.rejectionReason = request.reason();
        match.markUpdated(actor, now);
        record(match, from, to, request.note(), request.reason(), actor, now);
        em.flush();
        if (to == MatchStatus.PLACED) {
            // a race of two placements of one candidate on different vacancies is decided in here
            placements.place(match.id, match.vacancyId, match.candidateId, match.municipalityCode,
                    request.placement(), actor, now);
            vacancyService.placementsChanged(vacancy, placedOn(match.vacancyId), actor);
            em.flush();
        }
        return project(match.id).orElseThrow();
    }

    // ---- reads --------------------------------------------------------------------------------

    /** One match if the viewer may see it; a consultant's or jobcoach's read is audited ({@code READ}). */
    @Transactional
    public Optional<MatchResponse> get(UUID id, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery(PROJECTION + " where m.id = :id and " + visibility(viewer, params))
                .setParameter("id", id);
        params.forEach(query::setParameter);
        Optional<MatchResponse> match = rows(query).stream().findFirst();
        match.ifPresent(m -> auditRead(m.candidateId(), m.municipalityCode(), viewer, route));
        return match;
    }

    /** The events of a visible match, oldest first; audited like a detail read. */
    @Transactional
    public Optional<List<MatchEventResponse>> events(UUID id, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select m.candidate_id, m.municipality_code from match m"
                + " join candidate c on c.id = m.candidate_id where m.id = :id and " + visibility(viewer, params))
                .setParameter("id", id);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        auditRead((UUID) found.get(0)[0], (String) found.get(0)[1], viewer, route);
        List<MatchEvent> events = em.createQuery("from MatchEvent where matchId = :id order by seq", MatchEvent.class)
                .setParameter("id", id).getResultList();
        return Optional.of(events.stream().map(MatchEventResponse::of).toList());
    }

    /** A page of visible matches; each listed candidate gets a {@code SEARCH_HIT} for a consultant or jobcoach. */
    @Transactional
    public MatchPage list(Filter filter, PageRequest page, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        List<String> and = new ArrayList<>();
        and.add(visibility(viewer, params));
        if (filter.vacancyId() != null) {
            and.add("m.vacancy_id = :vacancyId");
            params.put("vacancyId", filter.vacancyId());
        }
        if (filter.candidateId() != null) {
            and.add("m.candidate_id = :candidateId");
            params.put("candidateId", filter.candidateId());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            and.add("m.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.ownerId() != null) {
            and.add("m.owner_id = :ownerId");
            params.put("ownerId", filter.ownerId());
        }
        String where = " where " + String.join(" and ", and);

        Query count = em.createNativeQuery("select count(*) from match m join candidate c on c.id = m.candidate_id" + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        String direction = page.ascending() ? "asc" : "desc";
        Query select = em.createNativeQuery(PROJECTION + where + " order by " + page.sortField() + " " + direction
                + ", m.id " + direction + " limit :limit offset :offset");
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", (long) page.page() * page.size());
        List<MatchResponse> items = rows(select);

        if (!viewer.municipal() && !items.isEmpty()) {
            audit.recordSearchHits(new LinkedHashSet<>(items.stream().map(MatchResponse::candidateId).toList()),
                    viewer.auditActor(), route);
        }
        return new MatchPage(items, page.page(), page.size(), total, PageRequest.totalPages(total, page.size()));
    }

    // ---- rules --------------------------------------------------------------------------------

    /** What each target needs: a reason to reject (optional to withdraw), a note for OTHER, a contract to place. */
    private static void requireFieldsFor(MatchTransitionRequest request) {
        MatchStatus to = request.to();
        List<FieldError> errors = new ArrayList<>();
        if (to == MatchStatus.REJECTED && request.reason() == null) {
            errors.add(new FieldError("reason", Text.of("field.match.reason-required")));
        } else if (request.reason() != null && to != MatchStatus.REJECTED && to != MatchStatus.WITHDRAWN) {
            errors.add(new FieldError("reason", Text.of("field.match.reason-not-allowed")));
        } else if (request.reason() == MatchRejectionReason.OTHER && request.note() == null) {
            errors.add(new FieldError("note", Text.of("field.match.note-required-for-other")));
        }
        if (to == MatchStatus.PLACED && request.placement() == null) {
            errors.add(new FieldError("placement", Text.of("field.match.placement-required")));
        } else if (to != MatchStatus.PLACED && request.placement() != null) {
            errors.add(new FieldError("placement", Text.of("field.match.placement-not-allowed")));
        }
        if (!errors.isEmpty()) {
            throw new BusinessValidationException(errors);
        }
    }

    private static void requireOpen(Vacancy vacancy) {
        if (vacancy.status != VacancyStatus.OPEN) {
            throw new ConflictException(ProblemType.VACANCY_NOT_OPEN,
                    Text.of("detail.match.vacancy-not-open", Text.of("vacancy-status." + vacancy.status.name())));
        }
    }

    private static ConflictException matchExists(UUID existing) {
        return new ConflictException(ProblemType.MATCH_EXISTS, Text.of("detail.match.exists", existing), existing);
    }

    /** The candidate's municipality when a consultant may put them in a pipeline: consent and ACTIVE. */
    private Optional<String> proposableCandidate(UUID candidateId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery(
                "select c.municipality_code from candidate c where c.id = :id and c.status = 'ACTIVE' and "
                        + StaffVisibility.forConsultants())
                .setParameter("id", candidateId).getResultList();
        return rows.stream().findFirst();
    }

    private Optional<UUID> existingMatch(UUID vacancyId, UUID candidateId) {
        return em.createQuery("select id from Match where vacancyId = :v and candidateId = :c", UUID.class)
                .setParameter("v", vacancyId).setParameter("c", candidateId)
                .getResultStream().findFirst();
    }

    private long placedOn(UUID vacancyId) {
        return em.createQuery("select count(*) from Match where vacancyId = :v and status = :placed", Long.class)
                .setParameter("v", vacancyId).setParameter("placed", MatchStatus.PLACED).getSingleResult();
    }

    /** Writes go through the same visibility as reads: a consultant moves matches of consenting candidates. */
    private Match findForWrite(UUID id, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        Query query = em.createNativeQuery("select m.* from match m join candidate c on c.id = m.candidate_id"
                + " where m.id = :id and " + visibility(viewer, params), Match.class).setParameter("id", id);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Match> rows = query.getResultList();
        if (rows.isEmpty()) {
            throw notFound(id);
        }
        return rows.get(0);
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

    static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException(Text.of("detail.match.not-found", id));
    }

    private void record(Match match, MatchStatus from, MatchStatus to, String note, MatchRejectionReason reason,
            Actor actor, Instant at) {
        MatchEvent event = new MatchEvent();
        event.id = UUID.randomUUID();
        event.matchId = match.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        event.reason = reason;
        event.occurredAt = at;
        event.actor = actor.subject();
        event.actorName = actor.username();
        em.persist(event);
    }

    private void auditRead(UUID candidateId, String municipalityCode, Viewer viewer, String route) {
        if (!viewer.municipal()) {
            audit.record(AuditAction.READ, candidateId, municipalityCode, viewer.auditActor(), route);
        }
    }

    /**
     * The SQL condition for what the viewer may see (aliases {@code m} for the match, {@code c} for its
     * candidate); values go into {@code params}.
     */
    static String visibility(Viewer viewer, Map<String, Object> params) {
        if (viewer.municipal()) {
            if (viewer.municipality() == null) {
                return "false";
            }
            params.put("ownMunicipality", viewer.municipality());
            // the match's copy of the candidate's municipality: indexed, and equal by construction
            return "m.municipality_code = :ownMunicipality";
        }
        return StaffVisibility.condition(viewer.consultant(), viewer.jobcoach(), viewer.username(), params);
    }

    // ---- mapping ------------------------------------------------------------------------------

    private Optional<MatchResponse> project(UUID id) {
        return rows(em.createNativeQuery(PROJECTION + " where m.id = :id").setParameter("id", id)).stream().findFirst();
    }

    private List<MatchResponse> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(this::toResponse).toList();
    }

    private MatchResponse toResponse(Object[] r) {
        return new MatchResponse((UUID) r[0], (UUID) r[2], (String) r[3], (String) r[4], (UUID) r[5],
                r[6] + " " + r[7], (String) r[8], MatchStatus.valueOf((String) r[9]), ((Number) r[10]).intValue(),
                read((String) r[11]), r[12] == null ? null : MatchRejectionReason.valueOf((String) r[12]), (UUID) r[13],
                (String) r[14], (String) r[15], ((Number) r[1]).longValue(), instant(r[16]), (String) r[17],
                instant(r[18]), (String) r[19]);
    }

    private String write(MatchBreakdown breakdown) {
        try {
            return json.writeValueAsString(breakdown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("breakdown not serialisable", e);
        }
    }

    private MatchBreakdown read(String breakdown) {
        try {
            return json.readValue(breakdown, MatchBreakdown.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored breakdown not readable", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The status as clients see it: the code in English, the SPA's label in Dutch. */
    private static Text label(MatchStatus status) {
        return Text.of("match-status." + status.name());
    }

    /**
     * Thrown out of {@link #create}'s transaction (rolling it back) when the pair's unique constraint
     * was hit; the resource then asks {@link #matchExistsAfterRace} for the winner in a fresh one.
     */
    public static final class PairTaken extends RuntimeException {
        final UUID vacancyId;
        final UUID candidateId;

        PairTaken(UUID vacancyId, UUID candidateId) {
            super("match pair taken concurrently", null, false, false);
            this.vacancyId = vacancyId;
            this.candidateId = candidateId;
        }
    }
}
