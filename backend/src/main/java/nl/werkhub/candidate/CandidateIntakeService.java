package nl.werkhub.candidate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.ApiException;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.DatabaseUnavailable;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.error.PreconditionFailedException;
import nl.werkhub.common.error.Problem;
import nl.werkhub.common.error.ProblemMappers;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.error.Violation;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Municipal intake: the idempotent {@code PUT} of one profile and the bulk intake of many.
 * <p>
 * <b>Unchanged detection.</b> A valid request is normalised into a {@link CandidateProfile} and
 * compared with the stored profile in the same form; when they are equal nothing is written: no
 * version bump, no new {@code updatedAt}, no audit event.
 * <p>
 * <b>Bulk.</b> Items are validated first (Bean Validation, duplicates within the request), then
 * written in chunks of {@value #CHUNK_SIZE}, each chunk in its own transaction with one query for
 * the existing profiles, one for the talents and JDBC-batched inserts/updates. An item that is
 * invalid (including a talent that does not exist or is retired) never reaches the database, so it
 * cannot cost the others anything. Should a chunk still fail as a whole (a concurrent write of the
 * same client number, or an unforeseen database error), its items are written again one by one,
 * each in its own transaction, and only the item at fault is reported.
 */
@ApplicationScoped
public class CandidateIntakeService {

    static final int CHUNK_SIZE = 100;

    /** Tries of a single PUT that keeps losing to concurrent writes of the same profile, before a 409. */
    static final int MAX_WRITE_ATTEMPTS = 10;

    /** Items per transaction of a bulk intake; {@value #CHUNK_SIZE} unless configured (for measurements). */
    @ConfigProperty(name = "werkhub.intake.chunk-size", defaultValue = "" + CHUNK_SIZE)
    int chunkSize;

    private static final Logger LOG = Logger.getLogger(CandidateIntakeService.class);

    /** Name of the unique constraint on (municipality_code, client_number), see the V3 migration. */
    static final String CLIENT_NUMBER_CONSTRAINT = "uk_candidate_client_number";

    @Inject
    CandidateRepository candidates;

    @Inject
    AuditEventService audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** One item of an intake, with the violations found before touching the database. */
    private record Item(int index, String clientNumber, CandidateProfileRequest request, String ifMatch,
            List<FieldError> violations, String profilePrefix) {
    }

    /** What the database work made of an item. */
    private record Written(IntakeOutcome outcome, Candidate candidate, List<FieldError> violations,
            Map<String, TalentInfo> talents) {
    }

    // ---- single profile -------------------------------------------------------------------------

    /**
     * Creates, updates or leaves unchanged one profile. The caller has checked that the municipality
     * is the caller's own. Invalid input is a {@link BusinessValidationException} listing every field.
     */
    public IntakeResult put(String municipalityCode, String clientNumber, CandidateProfileRequest request,
            String ifMatch, AuditActor actor, String route) {
        Item item = new Item(0, clientNumber, request, ifMatch, validate(clientNumber, request, ""), "");
        Written written = null;
        for (int attempt = 1; written == null; attempt++) {
            try {
                written = QuarkusTransaction.requiringNew()
                        .call(() -> writeChunk(municipalityCode, List.of(item), actor, route).get(0));
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!isConcurrentWrite(e)) {
                    throw e;
                }
                // Someone wrote the same profile at the same moment: decide again on the fresh state (a
                // stale If-Match now answers 412, as it should). Once was not enough: with several writers,
                // the retry itself can lose to a third, and without If-Match the caller asked for no
                // precondition, so a 412 would be wrong (ConcurrencyAndIndexTest saw one).
                if (attempt == MAX_WRITE_ATTEMPTS) {
                    throw new ConflictException(Text.of("detail.candidate.concurrent-intake"));
                }
            }
        }
        if (written.outcome() == IntakeOutcome.INVALID) {
            throw new BusinessValidationException(written.violations());
        }
        return new IntakeResult(written.outcome(), MunicipalCandidateMapper.toResponse(written.candidate(),
                talentsOf(written.candidate(), written.talents())));
    }

    /** The result of a single {@code PUT}: CREATED, UPDATED or UNCHANGED and the profile as stored. */
    public record IntakeResult(IntakeOutcome outcome, MunicipalCandidateResponse candidate) {
    }

    // ---- reads of the owning municipality -------------------------------------------------------

    /** One profile of the municipality, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MunicipalCandidateResponse> get(String municipalityCode, String clientNumber) {
        return candidates.findByClientNumber(municipalityCode, clientNumber).map(c -> MunicipalCandidateMapper
                .toResponse(c, candidates.talentsOf(List.of(c.id)).get(c.id)));
    }

    /**
     * The municipality's profiles changed at or after {@code updatedSince} (all when null), oldest
     * change first, so that a client can resume from the last {@code updatedAt} it has seen.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MunicipalCandidatePage list(String municipalityCode, Instant updatedSince, int page, int size) {
        String where = "municipalityCode = :municipality" + (updatedSince == null ? "" : " and updatedAt >= :since");
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipalityCode);
        if (updatedSince != null) {
            params.put("since", updatedSince);
        }
        PanacheQuery<Candidate> query = candidates.find(where, Sort.by("updatedAt").and("id"), params)
                .page(Page.of(page, size));
        long total = query.count();
        List<Candidate> rows = query.list();
        Map<UUID, List<CandidateTalent>> talents = candidates.talentsOf(rows.stream().map(c -> c.id).toList());
        return new MunicipalCandidatePage(
                rows.stream().map(c -> MunicipalCandidateMapper.toResponse(c, talents.get(c.id))).toList(), page, size,
                total, PageRequest.totalPages(total, size));
    }

    // ---- bulk -----------------------------------------------------------------------------------

    /**
     * Validates and writes every item on its own terms; see the class comment. The request itself
     * (1..1000 items) has been validated by the caller.
     *
     * @param locale   language of the problems in the results
     * @param instance the request path, for the problems
     */
    public BulkIntakeResponse bulk(String municipalityCode, List<BulkIntakeItem> items, AuditActor actor,
            String route, Locale locale, String instance) {
        List<Item> prepared = new ArrayList<>(items.size());
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            BulkIntakeItem raw = items.get(i);
            String clientNumber = raw == null ? null : raw.clientNumber();
            CandidateProfileRequest profile = raw == null ? null : raw.profile();
            List<FieldError> violations = new ArrayList<>();
            violations.addAll(validate(clientNumber, profile, "profile."));
            if (profile == null) {
                violations.add(new FieldError("profile", Text.of("field.required")));
            }
            if (clientNumber != null) {
                Integer first = firstIndex.putIfAbsent(clientNumber, i);
                if (first != null) {
                    violations.add(new FieldError("clientNumber", Text.of("field.client-number-repeated", first)));
                }
            }
            prepared.add(new Item(i, clientNumber, profile, null, sorted(violations), "profile."));
        }

        // Items that are already invalid go through the chunks as well, so that their talents are
        // checked too and the problem lists every field; they are never written.
        BulkIntakeResult[] results = new BulkIntakeResult[items.size()];
        for (int from = 0; from < prepared.size(); from += chunkSize) {
            List<Item> chunk = prepared.subList(from, Math.min(from + chunkSize, prepared.size()));
            try {
                List<Written> written = QuarkusTransaction.requiringNew()
                        .call(() -> writeChunk(municipalityCode, chunk, actor, route));
                for (int i = 0; i < chunk.size(); i++) {
                    results[chunk.get(i).index()] = result(chunk.get(i), written.get(i), locale, instance);
                }
            } catch (RuntimeException chunkFailure) {
                if (DatabaseUnavailable.isCause(chunkFailure)) {
                    // Item by item would fail the same way and answer 200 with every item a 500: the
                    // whole request is a 503 instead. Earlier chunks stay committed, each profile
                    // whole; repeating the request writes the rest and leaves those unchanged.
                    throw chunkFailure;
                }
                LOG.infof("Bulk intake chunk of %d items failed (%s); writing them one by one", chunk.size(),
                        chunkFailure.getClass().getSimpleName());
                for (Item item : chunk) {
                    results[item.index()] = writeAlone(municipalityCode, item, actor, route, locale, instance);
                }
            }
        }
        return BulkIntakeResponse.of(List.of(results));
    }

    private BulkIntakeResult writeAlone(String municipalityCode, Item item, AuditActor actor, String route,
            Locale locale, String instance) {
        try {
            Written written = QuarkusTransaction.requiringNew()
                    .call(() -> writeChunk(municipalityCode, List.of(item), actor, route).get(0));
            return result(item, written, locale, instance);
        } catch (RuntimeException e) {
            Problem problem;
            if (isConcurrentWrite(e)) {
                problem = problem(ProblemType.CONFLICT, Text.of("detail.candidate.concurrent-intake"), null, locale,
                        instance);
            } else {
                String errorId = UUID.randomUUID().toString();
                LOG.errorf(e, "Unexpected error %s in bulk intake item %d", errorId, item.index());
                problem = problem(ProblemType.INTERNAL_ERROR, Text.of("detail.internal-error", errorId), null, locale,
                        instance);
            }
            return new BulkIntakeResult(item.index(), echo(item), IntakeOutcome.INVALID, null, problem);
        }
    }

    private static BulkIntakeResult result(Item item, Written written, Locale locale, String instance) {
        if (written.outcome() == IntakeOutcome.INVALID) {
            return invalid(item, written.violations(), locale, instance);
        }
        return new BulkIntakeResult(item.index(), item.clientNumber(), written.outcome(), written.candidate().id, null);
    }

    private static BulkIntakeResult invalid(Item item, List<FieldError> violations, Locale locale, String instance) {
        return new BulkIntakeResult(item.index(), echo(item), IntakeOutcome.INVALID, null,
                problem(ProblemType.VALIDATION_FAILED, Text.of("detail.invalid-fields", violations.size()), violations,
                        locale, instance));
    }

    /** The client number as sent, unless it was refused: a refused one might be a BSN, which is never repeated. */
    private static String echo(Item item) {
        boolean refused = item.violations().stream().anyMatch(v -> v.field().equals("clientNumber")
                && !v.message().key().equals("field.client-number-repeated"));
        return refused ? null : item.clientNumber();
    }

    private static Problem problem(ProblemType type, Text detail, List<FieldError> violations, Locale locale,
            String instance) {
        List<Violation> translated = violations == null || violations.isEmpty() ? null
                : violations.stream().map(v -> new Violation(v.field(), v.message().in(locale))).toList();
        return new Problem(type.uri(), type.title().in(locale), type.status(), detail.in(locale), instance, translated);
    }

    // ---- the database work, shared by PUT and bulk ----------------------------------------------

    /**
     * Decides and writes every item of a chunk; runs inside the caller's transaction. Items with
     * violations are never written. Returns one {@link Written} per item, in order.
     */
    private List<Written> writeChunk(String municipalityCode, List<Item> items, AuditActor actor, String route) {
        Set<String> codes = new HashSet<>();
        Set<String> clientNumbers = new LinkedHashSet<>();
        for (Item item : items) {
            if (item.request() != null) {
                item.request().talents().forEach(t -> {
                    if (t != null && t.code() != null) {
                        codes.add(t.code());
                    }
                });
            }
            if (item.clientNumber() != null) {
                clientNumbers.add(item.clientNumber());
            }
        }
        Map<String, TalentInfo> talentInfo = candidates.talentInfo(codes);
        Map<String, Candidate> existing = candidates.findByClientNumbers(municipalityCode, clientNumbers);

        List<Written> result = new ArrayList<>(items.size());
        List<Candidate> created = new ArrayList<>();
        List<Candidate> updated = new ArrayList<>();
        Actor writer = new Actor(actor.username(), actor.username());
        for (Item item : items) {
            Candidate current = existing.get(item.clientNumber());
            if (item.ifMatch() != null && !item.ifMatch().isBlank()) {
                if (current == null) {
                    throw new PreconditionFailedException(Text.of("detail.candidate.if-match-without-profile"));
                }
                ETags.checkIfPresent(item.ifMatch(), current.version);
            }
            List<FieldError> violations = new ArrayList<>(item.violations());
            if (item.request() != null) {
                violations.addAll(talentViolations(item.request(), current, talentInfo, item.profilePrefix()));
            }
            if (!violations.isEmpty()) {
                result.add(new Written(IntakeOutcome.INVALID, null, sorted(violations), talentInfo));
                continue;
            }
            CandidateProfile profile = CandidateProfile.of(item.request());
            if (current != null && profile.equals(CandidateProfile.of(current))) {
                result.add(new Written(IntakeOutcome.UNCHANGED, current, List.of(), talentInfo));
            } else if (current != null) {
                profile.applyTo(current);
                current.markUpdated(writer, clock.instant());
                updated.add(current);
                result.add(new Written(IntakeOutcome.UPDATED, current, List.of(), talentInfo));
            } else {
                Candidate candidate = new Candidate();
                candidate.municipalityCode = municipalityCode;
                candidate.clientNumber = item.clientNumber();
                profile.applyTo(candidate);
                candidate.markCreated(writer, clock.instant());
                created.add(candidate);
                result.add(new Written(IntakeOutcome.CREATED, candidate, List.of(), talentInfo));
            }
        }
        // new profiles and the events of the chunk as a few set-based statements (see insertNew);
        // changed profiles are managed entities and go out with the flush
        candidates.insertNew(created);
        audit.recordAll(AuditAction.CREATED, ids(created), Collections.nCopies(created.size(), municipalityCode),
                actor, route);
        audit.recordAll(AuditAction.UPDATED, ids(updated), Collections.nCopies(updated.size(), municipalityCode),
                actor, route);
        candidates.flush();
        return result;
    }

    private static List<UUID> ids(List<Candidate> profiles) {
        return profiles.stream().map(c -> c.id).toList();
    }

    /** Unknown talents, and retired ones the profile does not have yet. */
    private static List<FieldError> talentViolations(CandidateProfileRequest request, Candidate current,
            Map<String, TalentInfo> talentInfo, String prefix) {
        List<FieldError> violations = new ArrayList<>();
        List<CandidateTalentInput> talents = request.talents();
        for (int i = 0; i < talents.size(); i++) {
            CandidateTalentInput t = talents.get(i);
            if (t == null || t.code() == null) {
                continue;
            }
            TalentInfo info = talentInfo.get(t.code());
            if (info == null) {
                violations.add(new FieldError(prefix + "talents[" + i + "].code", Text.of("field.talent-unknown", t.code())));
            } else if (info.retired() && (current == null || !current.talents.containsKey(t.code()))) {
                violations.add(new FieldError(prefix + "talents[" + i + "].code", Text.of("field.talent-retired", t.code())));
            }
        }
        return violations;
    }

    /** Bean Validation of the client number and the profile; profile fields get {@code prefix}. */
    private List<FieldError> validate(String clientNumber, CandidateProfileRequest request, String prefix) {
        List<FieldError> violations = new ArrayList<>();
        for (ConstraintViolation<BulkIntakeItem> v : validator.validateValue(BulkIntakeItem.class, "clientNumber",
                clientNumber)) {
            violations.add(new FieldError("clientNumber", Text.of("verbatim", v.getMessage())));
        }
        if (request != null) {
            for (ConstraintViolation<CandidateProfileRequest> v : validator.validate(request)) {
                violations.add(new FieldError(prefix + ProblemMappers.fieldOf(v.getPropertyPath()),
                        Text.of("verbatim", v.getMessage())));
            }
        }
        return sorted(violations);
    }

    private static List<FieldError> sorted(List<FieldError> violations) {
        List<FieldError> copy = new ArrayList<>(violations);
        copy.sort(Comparator.comparing(FieldError::field));
        return copy;
    }

    private List<CandidateTalent> talentsOf(Candidate candidate, Map<String, TalentInfo> info) {
        List<CandidateTalent> result = new ArrayList<>();
        candidate.talents.forEach((code, level) -> {
            TalentInfo t = info.get(code);
            result.add(new CandidateTalent(code, t.labelNl(), t.category(), level, t.retired()));
        });
        result.sort(Comparator.comparing(CandidateTalent::code));
        return result;
    }

    /** Another request wrote the same profile between our read and our write. */
    static boolean isConcurrentWrite(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return true;
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(Locale.ROOT).contains(CLIENT_NUMBER_CONSTRAINT)) {
                return true;
            }
        }
        return false;
    }
}
