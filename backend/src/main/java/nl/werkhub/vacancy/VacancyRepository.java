package nl.werkhub.vacancy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;

@ApplicationScoped
public class VacancyRepository implements PanacheRepositoryBase<Vacancy, UUID> {

    public PanacheQuery<Vacancy> search(VacancyFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String like = QueryParams.likePattern(filter.q());
        if (like != null) {
            where.add("(lower(title) like :q escape '\\' or lower(description) like :q escape '\\')");
            params.put("q", like);
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add("status in :statuses");
            params.put("statuses", filter.statuses());
        }
        if (filter.sector() != null) {
            where.add("sector = :sector");
            params.put("sector", filter.sector());
        }
        if (filter.employerId() != null) {
            where.add("employer.id = :employerId");
            params.put("employerId", filter.employerId());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, page.toSort(), params).page(Page.of(page.page(), page.size()));
    }

    /** Whether any match (nl.werkhub.matching) names this vacancy, in any status. */
    /** Placements on the vacancy that are {@code ACTIVE}: people working in one of its positions now. */
    public long activePlacements(UUID vacancyId) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from placement where vacancy_id = :id and status = 'ACTIVE'")
                .setParameter("id", vacancyId)
                .getSingleResult()).longValue();
    }

    public boolean hasMatches(UUID vacancyId) {
        return (Boolean) getEntityManager()
                .createNativeQuery("select exists (select 1 from match where vacancy_id = :id)")
                .setParameter("id", vacancyId)
                .getSingleResult();
    }
}
