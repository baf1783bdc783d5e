package nl.werkhub.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.werkhub.faults.Http.Answer;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

/**
 * A crash in the middle of a bulk intake (issue 7, "Faults"): the packaged backend, in a process of
 * its own, is killed with SIGKILL while it writes 1,000 new profiles of one request. After a restart
 * every profile of the request is either whole — the candidate row, each of its talents, its row in
 * {@code candidate_match_profile} and one {@code CREATED} audit event — or not there at all, and the
 * same request sent again completes it: the profiles already written come back UNCHANGED, the others
 * CREATED, and no profile gets a second audit event.
 */
class BulkIntakeCrashIT {

    static final int PG_PORT = 54395;
    static final int BACKEND_PORT = 54396;
    static final int ITEMS = 1000;
    /** Answers a request of this test waits for: a bulk of 1,000 on a busy two-core machine. */
    static final Duration SLOW = Duration.ofMinutes(5);
    static final List<String> TALENTS = List.of("betrouwbaar", "klantgericht", "samenwerken");

    @Test
    void aKilledBulkIntakeLeavesEveryProfileWholeOrAbsentAndARetryCompletesIt() throws Exception {
        try (StoppablePostgres pg = StoppablePostgres.fresh(PG_PORT, BackendProcess.OUT.resolve("pg-crash"));
                MockIdentityProvider oidc = new MockIdentityProvider()) {
            Map<String, String> env = oidc.backendEnv(pg.jdbcUrl());
            // the pool's acquisition timeout is the outage test's business; here it would only make a
            // start on a starved machine fail before the crash is even tried
            List<String> options = List.of(MockIdentityProvider.ANY_ISSUER, "-Dquarkus.datasource.jdbc.acquisition-timeout=30S");
            String token = TestTokens.rotterdam();
            String prefix = "CRASH-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
            Map<String, Object> request = Map.of("items", items(prefix));
            String path = "/api/municipalities/rotterdam/candidates/bulk";

            int present;
            long killedAfterMillis;
            try (BackendProcess backend = new BackendProcess("bulk-crash-1", BACKEND_PORT, env, options)) {
                backend.start(Duration.ofMinutes(5));
                Http http = new Http(backend.baseUrl());
                // a cold backend's first bulk pays for class loading and the identity provider: warm it up
                // with one small request of other client numbers
                Answer warm = http.send("POST", path, token, Map.of("items", items("WARM" + prefix).subList(0, 5)), SLOW);
                assertEquals(200, warm.status(), warm::toString);

                long sent = System.nanoTime();
                CompletableFuture<Answer> inFlight = CompletableFuture.supplyAsync(() -> http.send("POST", path, token, request, SLOW));
                try (Connection db = pg.connect()) {
                    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    int count = 0;
                    // kill once the first chunk is committed and while more are to come
                    while (System.nanoTime() < deadline && !inFlight.isDone() && (count = count(db, prefix)) == 0) {
                        Thread.sleep(5);
                    }
                    if (inFlight.isDone()) {
                        fail("the bulk intake finished before the backend could be killed: " + inFlight.get()
                                + " (" + count + " profiles)");
                    }
                    backend.kill();
                    killedAfterMillis = (System.nanoTime() - sent) / 1_000_000;
                }
                Answer lost = inFlight.get(30, TimeUnit.SECONDS);
                assertEquals(-1, lost.status(), () -> "the killed request got an answer: " + lost);
            }

            List<String> problems = new ArrayList<>();
            try (Connection db = pg.connect()) {
                present = count(db, prefix);
                problems.addAll(incomplete(db, prefix));
            }
            String afterCrash = String.format(Locale.ROOT,
                    "killed %d ms after the request of %d new profiles was sent; %d were stored, %d not; incomplete: %d",
                    killedAfterMillis, ITEMS, present, ITEMS - present, problems.size());
            System.out.println("[faults] bulk intake crash: " + afterCrash);
            assertTrue(problems.isEmpty(), () -> "half-written profiles after the crash: " + problems);
            assertTrue(present > 0 && present < ITEMS, "the crash did not fall in the middle: " + present);

            try (BackendProcess backend = new BackendProcess("bulk-crash-2", BACKEND_PORT, env, options)) {
                backend.start(Duration.ofMinutes(5));
                Http http = new Http(backend.baseUrl());
                Answer retry = http.send("POST", path, token, request, SLOW);
                assertEquals(200, retry.status(), retry::toString);
                JsonNode body = retry.json();
                String summary = "created " + body.get("created") + ", unchanged " + body.get("unchanged") + ", updated "
                        + body.get("updated") + ", invalid " + body.get("invalid");
                assertEquals(ITEMS - present, body.get("created").asInt(), summary);
                assertEquals(present, body.get("unchanged").asInt(), summary);
                assertEquals(0, body.get("updated").asInt(), summary);
                assertEquals(0, body.get("invalid").asInt(), summary);
                try (Connection db = pg.connect()) {
                    assertEquals(ITEMS, count(db, prefix));
                    List<String> after = incomplete(db, prefix);
                    assertTrue(after.isEmpty(), () -> "incomplete profiles after the retry: " + after);
                }
                String figures = afterCrash + String.format(Locale.ROOT,
                        "%nretry of the same request after a restart: created %d, unchanged %d, updated 0, invalid 0; "
                                + "all %d profiles whole, one CREATED audit event each%n",
                        ITEMS - present, present, ITEMS);
                Files.writeString(BackendProcess.OUT.resolve("bulk-intake-crash.txt"), figures);
                System.out.println("[faults] " + figures);
            }
        }
    }

    private static List<Map<String, Object>> items(String prefix) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            Map<String, Object> profile = new HashMap<>(Candidates.profile());
            int n = i;
            profile.put("lastName", "Verbeek" + n);
            profile.put("talents", TALENTS.stream().map(code -> Candidates.talent(code, 1 + (code.length() + n) % 5)).toList());
            items.add(Map.of("clientNumber", prefix + "-" + i, "profile", profile));
        }
        return items;
    }

    private static int count(Connection db, String prefix) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "select count(*) from candidate where municipality_code = 'rotterdam' and client_number like ?")) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Every stored profile of the request that lacks a part: its talents, its match profile or its one CREATED event. */
    private static List<String> incomplete(Connection db, String prefix) throws SQLException {
        String sql = """
                select c.client_number,
                       (select array_agg(t.talent_code order by t.talent_code) from candidate_talent t where t.candidate_id = c.id) talents,
                       (select array_agg(x order by x) from candidate_match_profile m, unnest(m.talent_codes) x
                         where m.candidate_id = c.id) match_talents,
                       (select count(*) from audit_event a where a.candidate_id = c.id and a.action = 'CREATED') created_events
                  from candidate c
                 where c.municipality_code = 'rotterdam' and c.client_number like ?
                """;
        List<String> wrong = new ArrayList<>();
        String expected = TALENTS.stream().sorted().toList().toString();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, prefix + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String talents = array(rs, "talents");
                    String matchTalents = array(rs, "match_talents");
                    long events = rs.getLong("created_events");
                    if (!expected.equals(talents) || !expected.equals(matchTalents) || events != 1) {
                        wrong.add(rs.getString("client_number") + ": talents " + talents + ", match profile "
                                + matchTalents + ", CREATED events " + events);
                    }
                }
            }
        }
        return wrong;
    }

    private static String array(ResultSet rs, String column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? "none" : Arrays.asList((Object[]) a.getArray()).toString();
    }
}
