package nl.werkhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * GET /api/vacancies/{id} over up to 1,000 vacancies picked at random (a fixed pseudo-random order,
 * so each run reads the same ones): throughput and latency at 8 connections, the concurrency at
 * which the floor (≥ 3,000 requests/s, p99 ≤ 20 ms) is asked.
 */
final class VacancyGetScenario extends SqlScenario {

    private final List<String> ids = new ArrayList<>();

    VacancyGetScenario(Api api, Tokens tokens, Db db) {
        super("vacancy-get", "vacancy-get", api, tokens, db);
    }

    @Override
    public List<String> prepare() {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement("select v.id from vacancy v order by md5(v.id::text) limit 1000");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new BenchException("vacancy-get: " + e.getMessage());
        }
        if (ids.isEmpty()) {
            throw new BenchException("vacancy-get: there are no vacancies");
        }
        for (int i = 0; i < Math.min(5, ids.size()); i++) {
            String apiId = api.getOk(paths().get(i), tokens.consultant()).path("id").asText();
            same("vacancy " + ids.get(i), List.of(apiId), sql.firstColumn(db, values(i)));
        }
        return List.of(String.format(Locale.ROOT, "%,d vacancies, random per request; API and SQL agree on the first %d",
                ids.size(), Math.min(5, ids.size())));
    }

    @Override
    public String apiLabel() {
        return "GET /api/vacancies/{id}";
    }

    @Override
    public List<String> paths() {
        return ids.stream().map(id -> "/api/vacancies/" + id).toList();
    }

    @Override
    Map<String, Object> values(int pathIndex) {
        return Map.of("id", UUID.fromString(ids.get(pathIndex)));
    }

    @Override
    public List<Integer> concurrency() {
        return List.of(8);
    }
}
