package nl.werkhub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The consultant's talent search, GET /api/candidates?talents=a,b&talentMatch=ALL|ANY (page of 20,
 * default order), for the two most common vocational skills of the data set: a search a consultant
 * makes for a warehouse vacancy. Every hit is audited, so the SQL side includes the audit insert.
 */
final class CandidateSearchScenario extends SqlScenario {

    private final String match;
    private String talents;
    private String[] ids = new String[0];

    CandidateSearchScenario(String name, String match, Api api, Tokens tokens, Db db) {
        super(name, match.equals("ALL") ? "candidate-search-all" : "candidate-search-any", api, tokens, db);
        this.match = match;
    }

    @Override
    public List<String> prepare() {
        talents = db.queryString("select string_agg(code, ',' order by n desc, code) from (select ct.talent_code as code,"
                + " count(*) as n from candidate_talent ct join talent t on t.code = ct.talent_code"
                + " where t.category = 'VOCATIONAL_SKILL' group by ct.talent_code order by n desc, code limit 2) top");
        if (talents == null || !talents.contains(",")) {
            throw new BenchException(name + ": the profiles have fewer than two vocational skills");
        }
        JsonNode page = api.getOk(paths().get(0), tokens.consultant());
        List<String> apiIds = new ArrayList<>();
        page.path("items").forEach(c -> apiIds.add(c.path("id").asText()));
        same("talents=" + talents, apiIds, sql.firstColumn(db, values(0)));
        ids = apiIds.toArray(String[]::new);
        return List.of(String.format(Locale.ROOT, "talents %s (%s): %,d profiles; API and SQL return the same %d in"
                + " the same order", talents, match, page.path("totalItems").asLong(), apiIds.size()));
    }

    @Override
    public String apiLabel() {
        return "GET " + paths().get(0);
    }

    @Override
    public List<String> paths() {
        return List.of("/api/candidates?talents=" + talents + "&talentMatch=" + match + "&size=20");
    }

    @Override
    Map<String, Object> values(int pathIndex) {
        return Map.of("status", "ACTIVE", "talents", talents, "limit", 20, "offset", 0, "ids", ids,
                "now", java.time.OffsetDateTime.now(), "actor", Tokens.CONSULTANT, "actor_role", "consultant",
                "route", "GET /api/candidates");
    }
}
