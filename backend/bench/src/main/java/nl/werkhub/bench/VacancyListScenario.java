package nl.werkhub.bench;

import java.util.List;

/**
 * The consultant's first screen, GET /api/vacancies?status=OPEN&size=20. Its SQL comes from
 * Hibernate, not from a file, so the SQL side is a hand-written equivalent of the page query (the
 * count query that paging adds is left out): read the ratio as an estimate.
 */
final class VacancyListScenario implements Scenario {

    static final String PATH = "/api/vacancies?status=OPEN&size=20";
    private static final String SQL = """
            select v.*, e.name as employer_name
            from vacancy v join employer e on e.id = v.employer_id
            where v.status = ?
            order by v.created_at desc, v.id
            limit ?""";

    private final Api api;
    private final Tokens tokens;
    private final Db db;

    VacancyListScenario(Api api, Tokens tokens, Db db) {
        this.api = api;
        this.tokens = tokens;
        this.db = db;
    }

    @Override
    public String name() {
        return "vacancy-list";
    }

    @Override
    public List<String> prepare() {
        long total = api.getOk(PATH, tokens.consultant()).path("totalItems").asLong();
        return List.of("open vacancies: " + total);
    }

    @Override
    public String apiLabel() {
        return "GET " + PATH;
    }

    @Override
    public LoadRunner.OpFactory api() {
        return HttpOps.get(api, tokens, PATH);
    }

    @Override
    public String sqlLabel() {
        return "hand-written equivalent of the page query (without its count query)";
    }

    @Override
    public LoadRunner.OpFactory sql() {
        return SqlOps.query(db, SQL, ps -> {
            ps.setString(1, "OPEN");
            ps.setInt(2, 20);
        });
    }
}
