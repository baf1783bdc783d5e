package nl.werkhub.common;

import static nl.werkhub.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.werkhub.common.HostileRequests.Operation;
import nl.werkhub.common.HostileRequests.Request;
import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Issue 7, "Bad input": every write operation of {@code openapi.yaml} gets generated requests that
 * each break one rule of its contract ({@link HostileRequests}), aimed at a real resource so that
 * they reach every check the backend has. The property, per operation: no answer is a 5xx; every
 * answer is a refusal as an RFC 9457 problem (a bulk intake may instead refuse each item in its
 * 200, as documented); the database is the same afterwards (a digest of every table). Then
 * the valid request itself, with its hostile-but-valid text, is sent and must be accepted: that
 * proves each broken request was one step from a request the backend takes.
 *
 * <p>jqwik's engine has a lifecycle of its own that cannot run inside {@code @QuarkusTest}, so the
 * cases are drawn with {@link Arbitrary#sampleStream()} from the thread's seeded jqwik randomness
 * ({@link SourceOfRandomness}, the one internal of jqwik used here): {@code -Dwerkhub.bad-input.seed}
 * replays a run, {@code -Dwerkhub.bad-input.cases} sets the cases per operation.
 */
@QuarkusTest
class BadInputPropertyTest {

    static final int CASES = Integer.getInteger("werkhub.bad-input.cases", 120);
    static final long SEED = Long.getLong("werkhub.bad-input.seed", 20261127L);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Writes whose only input is the caller's identity: nothing to break. */
    static final Map<String, String> NO_CLIENT_INPUT = Map.of(
            "POST /api/calendar-feed", "makes the caller's own feed link (CalendarFeedTest)",
            "DELETE /api/calendar-feed", "revokes the caller's own feed link (CalendarFeedTest)");

    @Inject
    DataSource dataSource;

    /** A resource to aim at and the valid request for it: path values and body (null: none). */
    record Target(Map<String, String> path, Map<String, Object> body) {
    }

    /** For each write operation, how to make a target it accepts a valid request for. */
    private Map<String, Supplier<Target>> targets() {
        Map<String, Supplier<Target>> t = new HashMap<>();
        t.put("POST /api/employers", () -> new Target(Map.of(), Api.employer("Bakkerij " + Api.marker())));
        t.put("PUT /api/employers/{id}", () -> new Target(Map.of("id", Api.createEmployer()), Api.employer("Slagerij " + Api.marker())));
        t.put("DELETE /api/employers/{id}", () -> new Target(Map.of("id", Api.createEmployer()), null));
        t.put("POST /api/employers/{id}/archive", () -> new Target(Map.of("id", Api.createEmployer()), null));
        t.put("POST /api/employers/{id}/reactivate", () -> {
            String id = Api.createEmployer();
            as(TestTokens.consultant()).post("/api/employers/" + id + "/archive").then().statusCode(200);
            return new Target(Map.of("id", id), null);
        });
        t.put("POST /api/vacancies", () -> new Target(Map.of(), Api.vacancy(Api.createEmployer(), "Verkoper " + Api.marker())));
        t.put("PUT /api/vacancies/{id}", () -> {
            String employer = Api.createEmployer();
            return new Target(Map.of("id", Api.createVacancy(employer, "Kok")), Api.vacancy(employer, "Kok " + Api.marker()));
        });
        t.put("DELETE /api/vacancies/{id}", () -> new Target(Map.of("id", Api.createVacancy(Api.createEmployer(), "Schoonmaker")), null));
        t.put("POST /api/vacancies/{id}/status", () -> new Target(
                Map.of("id", Api.createVacancy(Api.createEmployer(), "Monteur")), Map.of("status", "OPEN")));
        t.put("POST /api/matches", () -> new Target(Map.of(),
                Map.of("vacancyId", Matches.openVacancy(1), "candidateId", Matches.candidate(), "note", "Past goed")));
        t.put("POST /api/matches/{id}/transitions", () -> new Target(
                Map.of("id", Matches.create(Matches.openVacancy(1), Matches.candidate())), Matches.bodyFor("PROPOSED")));
        t.put("PUT /api/placements/{id}", () -> new Target(Map.of("id", Placements.placeNew().placementId()), Placements.contract()));
        t.put("POST /api/placements/{id}/end", () -> new Target(Map.of("id", Placements.placeNew().placementId()),
                Map.of("status", "ENDED_EARLY", "endedOn", Placements.today().toString(), "reason", "OTHER", "note", "Verhuisd")));
        t.put("POST /api/placements/{id}/follow-up-calls", () -> new Target(Map.of("id", Placements.placeNew().placementId()),
                Map.of("dueDate", Placements.today().plusDays(3).toString(), "note", "Na het gesprek met de werkgever")));
        t.put("POST /api/follow-up-calls/{id}/log", () -> {
            Map<String, Object> body = FollowUpCalls.done("GOOD");
            body.put("notes", "Gaat goed");
            body.put("agreedActions", "Over een maand weer bellen");
            return new Target(Map.of("id", FollowUpCalls.id(Placements.placeNew().placementId(), "FIRST_DAY")), body);
        });
        t.put("PUT /api/municipalities/{code}/candidates/{clientNumber}", () -> {
            String clientNumber = Candidates.clientNumber("BAD");
            Candidates.create("rotterdam", clientNumber, Candidates.profile());
            Map<String, Object> profile = Candidates.profile();
            profile.put("talents", List.of(Candidates.talent("heftruckcertificaat", 3)));
            return new Target(Map.of("code", "rotterdam", "clientNumber", clientNumber), profile);
        });
        t.put("DELETE /api/municipalities/{code}/candidates/{clientNumber}", () -> {
            String clientNumber = Candidates.clientNumber("BAD");
            Candidates.create("rotterdam", clientNumber, Candidates.profile());
            return new Target(Map.of("code", "rotterdam", "clientNumber", clientNumber), null);
        });
        t.put("POST /api/municipalities/{code}/candidates/bulk", () -> {
            // one item: an item broken on its own is refused on its own, so others would be written
            Map<String, Object> profile = Candidates.profile();
            profile.put("talents", List.of(Candidates.talent("heftruckcertificaat", 2)));
            return new Target(Map.of("code", "rotterdam"),
                    Map.of("items", List.of(Map.of("clientNumber", Candidates.clientNumber("BULK"), "profile", profile))));
        });
        t.put("POST /api/talents", () -> new Target(Map.of(), talent(Candidates.word("bad"), true)));
        t.put("PUT /api/talents/{code}", () -> new Target(Map.of("code", Candidates.newTalent("bad", "LANGUAGE", false)),
                talent(null, false)));
        t.put("POST /api/talents/{code}/retire", () -> new Target(Map.of("code", Candidates.newTalent("bad", "CERTIFICATE", false)), null));
        t.put("POST /api/talents/{code}/reinstate", () -> new Target(Map.of("code", Candidates.newTalent("bad", "CERTIFICATE", true)), null));
        return t;
    }

    private static Map<String, Object> talent(String code, boolean create) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (create) {
            body.put("code", code);
        }
        body.put("labelNl", "Vorkheftruck rijden");
        body.put("labelEn", "Forklift driving");
        body.put("category", "VOCATIONAL_SKILL");
        body.put("escoUri", "http://data.europa.eu/esco/skill/4bd9e0e8-6b3c-4f0a-9b2e-1f5a3c2d7e90");
        return body;
    }

    @Test
    void everyWriteOperationRefusesEachBrokenRequestWithAProblemAndChangesNothing() throws Exception {
        JsonNode api = YAML.readTree(Path.of("..", "openapi.yaml").toFile());
        List<Operation> operations = HostileRequests.writeOperations(api);
        Map<String, Supplier<Target>> targets = targets();
        Path report = Path.of("target", "bad-input-failures.txt");
        java.nio.file.Files.deleteIfExists(report);
        // sampleStream() draws from the thread's jqwik randomness: seeded here so that a run can be replayed
        SourceOfRandomness.create(Long.toString(SEED));
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, Integer>> kindsTried = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int total = 0;
        for (Operation op : operations) {
            if (NO_CLIENT_INPUT.containsKey(op.name())) {
                assertTrue(op.bodySchema() == null && op.pathParameters().isEmpty(), op.name()
                        + " now takes input: give it a target instead of listing it in NO_CLIENT_INPUT");
                continue;
            }
            Supplier<Target> target = targets.get(op.name());
            if (target == null) {
                failures.add(op.name() + ": no target; add one to targets() so that its bad input is tried");
                continue;
            }
            Request valid = validRequest(api, op, target.get());
            Arbitrary<Request> cases = HostileRequests.withHarmlessHostility(valid, op.bodySchema())
                    .flatMap(v -> HostileRequests.invalid(api, op, v));
            Map<String, String> before = DatabaseScan.tableDigests(dataSource);
            Map<String, Integer> kinds = new TreeMap<>();
            for (Request request : cases.sampleStream().limit(CASES).toList()) {
                Answer response = send(op, request);
                statuses.merge(response.status(), 1, Integer::sum);
                kinds.merge(request.kind().replaceAll(" .*", ""), 1, Integer::sum);
                String wrong = judge(op, response);
                if (wrong != null) {
                    failures.add(op.name() + " [" + request.kind() + "] " + wrong + "\n      " + describe(request));
                }
            }
            total += CASES;
            kindsTried.put(op.name(), kinds);
            Map<String, String> after = DatabaseScan.tableDigests(dataSource);
            if (!before.equals(after)) {
                failures.add(op.name() + ": the database changed: " + difference(before, after));
            }
            Request accepted = HostileRequests.withHarmlessHostility(valid, op.bodySchema()).sample();
            Answer answer = send(op, accepted);
            if (answer.status() >= 300 || answer.body().contains("\"INVALID\"")) {
                failures.add(op.name() + ": the valid request was refused, so the broken ones prove nothing: "
                        + answer.status() + " " + excerpt(answer.body()) + "\n      " + describe(accepted));
            }
        }
        System.out.printf(Locale.ROOT, "[bad-input] seed %d: %,d broken requests to %d write operations (%d each), answers %s%n",
                SEED, total, kindsTried.size(), CASES, statuses);
        kindsTried.forEach((op, kinds) -> System.out.printf(Locale.ROOT, "[bad-input]   %-58s %s%n", op, kinds));
        if (!failures.isEmpty()) {
            java.nio.file.Files.writeString(report, String.join("\n", failures));
            fail(failures.size() + " broken requests were not refused cleanly (seed " + SEED + "; all in " + report
                    + "):\n  "
                    + failures.stream().limit(40).collect(Collectors.joining("\n  ")));
        }
    }

    @Test
    void everyWriteOperationOfTheContractIsCovered() throws Exception {
        JsonNode api = YAML.readTree(Path.of("..", "openapi.yaml").toFile());
        List<Operation> operations = HostileRequests.writeOperations(api);
        List<String> names = operations.stream().map(Operation::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "duplicate operation: " + names);
        List<String> covered = new ArrayList<>(targets().keySet());
        covered.addAll(NO_CLIENT_INPUT.keySet());
        assertEquals(names.stream().sorted().toList(), covered.stream().sorted().toList(),
                "each write operation needs a target (or a reason it takes no input), and each target an operation");
        assertTrue(operations.stream().filter(o -> o.bodySchema() != null).count() >= 13, "operations with a body");
    }

    // ---- requests ---------------------------------------------------------------------------------

    /** The target's request, with the current ETag when the operation takes If-Match. */
    private static Request validRequest(JsonNode api, Operation op, Target target) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (op.ifMatch()) {
            headers.put("If-Match", as(tokenFor(op)).get(resourceOf(api, op, target)).then().statusCode(200)
                    .extract().header("ETag"));
        }
        String body = target.body() == null ? null : HostileRequests.write(HostileRequests.JSON.valueToTree(target.body()));
        return new Request("valid", target.path(), headers, body == null ? null : "application/json", body);
    }

    /** The resource an operation changes: the longest GET path of the contract its path starts with. */
    private static String resourceOf(JsonNode api, Operation op, Target target) {
        String resource = null;
        for (var it = api.path("paths").fields(); it.hasNext();) {
            var entry = it.next();
            if (entry.getValue().has("get") && (op.template() + "/").startsWith(entry.getKey() + "/")
                    && (resource == null || entry.getKey().length() > resource.length())) {
                resource = entry.getKey();
            }
        }
        if (resource == null) {
            throw new AssertionError(op.name() + " takes If-Match, but the contract has no GET for its resource");
        }
        return fill(resource, target.path());
    }

    private static String tokenFor(Operation op) {
        return switch (op.role()) {
            case "admin" -> TestTokens.admin();
            case "jobcoach" -> TestTokens.jobcoach();
            case "municipality" -> TestTokens.rotterdam();
            case "consultant" -> TestTokens.consultant();
            default -> throw new AssertionError(op.name() + ": no token for role '" + op.role() + "'");
        };
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}",
                    URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An answer as it came. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * Sent with the JDK's client, not REST Assured: the body goes out byte for byte whatever the
     * content type says (REST Assured would encode a form or refuse a multipart body).
     */
    private static Answer send(Operation op, Request request) {
        URI uri = URI.create("http://localhost:" + RestAssured.port + fill(op.template(), request.path()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokenFor(op)).header("Accept", "application/json");
        request.headers().forEach(builder::header);
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(op.method().toUpperCase(Locale.ROOT), request.body() == null ? BodyPublishers.noBody()
                : BodyPublishers.ofByteArray(request.body().getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(op.name() + ": no answer to " + describe(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Null when the answer is a clean refusal, else what is wrong with it. */
    private static String judge(Operation op, Answer answer) {
        int status = answer.status();
        String body = answer.body();
        if (status >= 500) {
            return status + " server error: " + excerpt(body);
        }
        if (status == 200 && op.template().endsWith("/bulk")) {
            // each item refused on its own, in the 200 (docs/api.md "Bulk intake")
            JsonNode results = HostileRequests.read(body).path("results");
            boolean allRefused = !results.isEmpty();
            for (JsonNode result : results) {
                allRefused &= result.path("outcome").asText().equals("INVALID") && result.path("problem").path("status").asInt() / 100 == 4;
            }
            return allRefused ? null : "200 with items written: " + excerpt(body);
        }
        if (status < 400) {
            return status + " accepted: " + excerpt(body);
        }
        String type = answer.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return status + " not a problem (" + type + "): " + excerpt(body);
        }
        try {
            JsonNode problem = HostileRequests.JSON.readTree(body);
            if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()
                    || !problem.path("type").asText().startsWith("https://werkhub.nl/problems/")) {
                return status + " incomplete problem: " + excerpt(body);
            }
        } catch (Exception e) {
            return status + " problem is not JSON: " + excerpt(body);
        }
        if (body.contains("Exception") || body.contains("java.") || body.contains("org.hibernate")) {
            return status + " problem leaks internals: " + excerpt(body);
        }
        return null;
    }

    private static String excerpt(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    private static String describe(Request r) {
        String body = r.body() == null ? "none"
                : r.body().length() > 300 ? r.body().substring(0, 300) + "... (" + r.body().length() + " chars)" : r.body();
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().forEach((k, v) -> headers.put(k, v.length() > 60 ? v.substring(0, 60) + "..." : v));
        return "path=" + r.path() + " headers=" + headers + " type=" + r.contentType() + " body=" + body;
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.keySet()) {
            if (!after.get(table).equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + " -> " + after.get(table));
            }
        }
        return String.join(", ", changed);
    }
}
