package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.talent;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Erasure (AVG art. 17) by DELETE and by retention. The proof: afterwards no text-like column of
 * any table in the database contains the person's names, e-mail address or client number.
 */
@QuarkusTest
class ErasureAndRetentionTest {

    @Inject
    TestClock clock;

    @Inject
    CandidateRetentionJob retention;

    @Inject
    EntityManager em;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Unique, searchable data of one person. */
    record Person(String firstName, String lastName, String email, String clientNumber, String municipality) {

        static Person create(String municipality) {
            String last = Candidates.word("Vergeet");
            return new Person(Candidates.word("Voornaam"), last, last + "@example.nl", Candidates.clientNumber("ERASE"), municipality);
        }

        List<String> needles() {
            return List.of(firstName, lastName, email, clientNumber);
        }

        Map<String, Object> profile(String status) {
            Map<String, Object> body = Candidates.profile();
            body.put("firstName", firstName);
            body.put("lastName", lastName);
            body.put("email", email);
            body.put("interests", "Over " + firstName + ": houdt van fietsen.");
            body.put("motivation", "Mijn naam is " + lastName + " en ik zoek werk in de logistiek.");
            body.put("preferredOccupations", List.of("Bezorger bij " + lastName + " BV"));
            body.put("jobcoach", "coach-" + lastName.toLowerCase());
            body.put("status", status);
            return body;
        }

        String create(String status, String talentCode) {
            Map<String, Object> body = profile(status);
            body.put("talents", List.of(talent(talentCode, 3)));
            return Candidates.create(municipality, clientNumber, body);
        }
    }

    private static void assertNowhereInTheDatabase(Person person) {
        for (String needle : person.needles()) {
            assertEquals(List.of(), DatabaseScan.columnsContaining(needle), needle + " is still stored");
        }
    }

    private static void assertInTheDatabase(Person person) {
        for (String needle : person.needles()) {
            assertFalse(DatabaseScan.columnsContaining(needle).isEmpty(), needle + " should be stored");
        }
    }

    @Test
    void deleteErasesEveryTraceOfThePerson() {
        String talent = Candidates.newTalent("erase", "VOCATIONAL_SKILL", false);
        Person person = Person.create("rotterdam");
        String id = person.create("ACTIVE", talent);
        // the scan finds the data while it is there (so an empty result later means something)
        assertInTheDatabase(person);
        // reads leave audit events (which must not name the person)
        as(TestTokens.consultant()).get("/api/candidates/" + id).then().statusCode(200);
        as(TestTokens.consultant()).queryParam("q", person.lastName()).get("/api/candidates").then().statusCode(200)
                .body("totalItems", equalTo(1));

        as(TestTokens.rotterdam()).delete(path("rotterdam", person.clientNumber())).then().statusCode(204);

        assertNowhereInTheDatabase(person);
        assertEquals(0L, count("select count(*) from candidate where id = cast(:id as uuid)", id));
        assertEquals(0L, count("select count(*) from candidate_talent where candidate_id = cast(:id as uuid)", id));
        assertProblem(as(TestTokens.rotterdam()).get(path("rotterdam", person.clientNumber())).then(), 404, "not-found");
        assertProblem(as(TestTokens.consultant()).get("/api/candidates/" + id).then(), 404, "not-found");
        as(TestTokens.consultant()).queryParam("q", person.lastName()).get("/api/candidates").then().statusCode(200)
                .body("totalItems", equalTo(0));

        Response log = as(TestTokens.rotterdam()).queryParam("candidateId", id).queryParam("action", "ERASED")
                .get("/api/audit-events");
        log.then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].candidateId", equalTo(id))
                .body("items[0].municipalityCode", equalTo("rotterdam"))
                .body("items[0].actorRole", equalTo("municipality"))
                .body("items[0].route", equalTo("DELETE /api/municipalities/{code}/candidates/{clientNumber}"));
        // the talent of the taxonomy is untouched
        assertEquals(1L, count("select count(*) from talent where code = :id", talent));
    }

    @Test
    void retentionErasesWithdrawnAndLongInactiveProfilesAndKeepsTheRest() {
        String talent = Candidates.newTalent("retention", "WORK_ATTITUDE", false);
        Instant now = Instant.now();
        Person old = Person.create("capelle");
        Person almostOld = Person.create("rotterdam");
        Person withdrawn = Person.create("rotterdam");
        Person recent = Person.create("capelle");

        clock.set(now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant());
        String oldId = old.create("ACTIVE", talent);
        clock.set(now.atOffset(ZoneOffset.UTC).minusMonths(11).toInstant());
        String almostOldId = almostOld.create("PAUSED", talent);
        clock.reset();
        String withdrawnId = withdrawn.create("WITHDRAWN", talent);
        String recentId = recent.create("ACTIVE", talent);
        for (Person p : List.of(old, almostOld, withdrawn, recent)) {
            assertInTheDatabase(p);
        }

        clock.set(now);
        CandidateRetentionJob.Result result = retention.run();
        assertFalse(result.skipped());
        assertTrue(result.erased() >= 2, "at least the two due profiles of this test: " + result);

        assertNowhereInTheDatabase(old);
        assertNowhereInTheDatabase(withdrawn);
        assertInTheDatabase(almostOld);
        assertInTheDatabase(recent);
        assertProblem(as(TestTokens.capelle()).get(path("capelle", old.clientNumber())).then(), 404, "not-found");
        as(TestTokens.capelle()).get(path("capelle", recent.clientNumber())).then().statusCode(200)
                .body("id", equalTo(recentId));
        as(TestTokens.rotterdam()).get(path("rotterdam", almostOld.clientNumber())).then().statusCode(200)
                .body("id", equalTo(almostOldId));

        for (String erased : List.of(oldId, withdrawnId)) {
            as(TestTokens.admin()).queryParam("candidateId", erased).queryParam("action", "ERASED").get("/api/audit-events")
                    .then().statusCode(200).body("totalItems", equalTo(1))
                    .body("items[0].actor", equalTo("retention"))
                    .body("items[0].actorRole", equalTo("system"))
                    .body("items[0].route", equalTo("JOB candidate-retention"));
        }

        // a second run finds nothing of this test's profiles to do
        retention.run();
        assertInTheDatabase(recent);
        assertInTheDatabase(almostOld);
    }

    @Test
    void onlyOneReplicaRunsRetentionAtATime() throws Exception {
        Person withdrawn = Person.create("rotterdam");
        withdrawn.create("WITHDRAWN", Candidates.newTalent("lock", "WORK_ATTITUDE", false));

        // another "replica" holds the advisory lock in an open transaction
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_advisory_xact_lock(:key)")
                    .setParameter("key", CandidateRetentionJob.ADVISORY_LOCK_KEY).getSingleResult();
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        other.start();
        try {
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            CandidateRetentionJob.Result skipped = retention.run();
            assertTrue(skipped.skipped());
            assertEquals(0, skipped.erased());
            assertInTheDatabase(withdrawn);
        } finally {
            release.countDown();
            other.join(30_000);
        }
        // the lock is gone with the other transaction
        CandidateRetentionJob.Result ran = retention.run();
        assertFalse(ran.skipped());
        assertNowhereInTheDatabase(withdrawn);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter("id", parameter).getSingleResult()).longValue());
    }
}
