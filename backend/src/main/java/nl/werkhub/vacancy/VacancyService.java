package nl.werkhub.vacancy;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.validation.Postcodes;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.employer.Employer;
import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.talent.TalentResponse;
import nl.werkhub.talent.TalentService;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Vacancy rules and lifecycle. Bodies are validated here so every caller gets the same checks. */
@ApplicationScoped
public class VacancyService {

    @Inject
    VacancyRepository vacancies;

    @Inject
    EmployerRepository employers;

    @Inject
    TalentService talentService;

    @Inject
    Clock clock;

    @Inject
    VacancyReads reads;

    @Transactional(Transactional.TxType.SUPPORTS)
    public VacancyPage list(VacancyFilter filter, PageRequest page) {
        PanacheQuery<Vacancy> query = vacancies.search(filter, page);
        long total = query.count();
        List<Vacancy> rows = query.list();
        Map<String, TalentResponse> taxonomy = taxonomyOf(rows);
        return new VacancyPage(rows.stream().map(v -> VacancyResponse.of(v, taxonomy)).toList(), page.page(),
                page.size(), total, PageRequest.totalPages(total, page.size()));
    }

    /** A projection in one statement, not the entity: see {@link VacancyReads}. */
    public VacancyResponse get(UUID id) {
        return reads.find(id)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.vacancy.not-found", id)));
    }

    /** A new vacancy starts as {@code DRAFT} and is owned by the caller. */
    @Transactional
    public VacancyResponse create(@NotNull @Valid VacancyRequest request, @NotNull Actor actor) {
        Employer employer = activeEmployer(request.employerId());
        Vacancy vacancy = new Vacancy();
        Map<String, TalentResponse> taxonomy = assignableTalents(vacancy, request);
        apply(vacancy, request, employer);
        vacancy.status = VacancyStatus.DRAFT;
        vacancy.ownerId = actor.subject();
        vacancy.ownerName = actor.username();
        vacancy.markCreated(actor);
        vacancies.persistAndFlush(vacancy);
        return VacancyResponse.of(vacancy, taxonomy);
    }

    @Transactional
    public VacancyResponse update(UUID id, String ifMatch, @NotNull @Valid VacancyRequest request,
            @NotNull Actor actor) {
        Vacancy vacancy = find(id);
        ETags.require(ifMatch, vacancy.version);
        if (request.positions() < vacancy.positions) {
            // Fewer positions than people placed on them would be a vacancy that is over-filled. The row
            // lock is the one a placement takes (findAndLock), so none can slip in between the count and
            // the commit; only a lowering pays for it.
            vacancies.getEntityManager().refresh(vacancy, LockModeType.PESSIMISTIC_WRITE);
            ETags.require(ifMatch, vacancy.version);
            long placed = vacancies.activePlacements(id);
            if (request.positions() < placed) {
                throw new BusinessValidationException("positions",
                        Text.of("field.vacancy.positions-below-placed", placed));
            }
        }
        Employer employer = activeEmployer(request.employerId());
        Map<String, TalentResponse> taxonomy = assignableTalents(vacancy, request);
        apply(vacancy, request, employer);
        vacancy.markUpdated(actor);
        vacancies.flush();
        return VacancyResponse.of(vacancy, taxonomy);
    }

