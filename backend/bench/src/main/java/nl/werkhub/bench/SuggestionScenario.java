package nl.werkhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET /api/vacancies/{id}/suggestions?limit=n against the SQL the backend runs for it, read from
 * the backend's own resource file, with the same parameters.
 */
final class SuggestionScenario implements Scenario {

    private final String name;
    private final BenchVacancies.Spec spec;
    private final Options o;
    private final Api api;
    private final Tokens tokens;
    private final Db db;
    private String vacancyId;
    private SuggestionSql sql;

    SuggestionScenario(String name, BenchVacancies.Spec spec, Options o, Api api, Tokens tokens, Db db) {
        this.name = name;
        this.spec = spec;
        this.o = o;
        this.api = api;
        this.tokens = tokens;
        this.db = db;
    }

    @Override
    public String name() {
        return name;
    }

    private String path() {
        return "/api/vacancies/" + vacancyId + "/suggestions?limit=" + o.limit;
    }

    @Override
    public List<String> prepare() {
        vacancyId = o.vacancyId != null ? o.vacancyId : new BenchVacancies(api, tokens).ensure(spec);
        JsonNode vacancy = api.getOk("/api/vacancies/" + vacancyId, tokens.consultant());
        if (!"OPEN".equals(vacancy.path("status").asText())) {
            throw new BenchException("vacancy " + vacancyId + " is " + vacancy.path("status").asText() + ", not OPEN");
        }
        List<String> mustHaves = new ArrayList<>();
        List<String> all = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (JsonNode t : vacancy.path("talents")) {
            String code = t.path("code").asText();
            all.add(code);
            boolean must = "MUST_HAVE".equals(t.path("requirement").asText());
            if (must) {
                mustHaves.add(code);
            }
            described.add(code + (must ? " (must, " : " (nice, ") + "min " + t.path("minLevel").asInt() + ")");
        }
        long profiles = db.queryLong("select count(*) from candidate");
        long pool = eligible(mustHaves.isEmpty() ? all : mustHaves);

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "vacancy \"%s\" (%s): %s", vacancy.path("title").asText(), vacancyId,
                described.isEmpty() ? "no talents" : String.join(", ", described)));
        lines.add(String.format(Locale.ROOT,
                "eligible pool (ACTIVE, consent, %s): %,d of %,d profiles (%.1f%%)",
                mustHaves.isEmpty() ? (all.isEmpty() ? "no talent filter" : "any of its talents") : "any must-have",
                pool, profiles, 100.0 * pool / Math.max(1, profiles)));

        for (String line : lines) {
            System.out.println("[bench] " + line); // before anything below can fail
        }
        lines.clear();
        sql = SuggestionSql.load(o.repo);
        if (o.sqlOnly) {
            lines.add("SQL rows: " + SqlOps.firstColumn(db, sql.text(), sql.binder(vacancyId, o.limit)).size()
                    + " (--sql-only: not compared with the API)");
            return lines;
        }
        // The SQL side is only worth timing if it is the query behind the endpoint: same rows, same order.
        JsonNode suggestions = api.getOk(path(), tokens.consultant());
        List<String> apiIds = new ArrayList<>();
        for (JsonNode s : suggestions.path("items")) {
            apiIds.add(s.path("candidate").path("id").asText());
        }
        List<String> sqlIds = SqlOps.firstColumn(db, sql.text(), sql.binder(vacancyId, o.limit));
        if (!apiIds.equals(sqlIds)) {
            throw new BenchException("the API and " + SuggestionSql.PATH + " disagree for vacancy " + vacancyId
                    + ":\n  API: " + apiIds + "\n  SQL: " + sqlIds
                    + "\n  (are the backend jar and the SQL file from the same commit? make bench packages it)");
        }
        lines.add(String.format(Locale.ROOT, "API and SQL return the same %d candidates in the same order",
                apiIds.size()));
        return lines;
    }

    /** The narrowing of docs/api.md "Suggestions", counted on its own. */
    private long eligible(List<String> codes) {
        String q = "select count(*) from candidate c where c.status = 'ACTIVE' and c.consent"
                + (codes.isEmpty() ? "" : " and c.talent_codes && ?");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(q)) {
            if (!codes.isEmpty()) {
                ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new BenchException("counting the eligible pool failed: " + e.getMessage());
        }
    }

    @Override
    public String apiLabel() {
        return "GET /api/vacancies/{id}/suggestions?limit=" + o.limit;
    }

    @Override
    public List<String> paths() {
        return List.of(path());
    }

    /** One client for the latency floor (p95 at one request in flight), four for the CPU-bound case. */
    @Override
    public List<Integer> concurrency() {
        return spec == BenchVacancies.BROAD ? List.of(1) : List.of(1, 4);
    }

    @Override
    public String sqlLabel() {
        return SuggestionSql.PATH;
    }

    @Override
    public LoadRunner.OpFactory sql() {
        return SqlOps.query(db, sql.text(), sql.binder(vacancyId, o.limit));
    }
}
