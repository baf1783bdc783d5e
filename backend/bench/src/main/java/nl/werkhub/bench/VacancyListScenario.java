package nl.werkhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The consultant's vacancy list filtered to one sector: GET /api/vacancies?status=OPEN&sector=…&size=20
 * in the default order (newest first), for the sector with the most open vacancies. The SQL side is
 * the page query and the count query the backend sends for it.
 */
final class VacancyListScenario extends SqlScenario {

    private String sector;
    private String[] employerIds;
    private String[] vacancyIds;
    private String[] talentCodes;

    VacancyListScenario(Api api, Tokens tokens, Db db) {
        super("vacancy-list", "vacancy-list", api, tokens, db);
    }

    @Override
    public List<String> prepare() {
        sector = db.queryString("select sector from vacancy where status = 'OPEN' group by sector"
                + " order by count(*) desc, sector limit 1");
        if (sector == null) {
            throw new BenchException("vacancy-list: there are no OPEN vacancies");
        }
        Map<String, Object> page0 = Map.of("status", "OPEN", "sector", sector, "offset", 0, "limit", 20);
        vacancyIds = sql.column(db, page0, 0, 1).toArray(String[]::new);
        employerIds = sql.column(db, page0, 0, 8).stream().distinct().toArray(String[]::new);
        talentCodes = db.queryList("select distinct talent_code from vacancy_talent where vacancy_id::text = any(?)",
                (Object) vacancyIds).toArray(String[]::new);
        JsonNode page = api.getOk(paths().get(0), tokens.consultant());
        List<String> apiIds = new ArrayList<>();
        page.path("items").forEach(v -> apiIds.add(v.path("id").asText()));
        same("status=OPEN&sector=" + sector, apiIds, sql.firstColumn(db, values(0)));
        return List.of(String.format(Locale.ROOT, "sector %s: %,d open vacancies; API and SQL return the same %d in"
                + " the same order", sector, page.path("totalItems").asLong(), apiIds.size()));
    }

    @Override
    public String apiLabel() {
        return "GET /api/vacancies?status=OPEN&sector=" + sector + "&size=20";
    }

    @Override
    public List<String> paths() {
        return List.of("/api/vacancies?status=OPEN&sector=" + sector + "&size=20");
    }

    @Override
    Map<String, Object> values(int pathIndex) {
        return Map.of("status", "OPEN", "sector", sector, "offset", 0, "limit", 20, "employer_ids", employerIds,
                "vacancy_ids", vacancyIds, "talent_codes", talentCodes);
    }
}
