package nl.werkhub.talent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TalentRepository implements PanacheRepositoryBase<Talent, String> {

    public PanacheQuery<Talent> search(TalentFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String like = QueryParams.likePattern(filter.q());
        if (like != null) {
            // fold the pattern with the same database function that fills search_text (V2), so
            // "hygiene" finds "Hygiëne"; the escape character and wildcards pass through unchanged
            where.add("searchText like cast(function('fold_for_search', :q) as String) escape '\\'");
            params.put("q", like);
        }
        if (filter.category() != null) {
            where.add("category = :category");
            params.put("category", filter.category());
        }
        if (!filter.includeRetired()) {
            where.add("retired = false");
        }
        String query = String.join(" and ", where);
        return find(query, sort(page), params).page(Page.of(page.page(), page.size()));
    }

    /** The requested order with tie-breakers that make it total, so pages never overlap. */
    private static Sort sort(PageRequest page) {
        Sort.Direction direction = page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return switch (page.sortField()) {
            case "code" -> Sort.by("code", direction);
            case "category" -> Sort.by("category", direction).and("labelNl").and("code");
            default -> Sort.by("labelNl", direction).and("code", direction);
        };
    }

    /** The talents with these codes (retired ones too), in one query; unknown codes are simply missing. */
    public List<Talent> findByCodes(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return list("code in ?1", List.copyOf(codes));
    }
}
