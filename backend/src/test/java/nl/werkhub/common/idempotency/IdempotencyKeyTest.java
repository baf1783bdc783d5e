package nl.werkhub.common.idempotency;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code Idempotency-Key} on the four POSTs that create, through the API: a replay answers what the
 * first request answered and creates nothing; another body under the key is 422; keys are the
 * caller's own; concurrent requests with one key create one thing; keys expire; an error answer is
 * not kept; an erasure deletes the answers that name the person.
 */
@QuarkusTest
class IdempotencyKeyTest {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyTest.class);

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    IdempotencyPurgeJob purge;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---- replay -------------------------------------------------------------------------------

    @Test
    void employerReplayAnswersTheFirstAnswerAndCreatesNothing() {
        Map<String, Object> body = Api.employer("Idem BV " + Api.marker());
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.consultant(), key, "/api/employers", body);
        first.then().statusCode(201);
        assertNull(first.header(IdempotencyKeys.REPLAYED_HEADER));
        Response replay = post(TestTokens.consultant(), key, "/api/employers", body);
        assertSameAnswer(first, replay);
        assertEquals(1, count("select count(*) from employer where kvk_number = '" + body.get("kvkNumber") + "'"));
        // the key is stored under the caller, with the answer
        assertEquals(1, count("select count(*) from idempotency_key where key = '" + key + "' and caller = 'c-0001'"));
    }

    @Test
    void vacancyReplayAnswersTheFirstAnswerAndCreatesNothing() {
        String title = "Idem vacature " + Api.marker();
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), title);
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.consultant(), key, "/api/vacancies", body);
        first.then().statusCode(201);
        // formatting and property order are not part of the request: the same JSON written differently replays
        Response replay = as(TestTokens.consultant()).header(IdempotencyKeys.HEADER, key)
                .body(new TreeMap<>(body)).post("/api/vacancies");
        assertSameAnswer(first, replay);
        assertEquals(1, vacancies(title));
        // and a GET of the Location answers the same resource
        as(TestTokens.consultant()).get(first.header("Location")).then().statusCode(200)
                .body("title", equalTo(title));
    }

    @Test
    void matchReplayAnswersTheFirstAnswerAndCreatesNothing() {
        String vacancy = Matches.openVacancy(2);
        String candidate = Matches.candidate();
        Map<String, Object> body = Map.of("vacancyId", vacancy, "candidateId", candidate);
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.consultant(), key, "/api/matches", body);
        first.then().statusCode(201);
        Response replay = post(TestTokens.consultant(), key, "/api/matches", body);
        assertSameAnswer(first, replay);
        assertEquals(1, count("select count(*) from match where vacancy_id = '" + vacancy + "'"));
        // without the key the same request is what it always was: the pair exists
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/matches").then(), 409, "match-exists");
    }

    @Test
    void bulkIntakeReplayAnswersTheFirstAnswerAndWritesNothing() {
        String a = Candidates.clientNumber("IDEM");
        String b = Candidates.clientNumber("IDEM");
        Map<String, Object> invalid = Candidates.profile();
        invalid.put("postcode", "nope");
        Map<String, Object> body = Map.of("items", List.of(
                Map.of("clientNumber", a, "profile", Candidates.profile()),
                Map.of("clientNumber", b, "profile", Candidates.profile()),
                Map.of("clientNumber", Candidates.clientNumber("IDEM"), "profile", invalid)));
        String key = UUID.randomUUID().toString();
        Response first = post(TestTokens.rotterdam(), key, "/api/municipalities/rotterdam/candidates/bulk", body);
        first.then().statusCode(200).body("created", equalTo(2)).body("invalid", equalTo(1));
        long events = count("select count(*) from audit_event");
        Response replay = post(TestTokens.rotterdam(), key, "/api/municipalities/rotterdam/candidates/bulk", body);
        assertSameAnswer(first, replay);
        // a second run would have answered UNCHANGED; the replay answers CREATED, as the first did, and writes no event
        replay.then().body("created", equalTo(2)).body("unchanged", equalTo(0));
        assertEquals(events, count("select count(*) from audit_event"));
        assertEquals(2, count("select count(*) from candidate where client_number in ('" + a + "', '" + b + "')"));
        // what is kept holds references, never the profile: no name, e-mail, phone or postcode
        String stored = (String) single("select body from idempotency_key where key = '" + key + "'");
        for (String personal : List.of("Sanne", "Verbeek", "sanne.verbeek", "12345678", "3072")) {
            assertTrue(!stored.contains(personal), personal + " in " + stored);
        }
    }

    // ---- another request under the key --------------------------------------------------------

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String employer = Api.createEmployer();
        String title = "Idem eerste " + Api.marker();
        post(TestTokens.consultant(), key, "/api/vacancies", Api.vacancy(employer, title)).then().statusCode(201);
        String other = "Idem tweede " + Api.marker();
        assertProblem(post(TestTokens.consultant(), key, "/api/vacancies", Api.vacancy(employer, other)).then(), 422,
                "idempotency-key-reused");
        assertEquals(0, vacancies(other));
        // on another operation the key is another request too
        assertProblem(post(TestTokens.consultant(), key, "/api/employers", Api.employer("Idem " + Api.marker())).then(), 422,
                "idempotency-key-reused");
        // and the first request still replays
        post(TestTokens.consultant(), key, "/api/vacancies", Api.vacancy(employer, title)).then().statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, "true");
        assertEquals(1, vacancies(title));
    }

    @Test
    void keysAreTheCallersOwn() {
        String key = UUID.randomUUID().toString();
        String title = "Idem callers " + Api.marker();
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), title);
        Response mine = post(TestTokens.consultant(), key, "/api/vacancies", body);
        mine.then().statusCode(201);
        // another consultant with the same key and body: an independent request, so a second vacancy
        Response theirs = post(TestTokens.token("c-0002", "cor.consultant", "consultant"), key, "/api/vacancies", body);
        theirs.then().statusCode(201);
        assertNull(theirs.header(IdempotencyKeys.REPLAYED_HEADER));
        assertNotEquals(mine.jsonPath().getString("id"), theirs.jsonPath().getString("id"));
        // and with another body under that key, no 422 for them either
        post(TestTokens.admin(), key, "/api/vacancies", Api.vacancy(Api.createEmployer(), title)).then().statusCode(201);
        assertEquals(3, vacancies(title));
        assertEquals(3, count("select count(*) from idempotency_key where key = '" + key + "'"));
    }

    // ---- errors are not kept ------------------------------------------------------------------

    @Test
    void anErrorAnswerIsNotKeptSoTheCorrectedRequestMayUseTheKey() {
        String key = UUID.randomUUID().toString();
        String title = "Idem fout " + Api.marker();
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), title);
        body.put("positions", 0);
        assertProblem(post(TestTokens.consultant(), key, "/api/vacancies", body).then(), 422, "validation-failed");
        assertEquals(0, count("select count(*) from idempotency_key where key = '" + key + "'"));
        body.put("positions", 1);
        post(TestTokens.consultant(), key, "/api/vacancies", body).then().statusCode(201);
        assertEquals(1, vacancies(title));
    }

    @Test
    void withoutTheHeaderNothingIsKept() {
        long before = count("select count(*) from idempotency_key");
        String id = Api.createEmployer();
        as(TestTokens.consultant()).body(Api.vacancy(id, "Idem zonder " + Api.marker())).post("/api/vacancies")
                .then().statusCode(201).header(IdempotencyKeys.REPLAYED_HEADER, (String) null);
        assertEquals(before, count("select count(*) from idempotency_key"));
    }

    // ---- the key itself -----------------------------------------------------------------------

    @Test
    void aMalformedKeyIs400NamingTheHeader() {
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), "Idem sleutel " + Api.marker());
        List<String> accepted = new ArrayList<>();
        for (String bad : List.of("", "   ", "\"\"", "x".repeat(256), "tab\tinside")) {
            Response answer = post(TestTokens.consultant(), bad, "/api/vacancies", body);
            if (answer.statusCode() != 400) {
                accepted.add("[" + bad + "] -> " + answer.statusCode());
                continue;
            }
            assertProblem(answer.then(), 400, "malformed-request").body("violations.field", hasItem(IdempotencyKeys.HEADER));
        }
        assertEquals(List.of(), accepted);
        assertEquals(0, vacancies((String) body.get("title")));
        // 255 characters is the longest; the draft's quoted form is the same key as the bare one
        String longest = "k".repeat(230) + UUID.randomUUID().toString().substring(0, 25);
        post(TestTokens.consultant(), longest, "/api/vacancies", body).then().statusCode(201);
        post(TestTokens.consultant(), "\"" + longest + "\"", "/api/vacancies", body).then().statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, "true");
        assertEquals(1, vacancies((String) body.get("title")));
    }

    // ---- concurrency --------------------------------------------------------------------------

    /**
     * Writers send one request with one key at the same moment (a barrier). Exactly one vacancy is
     * created; the others either wait for nothing and get 409 idempotency-key-in-use, or come after the
     * commit and get the stored answer. Repeated over rounds with a fresh key each.
     */
    @Test
    void concurrentRequestsWithOneKeyCreateOneThing() throws Exception {
        int writers = 12;
        int rounds = 5;
        String employer = Api.createEmployer();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> figures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                String key = UUID.randomUUID().toString();
                String title = "Idem race " + round + " " + Api.marker();
                Map<String, Object> body = Api.vacancy(employer, title);
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<Response>> answers = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return post(TestTokens.consultant(), key, "/api/vacancies", body);
                    }));
                }
                List<Response> responses = new ArrayList<>();
                for (Future<Response> f : answers) {
                    responses.add(f.get());
                }
                Map<Integer, Long> statuses = responses.stream()
                        .collect(Collectors.groupingBy(Response::statusCode, TreeMap::new, Collectors.counting()));
                assertTrue(Set.of(201, 409).containsAll(statuses.keySet()), statuses.toString());
                List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
                List<Response> firsts = created.stream().filter(r -> r.header(IdempotencyKeys.REPLAYED_HEADER) == null).toList();
                assertEquals(1, firsts.size(), statuses.toString());
                for (Response r : created) {
                    assertSameBody(firsts.get(0), r);
                }
                for (Response r : responses) {
                    if (r.statusCode() == 409) {
                        assertProblem(r.then(), 409, "idempotency-key-in-use").header("Retry-After", "1");
                    }
                }
                assertEquals(1, vacancies(title), "round " + round);
                figures.add("round " + round + ": 1 created, " + (created.size() - 1) + " replayed, "
                        + statuses.getOrDefault(409, 0L) + " in use");
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("Idempotency-Key race, %d writers x %d rounds: %s", writers, rounds, figures);
    }

    // ---- expiry -------------------------------------------------------------------------------

    @Test
    void aKeyExpiresAfterTheTtlAndIsPurged() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        clock.set(t0);
        String key = UUID.randomUUID().toString();
        String title = "Idem ttl " + Api.marker();
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), title);
        Response first = post(TestTokens.consultant(), key, "/api/vacancies", body);
        first.then().statusCode(201);

        clock.set(t0.plus(Duration.ofHours(24)).minusSeconds(1));
        assertSameAnswer(first, post(TestTokens.consultant(), key, "/api/vacancies", body));
        assertEquals(1, vacancies(title));
        purge.run();
        assertEquals(1, count("select count(*) from idempotency_key where key = '" + key + "'"), "a live key was purged");

        clock.set(t0.plus(Duration.ofHours(24)));
        Response again = post(TestTokens.consultant(), key, "/api/vacancies", body);
        again.then().statusCode(201);
        assertNull(again.header(IdempotencyKeys.REPLAYED_HEADER));
        assertNotEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(2, vacancies(title));
        // the new answer replaced the old one under the key, and lives another 24 hours
        assertEquals(again.jsonPath().getString("id"),
                JsonPath.from((String) single("select body from idempotency_key where key = '" + key + "'")).getString("id"));

        clock.set(t0.plus(Duration.ofHours(48)));
        assertTrue(purge.run() >= 1);
        assertEquals(0, count("select count(*) from idempotency_key where key = '" + key + "'"));
    }

    // ---- erasure ------------------------------------------------------------------------------

    @Test
    void erasureDeletesTheStoredAnswersThatNameThePerson() {
        String number = Candidates.clientNumber("IDEMERASE");
        Map<String, Object> profile = Candidates.profile();
        String lastName = Candidates.word("Idemwis");
        profile.put("lastName", lastName);
        String bulkKey = UUID.randomUUID().toString();
        String candidateId = post(TestTokens.rotterdam(), bulkKey, "/api/municipalities/rotterdam/candidates/bulk",
                Map.of("items", List.of(Map.of("clientNumber", number, "profile", profile))))
                .then().statusCode(200).extract().path("results[0].candidateId");
        String matchKey = UUID.randomUUID().toString();
        post(TestTokens.consultant(), matchKey, "/api/matches",
                Map.of("vacancyId", Matches.openVacancy(1), "candidateId", candidateId)).then().statusCode(201);
        assertEquals(2, count("select count(*) from idempotency_key where key in ('" + bulkKey + "', '" + matchKey + "')"));
        assertTrue(((String) single("select body from idempotency_key where key = '" + matchKey + "'")).contains(lastName));

        as(TestTokens.rotterdam()).delete(Candidates.path("rotterdam", number)).then().statusCode(204);

        assertEquals(0, count("select count(*) from idempotency_key where key in ('" + bulkKey + "', '" + matchKey + "')"));
        assertEquals(List.of(), DatabaseScan.columnsContaining(number));
        assertEquals(List.of(), DatabaseScan.columnsContaining(lastName));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Response post(String token, String key, String path, Object body) {
        return as(token).header(IdempotencyKeys.HEADER, key).body(body).post(path);
    }

    /** Status, body to the byte, Location and ETag equal; the replay says it is one. */
    private static void assertSameAnswer(Response first, Response replay) {
        assertEquals(first.statusCode(), replay.statusCode(), replay.asString());
        assertSameBody(first, replay);
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals("true", replay.header(IdempotencyKeys.REPLAYED_HEADER));
        assertTrue(replay.contentType().startsWith("application/json"), replay.contentType());
    }

    private static void assertSameBody(Response first, Response other) {
        assertNotNull(first.asString());
        assertEquals(first.asString(), other.asString());
    }

    private long vacancies(String title) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from vacancy where title = :t").setParameter("t", title)
                .getSingleResult()).longValue());
    }

    private long count(String sql) {
        return ((Number) single(sql)).longValue();
    }

    private Object single(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).getSingleResult());
    }
}
