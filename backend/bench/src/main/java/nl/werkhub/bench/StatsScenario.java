package nl.werkhub.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard, GET /api/stats as consultant (default period): one aggregate statement per figure,
 * all of them on the SQL side.
 */
final class StatsScenario extends SqlScenario {

    private LocalDate today;
    private LocalDate from;
    private LocalDate to;

    StatsScenario(Api api, Tokens tokens, Db db) {
        super("stats", "stats", api, tokens, db);
    }

    @Override
    public List<String> prepare() {
        today = LocalDate.now(SuggestionSql.AMSTERDAM);
        JsonNode stats = api.getOk(paths().get(0), tokens.consultant());
        from = LocalDate.parse(stats.path("period").path("from").asText());
        to = LocalDate.parse(stats.path("period").path("to").asText());
        // the placements per month, month and count, on both sides
        List<String> apiMonths = new java.util.ArrayList<>();
        stats.path("placementsPerMonth").forEach(m -> apiMonths.add(m.path("month").asText() + "=" + m.path("count").asLong()));
        List<String> months = sql.column(db, values(0), 0, 1);
        List<String> counts = sql.column(db, values(0), 0, 2);
        List<String> sqlMonths = new java.util.ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            sqlMonths.add(months.get(i) + "=" + counts.get(i));
        }
        same("the placements per month", apiMonths, sqlMonths);
        return List.of(String.format(Locale.ROOT, "period %s..%s, today %s; API and SQL agree on the %d months' placements",
                from, to, today, apiMonths.size()));
    }

    @Override
    public String apiLabel() {
        return "GET /api/stats";
    }

    @Override
    public List<String> paths() {
        return List.of("/api/stats");
    }

    @Override
    Map<String, Object> values(int pathIndex) {
        return Map.of("from", from, "to", to, "today", today, "ts", LocalDate.of(2026, 1, 1), "te", LocalDate.of(2027, 12, 31));
    }

    @Override
    public List<Integer> concurrency() {
        return List.of(1);
    }
}
