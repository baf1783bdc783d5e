package nl.werkhub.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The jobcoach's "Vandaag" (frontend/src/app/routes/aftercare/TodayPage.tsx): her planned calls due
 * up to today, GET /api/follow-up-calls?assignee=me&status=PLANNED&dueTo=…&size=100&sort=dueDate,asc,
 * as the demo user {@code jobcoach}.
 */
final class CallsTodayScenario extends SqlScenario {

    private LocalDate today;
    private String[] candidateIds = new String[0];

    CallsTodayScenario(Api api, Tokens tokens, Db db) {
        super("calls-today", "calls-today", api, tokens, db);
    }

    @Override
    public String user() {
        return Tokens.JOBCOACH;
    }

    @Override
    public List<String> prepare() {
        today = LocalDate.now(SuggestionSql.AMSTERDAM);
        JsonNode page = api.getOk(paths().get(0), tokens.of(Tokens.JOBCOACH));
        List<String> apiIds = new ArrayList<>();
        page.path("items").forEach(c -> apiIds.add(c.path("id").asText()));
        same("jobcoach, due by " + today, apiIds, sql.firstColumn(db, values(0)));
        candidateIds = sql.column(db, values(0), 0, 3).stream().distinct().toArray(String[]::new);
        return List.of(String.format(Locale.ROOT, "jobcoach: %,d planned calls due by %s; API and SQL return the same %d"
                + " in the same order", page.path("totalItems").asLong(), today, apiIds.size()));
    }

    @Override
    public String apiLabel() {
        return "GET " + paths().get(0);
    }

    @Override
    public List<String> paths() {
        return List.of("/api/follow-up-calls?assignee=me&status=PLANNED&dueTo=" + today + "&size=100&sort=dueDate,asc");
    }

    @Override
    Map<String, Object> values(int pathIndex) {
        return Map.of("jobcoach", Tokens.JOBCOACH, "status", "PLANNED", "due_to", today, "limit", 100, "offset", 0,
                "candidate_ids", candidateIds, "now", java.time.OffsetDateTime.now(), "actor", Tokens.JOBCOACH,
                "actor_role", "jobcoach", "route", "GET /api/follow-up-calls");
    }
}
