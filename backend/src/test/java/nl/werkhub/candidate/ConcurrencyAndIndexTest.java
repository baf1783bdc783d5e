package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ConcurrencyAndIndexTest {

    private static final Logger LOG = Logger.getLogger(ConcurrencyAndIndexTest.class);

    @Inject
    EntityManager em;

    /** Many simultaneous PUTs of one new client number: one creates, the rest see it; one profile. */
    @Test
    void simultaneousCreatesOfOneClientNumberGiveOneProfile() throws Exception {
        String number = clientNumber("RACE");
        Map<String, Object> body = profile();
        int parallel = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Integer> put = () -> {
                    start.await();
                    return Candidates.put(TestTokens.rotterdam(), "rotterdam", number, body).statusCode();
                };
                statuses.add(pool.submit(put));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                results.add(f.get());
            }
            assertEquals(1, results.stream().filter(s -> s == 201).count(), results.toString());
            assertEquals(parallel - 1, results.stream().filter(s -> s == 200).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        as(TestTokens.rotterdam()).get(path("rotterdam", number)).then().statusCode(200).body("version", equalTo(0));
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from candidate where client_number = :n")
                .setParameter("n", number).getSingleResult()).longValue());
        assertEquals(1, rows);
        long created = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from audit_event a join candidate c on c.id = a.candidate_id
                where c.client_number = :n and a.action = 'CREATED'""")
                .setParameter("n", number).getSingleResult()).longValue());
        assertEquals(1, created);
    }

    /**
     * Writers PUT one vacancy at the same moment (a barrier), each with its own body and the If-Match of
     * the same version: per round exactly one 200, every other writer a 412 problem, and the stored
     * vacancy is the winner's body with the version one higher — no mix of two bodies, no lost update.
     */
    @Test
    void concurrentIfMatchUpdatesOfOneVacancyHaveOneWinnerPerVersion() throws Exception {
        int writers = 12;
        int rounds = 6;
        String employerId = Api.createEmployer();
        String id = Api.createVacancy(employerId, "Race " + Api.marker());
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> figures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                Response before = as(TestTokens.consultant()).get("/api/vacancies/" + id);
                long version = before.jsonPath().getLong("version");
                CyclicBarrier start = new CyclicBarrier(writers);
                List<Future<Response>> answers = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    Map<String, Object> body = Api.vacancy(employerId, "Ronde " + round + " schrijver " + w);
                    // every field differs per writer, so a mix of two bodies would show
                    body.put("description", "Beschrijving van schrijver " + w + " in ronde " + round);
                    body.put("hoursPerWeekMin", 1 + w);
                    body.put("hoursPerWeekMax", 30 + w);
                    body.put("positions", 1 + w);
                    body.put("startDate", LocalDate.of(2027, 1, 1).plusDays(round * 100L + w).toString());
                    answers.add(pool.submit(() -> {
                        start.await();
                        return as(TestTokens.consultant()).header("If-Match", before.header("ETag")).body(body)
                                .put("/api/vacancies/" + id);
                    }));
                }
                List<Response> responses = new ArrayList<>();
                for (Future<Response> f : answers) {
                    responses.add(f.get());
                }
                List<Response> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
                List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
                assertEquals(1, winners.size(), statuses.toString());
                assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
                for (Response r : responses) {
                    if (r.statusCode() == 412) {
                        assertProblem(r.then(), 412, "precondition-failed");
                    }
                }
                Response after = as(TestTokens.consultant()).get("/api/vacancies/" + id);
                assertEquals(version + 1, after.jsonPath().getLong("version"));
                assertEquals("\"" + (version + 1) + "\"", after.header("ETag"));
                // GET answers exactly what the winner's PUT answered
                assertEquals(winners.get(0).asString(), after.asString());
                figures.add("round " + round + ": 1 x 200, " + (writers - 1) + " x 412");
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("If-Match race on one vacancy, %d writers x %d rounds: %s", writers, rounds, figures);
    }

    /**
     * Writers PUT one client number at the same moment, half with one body and half with another (no
     * If-Match, as a municipal system that just sends what it has): never a 500, exactly one profile,
     * created once, and the profile afterwards is one of the two bodies whole. Then the same on the
     * existing profile. Repeated over rounds.
     */
    @Test
    void concurrentPutsOfOneProfileWithTwoBodiesGiveOneConsistentProfile() throws Exception {
        int writers = 12;
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<String> figures = new ArrayList<>();
        try {
            for (int round = 0; round < rounds; round++) {
                String number = clientNumber("RACE2");
                Map<String, Object> a = profile();
                a.put("firstName", "Anouk");
                a.put("interests", "Koken en bakken.");
                a.put("hoursPerWeekMax", 36);
                Map<String, Object> b = profile();
                b.put("firstName", "Bram");
                b.put("interests", "Fietsen repareren.");
                b.put("maxTravelDistanceKm", 40);
                for (boolean existing : List.of(false, true)) {
                    CyclicBarrier start = new CyclicBarrier(writers);
                    List<Future<Integer>> answers = new ArrayList<>();
                    for (int w = 0; w < writers; w++) {
                        Map<String, Object> body = w % 2 == 0 ? a : b;
                        answers.add(pool.submit(() -> {
                            start.await();
                            return Candidates.put(TestTokens.rotterdam(), "rotterdam", number, body).statusCode();
                        }));
                    }
                    List<Integer> statuses = new ArrayList<>();
                    for (Future<Integer> f : answers) {
                        statuses.add(f.get());
                    }
                    // no 500, and no 412 either: nobody sent If-Match; a 409 ("send it again") only after
                    // losing ten times in a row to other writers
                    assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201 || s == 409), statuses.toString());
                    assertEquals(existing ? 0 : 1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
                    long rows = count("select count(*) from candidate where client_number = '" + number + "'");
                    assertEquals(1, rows);
                    Response stored = as(TestTokens.rotterdam()).get(path("rotterdam", number));
                    String first = stored.path("firstName");
                    Map<String, Object> expected = first.equals("Anouk") ? a : b;
                    for (Map.Entry<String, Object> field : expected.entrySet()) {
                        if (!(field.getValue() instanceof List) && !field.getKey().equals("postcode")) {
                            assertEquals(String.valueOf(field.getValue()), String.valueOf((Object) stored.path(field.getKey())),
                                    field.getKey() + " of " + first);
                        }
                    }
                    figures.add("round " + round + (existing ? " (update)" : " (create)") + ": " + statuses.stream()
                            .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new,
                                    java.util.stream.Collectors.counting())) + ", stored " + first);
                }
                assertEquals(1, count("""
                        select count(*) from audit_event a join candidate c on c.id = a.candidate_id
                        where c.client_number = '%s' and a.action = 'CREATED'""".formatted(number)));
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("Concurrent PUTs of one profile, %d writers x %d rounds: %s", writers, rounds, figures);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** The talent and full-text filters can use their GIN indexes (sequential scans switched off to ask). */
    @Test
    void talentAndFullTextFiltersCanUseTheirIndexes() {
        String talentPlan = plan("explain select id from candidate c where c.talent_codes && string_to_array('vca-basis,bhv', ',')");
        assertTrue(talentPlan.contains("ix_candidate_talent_codes"), talentPlan);
        String allPlan = plan("explain select id from candidate c where c.talent_codes @> string_to_array('vca-basis,bhv', ',')");
        assertTrue(allPlan.contains("ix_candidate_talent_codes"), allPlan);
        String textPlan = plan("explain select id from candidate c where c.search_text @@ websearch_to_tsquery('dutch', 'keuken')");
        assertTrue(textPlan.contains("ix_candidate_search_text"), textPlan);
    }

    private String plan(String explain) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object> lines = em.createNativeQuery(explain).getResultList();
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        });
    }
}
