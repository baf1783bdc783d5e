package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConcurrencyAndIndexTest {

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
