package nl.werkhub.candidate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.common.web.PageRequest;

import org.hibernate.jpa.HibernateHints;

/**
 * What consultants and jobcoaches may see of the profiles, and the audit of every profile they see.
 * <p>
 * Visibility is part of every query: a consultant sees profiles with consent, a jobcoach the
 * profiles whose {@code jobcoach} is their username (someone with both roles sees both). Every
 * filter runs in PostgreSQL: talents on the GIN-indexed {@code talent_codes} array, narrowed by
 * {@code candidate_talent} for a minimum level; full text on the generated {@code search_text}
 * column. A page costs a fixed number of statements whatever its size: the page, the count, the
 * talents of the page, and one insert of the page's {@code SEARCH_HIT} audit events.
 */
@ApplicationScoped
public class CandidateSearchService {

    /** API sort name to SQL expression. */
    static final Map<String, String> SORT_FIELDS = Map.of(
            "updatedAt", "c.updated_at",
            "lastName", "lower(c.last_name)",
            "availableFrom", "c.available_from");

    @Inject
    EntityManager em;

    @Inject
    CandidateRepository candidates;

    @Inject
    AuditEventService audit;

    /** Who is looking: decides visibility and is written into the audit events. */
    public record Viewer(String username, boolean consultant, boolean jobcoach, AuditActor actor) {
    }

    /** A profile as the viewer sees it, and its version (for the ETag). */
    public record Viewed(CandidateResponse candidate, long version) {
    }

    /** One profile if the viewer may see it, writing a {@code READ} audit event in the same transaction. */
    @Transactional
    public Optional<Viewed> get(UUID id, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        String visible = visibility(viewer, params);
        Query query = em.createNativeQuery("select c.* from candidate c where c.id = :id and " + visible, Candidate.class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Candidate> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = rows.get(0);
        audit.record(AuditAction.READ, c.id, c.municipalityCode, viewer.actor(), route);
        return Optional.of(new Viewed(CandidateMapper.toResponse(c,
                candidates.municipalityNames().get(c.municipalityCode), candidates.talentsOf(List.of(c.id)).get(c.id)),
                c.version));
    }

    /** A page of visible profiles, writing a {@code SEARCH_HIT} audit event for each in the same transaction. */
    @Transactional
    public CandidatePage search(CandidateSearchFilter filter, PageRequest page, Viewer viewer, String route) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, viewer, params);

        Query count = em.createNativeQuery("select count(*) from candidate c where " + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        String direction = page.ascending() ? "asc" : "desc";
        String sql = "select c.* from candidate c where " + where
                + " order by " + page.sortField() + " " + direction + " nulls last, c.id " + direction
                + " limit :limit offset :offset";
        Query select = em.createNativeQuery(sql, Candidate.class).setHint(HibernateHints.HINT_READ_ONLY, true);
        params.forEach(select::setParameter);
        select.setParameter("limit", page.size());
        select.setParameter("offset", (long) page.page() * page.size());
        @SuppressWarnings("unchecked")
        List<Candidate> rows = select.getResultList();

        List<UUID> ids = rows.stream().map(c -> c.id).toList();
        audit.recordSearchHits(ids, viewer.actor(), route);
        Map<UUID, List<CandidateTalent>> talents = candidates.talentsOf(ids);
        Map<String, String> names = rows.isEmpty() ? Map.of() : candidates.municipalityNames();
        List<CandidateResponse> items = rows.stream()
                .map(c -> CandidateMapper.toResponse(c, names.get(c.municipalityCode), talents.get(c.id)))
                .toList();
        return new CandidatePage(items, page.page(), page.size(), total, PageRequest.totalPages(total, page.size()));
    }

    /** The SQL condition of the filter and the viewer's visibility; values go into {@code params}. */
    static String where(CandidateSearchFilter filter, Viewer viewer, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        and.add(visibility(viewer, params));
        and.add("c.status in (:statuses)");
        params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        // Lists are bound as one comma-separated text and split in SQL: codes and enum names contain
        // no commas, and a single parameter keeps the statement the same for any number of values.
        if (!filter.talents().isEmpty()) {
            params.put("talents", String.join(",", filter.talents()));
            if (filter.talentMatch() == TalentMatch.ALL) {
                and.add("c.talent_codes @> string_to_array(:talents, ',')");
                if (filter.minLevel() > 1) {
                    and.add("(select count(*) from candidate_talent ct where ct.candidate_id = c.id"
                            + " and ct.talent_code = any(string_to_array(:talents, ',')) and ct.level >= :minLevel)"
                            + " = :talentCount");
                    params.put("minLevel", filter.minLevel());
                    params.put("talentCount", (long) filter.talents().size());
                }
            } else {
                and.add("c.talent_codes && string_to_array(:talents, ',')");
                if (filter.minLevel() > 1) {
                    and.add("exists (select 1 from candidate_talent ct where ct.candidate_id = c.id"
                            + " and ct.talent_code = any(string_to_array(:talents, ',')) and ct.level >= :minLevel)");
                    params.put("minLevel", filter.minLevel());
                }
            }
        }
        if (!filter.targetGroups().isEmpty()) {
            and.add("c.target_groups && string_to_array(:targetGroups, ',')");
            params.put("targetGroups", String.join(",", filter.targetGroups().stream().map(Enum::name).toList()));
        }
        if (filter.municipality() != null) {
            and.add("c.municipality_code = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.hoursMin() != null) {
            and.add("c.hours_per_week_max >= :hoursMin");
            params.put("hoursMin", filter.hoursMin());
        }
        if (filter.hoursMax() != null) {
            and.add("c.hours_per_week_min <= :hoursMax");
            params.put("hoursMax", filter.hoursMax());
        }
        if (filter.availableBy() != null) {
            and.add("(c.available_from is null or c.available_from <= :availableBy)");
            params.put("availableBy", filter.availableBy());
        }
        if (filter.q() != null) {
            and.add("c.search_text @@ websearch_to_tsquery('dutch', :q)");
            params.put("q", filter.q());
        }
        return String.join(" and ", and);
    }

    private static String visibility(Viewer viewer, Map<String, Object> params) {
        return StaffVisibility.condition(viewer.consultant(), viewer.jobcoach(), viewer.username(), params);
    }
}
