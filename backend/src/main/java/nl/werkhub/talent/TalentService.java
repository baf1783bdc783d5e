package nl.werkhub.talent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.FieldError;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The talent taxonomy: reads for everyone, writes for admins (the resource checks roles), and the
 * checks other packages need when they attach talents to something (candidate profiles, vacancies).
 * Request bodies are validated here, so every caller gets the same rules.
 */
@ApplicationScoped
public class TalentService {

    /** Primary key of the talent table (PostgreSQL's default name, see V2). */
    static final String PRIMARY_KEY = "talent_pkey";

    @Inject
    TalentRepository talents;

    // ---- API for other packages -----------------------------------------------------------------

    /**
     * The talents with these codes, retired ones included, keyed by code, in one query. Unknown
     * codes are missing from the map. For showing labels of talents that are already attached.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TalentResponse> findByCodes(Collection<String> codes) {
        Map<String, TalentResponse> result = new LinkedHashMap<>();
        for (Talent t : talents.findByCodes(distinctNonNull(codes))) {
            result.put(t.code, TalentResponse.of(t));
        }
        return result;
    }

    /**
     * Why each of {@code codes} may not be attached, keyed by code (empty when all may): unknown
     * codes, and retired codes that are not in {@code alreadyAttached} (a retired talent stays where
     * it is but cannot be added). One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Text> unassignable(Collection<String> codes, Collection<String> alreadyAttached) {
        return problems(findByCodes(codes), codes, alreadyAttached);
    }

    /**
     * The talents with these codes, keyed by code, when every one may be attached (see
     * {@link #unassignable}); otherwise a 422 {@link BusinessValidationException} with one violation
     * per offending code, on the field {@code fieldOfCode} names (e.g. {@code talents[2].code}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TalentResponse> requireAssignable(Collection<String> codes, Collection<String> alreadyAttached,
            Function<String, String> fieldOfCode) {
        Map<String, TalentResponse> found = findByCodes(codes);
        Map<String, Text> problems = problems(found, codes, alreadyAttached);
        if (!problems.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            problems.forEach((code, message) -> errors.add(new FieldError(fieldOfCode.apply(code), message)));
            throw new BusinessValidationException(errors);
        }
        return found;
    }

    /** As {@link #requireAssignable(Collection, Collection, Function)}, with every violation on the field {@code talents}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, TalentResponse> requireAssignable(Collection<String> codes, Collection<String> alreadyAttached) {
        return requireAssignable(codes, alreadyAttached, code -> "talents");
    }

    private static Map<String, Text> problems(Map<String, TalentResponse> found, Collection<String> codes,
            Collection<String> alreadyAttached) {
        Set<String> attached = alreadyAttached == null ? Set.of() : Set.copyOf(distinctNonNull(alreadyAttached));
        Map<String, Text> problems = new LinkedHashMap<>();
        for (String code : distinctNonNull(codes)) {
            TalentResponse talent = found.get(code);
            if (talent == null) {
                problems.put(code, Text.of("field.talent.unknown", code));
            } else if (talent.retired() && !attached.contains(code)) {
                problems.put(code, Text.of("field.talent.retired", code));
            }
        }
        return problems;
    }

    private static List<String> distinctNonNull(Collection<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(Objects::nonNull).distinct().toList();
    }

    // ---- the taxonomy itself ----------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public TalentPage list(TalentFilter filter, PageRequest page) {
        PanacheQuery<Talent> query = talents.search(filter, page);
        long total = query.count();
        return new TalentPage(query.list().stream().map(TalentResponse::of).toList(), page.page(), page.size(), total,
                PageRequest.totalPages(total, page.size()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TalentResponse get(String code) {
        return TalentResponse.of(find(code));
    }

    @Transactional
    public TalentResponse create(@NotNull @Valid TalentCreateRequest request, @NotNull Actor actor) {
        talents.findByIdOptional(request.code()).ifPresent(existing -> {
            throw duplicate(existing);
        });
        Talent talent = new Talent();
        talent.code = request.code();
        talent.labelNl = request.labelNl();
        talent.labelEn = request.labelEn();
        talent.category = request.category();
        talent.escoUri = request.escoUri();
        talent.retired = false;
        talent.markCreated(actor);
        try {
            talents.persistAndFlush(talent);
        } catch (PersistenceException e) {
            // another admin created the same code between the check above and this insert
            if (isPrimaryKeyViolation(e)) {
                throw new ConflictException(Text.of("detail.talent.duplicate-code", request.code()));
            }
            throw e;
        }
        return TalentResponse.of(talent);
    }

    /** Rename / recategorise. A body equal to what is stored changes nothing (same version). */
    @Transactional
    public TalentResponse update(String code, String ifMatch, @NotNull @Valid TalentUpdateRequest request,
            @NotNull Actor actor) {
        Talent talent = find(code);
        ETags.require(ifMatch, talent.version);
        boolean changed = !request.labelNl().equals(talent.labelNl) || !request.labelEn().equals(talent.labelEn)
                || request.category() != talent.category || !Objects.equals(request.escoUri(), talent.escoUri);
        if (changed) {
            talent.labelNl = request.labelNl();
            talent.labelEn = request.labelEn();
            talent.category = request.category();
            talent.escoUri = request.escoUri();
            talent.markUpdated(actor);
            talents.flush();
        }
        return TalentResponse.of(talent);
    }

    /** Idempotent: retiring a retired talent answers it unchanged. */
    @Transactional
    public TalentResponse retire(String code, String ifMatch, @NotNull Actor actor) {
        return setRetired(code, ifMatch, true, actor);
    }

    /** Idempotent: reinstating an active talent answers it unchanged. */
    @Transactional
    public TalentResponse reinstate(String code, String ifMatch, @NotNull Actor actor) {
        return setRetired(code, ifMatch, false, actor);
    }

    private TalentResponse setRetired(String code, String ifMatch, boolean retired, Actor actor) {
        Talent talent = find(code);
        ETags.checkIfPresent(ifMatch, talent.version);
        if (talent.retired != retired) {
            talent.retired = retired;
            talent.markUpdated(actor);
            talents.flush();
        }
        return TalentResponse.of(talent);
    }

    private Talent find(String code) {
        return talents.findByIdOptional(code)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.talent.not-found", code)));
    }

    private static ConflictException duplicate(Talent existing) {
        return new ConflictException(Text.of(existing.retired ? "detail.talent.duplicate-code-retired"
                : "detail.talent.duplicate-code", existing.code));
    }

    private static boolean isPrimaryKeyViolation(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(PRIMARY_KEY)) {
                return true;
            }
        }
        return false;
    }
}
