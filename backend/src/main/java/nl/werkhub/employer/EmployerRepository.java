package nl.werkhub.employer;

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
public class EmployerRepository implements PanacheRepositoryBase<Employer, UUID> {

    public boolean kvkNumberTaken(String kvkNumber, UUID exceptId) {
        if (exceptId == null) {
            return count("kvkNumber", kvkNumber) > 0;
        }
        return count("kvkNumber = ?1 and id <> ?2", kvkNumber, exceptId) > 0;
    }

    public PanacheQuery<Employer> search(EmployerFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String like = QueryParams.likePattern(filter.q());
        if (like != null) {
            where.add("(lower(name) like :q escape '\\' or kvkNumber like :q escape '\\')");
            params.put("q", like);
        }
        if (filter.sector() != null) {
            where.add("sector = :sector");
            params.put("sector", filter.sector());
        }
        if (filter.municipality() != null) {
            where.add("municipality.code = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.put("status", filter.status());
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return find(query, page.toSort(), params).page(Page.of(page.page(), page.size()));
    }

    /** Whether any vacancy (in any status) refers to this employer. Queried by entity name to keep packages acyclic. */
    public boolean hasVacancies(UUID employerId) {
        Long count = getEntityManager()
                .createQuery("select count(v) from Vacancy v where v.employer.id = :id", Long.class)
                .setParameter("id", employerId)
                .getSingleResult();
        return count > 0;
    }
}