    /**
     * Only drafts can be deleted; a published vacancy has a history and is closed instead. Matches are
     * part of that history (and the foreign key restricts), so they are named first: a vacancy with
     * matches is never a draft, and "it has matches" says more than "it is not a draft".
     */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Vacancy vacancy = find(id);
        ETags.checkIfPresent(ifMatch, vacancy.version);
        if (vacancies.hasMatches(id)) {
            throw new ConflictException(ProblemType.VACANCY_HAS_MATCHES, Text.of("detail.vacancy.has-matches"));
        }
        if (vacancy.status != VacancyStatus.DRAFT) {
            throw new ConflictException(Text.of("detail.vacancy.delete-not-draft", label(vacancy.status)));
        }
        vacancies.delete(vacancy);
        vacancies.flush();
    }

    @Transactional
    public VacancyResponse changeStatus(UUID id, String ifMatch, @NotNull @Valid VacancyStatusChange change,
            @NotNull Actor actor) {
        Vacancy vacancy = find(id);
        ETags.checkIfPresent(ifMatch, vacancy.version);
        VacancyStatus from = vacancy.status;
        VacancyStatus to = change.status();
        if (!from.canMoveTo(to)) {
            throw new ConflictException(from.isFinal()
                    ? Text.of("detail.vacancy.from-final-status", label(from), label(to))
                    : Text.of("detail.vacancy.illegal-transition", label(from), label(to),
                            from.allowedNext().stream().map(VacancyService::label).toList()));
        }
        if (to == VacancyStatus.OPEN && vacancy.employer.isArchived()) {
            throw new ConflictException(Text.of("detail.vacancy.open-for-archived-employer"));
        }
        vacancy.status = to;
        if (to == VacancyStatus.OPEN && vacancy.openedAt == null) {
            vacancy.openedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
        vacancy.markUpdated(actor);
        vacancies.flush();
        return response(vacancy);
    }

    private VacancyResponse response(Vacancy vacancy) {
        return VacancyResponse.of(vacancy, taxonomyOf(List.of(vacancy)));
    }

    /** Labels of the talents of these vacancies: one query for a whole page. */
    private Map<String, TalentResponse> taxonomyOf(Collection<Vacancy> rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(v -> codes.addAll(v.talents.keySet()));
        return codes.isEmpty() ? Map.of() : talentService.findByCodes(codes);
    }

    /**
     * The taxonomy entries of the requested talents when each may be attached: it exists and is not
     * retired, unless the vacancy has it already (a retired talent stays where it is). Otherwise a
     * 422 naming {@code talents[i].code}. Duplicates were refused by Bean Validation before.
     */
    private Map<String, TalentResponse> assignableTalents(Vacancy vacancy, VacancyRequest request) {
        Map<String, Integer> indexOf = new HashMap<>();
        List<VacancyTalentInput> talents = request.talents();
        for (int i = 0; i < talents.size(); i++) {
            indexOf.putIfAbsent(talents.get(i).code(), i);
        }
        if (indexOf.isEmpty()) {
            return Map.of();
        }
        return talentService.requireAssignable(indexOf.keySet(), vacancy.talents.keySet(),
                code -> "talents[" + indexOf.get(code) + "].code");
    }

    /**
     * The vacancy with its row locked until the end of the caller's transaction, read fresh from the
     * database. Placements on one vacancy go through this lock one at a time, so that counting the
     * placements and filling the vacancy ({@link #placementsChanged}) cannot interleave.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Vacancy findAndLock(UUID id) {
        Vacancy vacancy = find(id);
        vacancies.getEntityManager().refresh(vacancy, LockModeType.PESSIMISTIC_WRITE);
        return vacancy;
    }

    /**
     * The one rule that fills a vacancy: when its {@code PLACED} matches reach its positions it becomes
     * {@code FILLED}, through its own status table (only an {@code OPEN} vacancy can be filled). The
     * caller holds the lock of {@link #findAndLock} and counts after its own placement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placementsChanged(Vacancy vacancy, long placed, Actor actor) {
        if (placed >= vacancy.positions && vacancy.status.canMoveTo(VacancyStatus.FILLED)) {
            vacancy.status = VacancyStatus.FILLED;
            vacancy.markUpdated(actor);
        }
    }

    private Vacancy find(UUID id) {
        return vacancies.findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.vacancy.not-found", id)));
    }

    private Employer activeEmployer(UUID employerId) {
        Employer employer = employers.findByIdOptional(employerId)
                .orElseThrow(() -> new BusinessValidationException("employerId", Text.of("field.unknown-employer")));
        if (employer.isArchived()) {
            throw new ConflictException(Text.of("detail.vacancy.archived-employer"));
        }
        return employer;
    }

    /** The status as clients see it: the code in English, the SPA's label in Dutch. */
    private static Text label(VacancyStatus status) {
        return Text.of("vacancy-status." + status.name());
    }

    /** Explicit field-by-field copy: status, owner, version and audit data never come from a body. */
    private static void apply(Vacancy vacancy, VacancyRequest request, Employer employer) {
        vacancy.employer = employer;
        vacancy.title = request.title();
        vacancy.description = request.description();
        vacancy.sector = request.sector();
        vacancy.postcode = Postcodes.normalise(request.postcode());
        vacancy.latitude = request.latitude();
        vacancy.longitude = request.longitude();
        vacancy.hoursPerWeekMin = request.hoursPerWeekMin();
        vacancy.hoursPerWeekMax = request.hoursPerWeekMax();
        vacancy.contractType = request.contractType();
        vacancy.startDate = request.startDate();
        vacancy.positions = request.positions();
        vacancy.dutchLevel = request.dutchLevel();
        vacancy.drivingLicenceRequired = request.drivingLicenceRequired();
        Map<String, VacancyTalentLevel> talents = new LinkedHashMap<>();
        request.talents().forEach(t -> talents.put(t.code(), new VacancyTalentLevel(t.requirement(), t.minLevel())));
        vacancy.replaceTalents(talents);
    }
}
