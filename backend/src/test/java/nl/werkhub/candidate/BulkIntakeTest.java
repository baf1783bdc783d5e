package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static nl.werkhub.testsupport.Candidates.talent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class BulkIntakeTest {

    private static final Logger LOG = Logger.getLogger(BulkIntakeTest.class);
    private static final String BULK = "/api/municipalities/rotterdam/candidates/bulk";

    private static Map<String, Object> item(String clientNumber, Map<String, Object> profile) {
        Map<String, Object> item = new HashMap<>();
        item.put("clientNumber", clientNumber);
        item.put("profile", profile);
        return item;
    }

    @Test
    void mixedItemsGetAnOutcomeEachAndOnlyTheValidOnesAreStored() {
        String existingNumber = clientNumber("BULK");
        String unchangedNumber = clientNumber("BULK");
        Map<String, Object> unchangedProfile = profile();
        Candidates.create("rotterdam", existingNumber, profile());
        String unchangedId = Candidates.create("rotterdam", unchangedNumber, unchangedProfile);
        String retired = Candidates.newTalent("bulk", "CERTIFICATE", true);

        String newNumber = clientNumber("BULK");
        String duplicate = clientNumber("BULK");
        Map<String, Object> updatedProfile = profile();
        updatedProfile.put("hoursPerWeekMin", 8);
        Map<String, Object> badPostcode = profile();
        badPostcode.put("postcode", "0123 AB");
        Map<String, Object> bsn = profile();
        bsn.put("motivation", "Mijn nummer is 111222333.");
        Map<String, Object> retiredTalent = profile();
        retiredTalent.put("talents", List.of(talent(retired, 2)));
        Map<String, Object> secondOfDuplicate = profile();
        secondOfDuplicate.put("lastName", "Tweede");

        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(newNumber, profile()));                    // 0 CREATED
        items.add(item(existingNumber, updatedProfile));          // 1 UPDATED
        items.add(item(unchangedNumber, unchangedProfile));       // 2 UNCHANGED
        items.add(item(clientNumber("BULK"), badPostcode));       // 3 INVALID profile.postcode
        items.add(item(clientNumber("BULK"), bsn));               // 4 INVALID profile.motivation
        items.add(item(duplicate, profile()));                    // 5 CREATED
        items.add(item(duplicate, secondOfDuplicate));            // 6 INVALID clientNumber (repeated)
        items.add(item(clientNumber("BULK"), retiredTalent));     // 7 INVALID profile.talents[0].code
        items.add(item("RTM_12", profile()));                     // 8 INVALID clientNumber (pattern)
        items.add(item("111222333", profile()));                  // 9 INVALID clientNumber (BSN)
        items.add(item(clientNumber("BULK"), null));              // 10 INVALID profile

        Response response = as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK);
        response.then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("invalid", equalTo(7));
        List<Map<String, Object>> results = response.jsonPath().getList("results");
        assertEquals(items.size(), results.size());
        String[] outcomes = { "CREATED", "UPDATED", "UNCHANGED", "INVALID", "INVALID", "CREATED", "INVALID", "INVALID",
                "INVALID", "INVALID", "INVALID" };
        for (int i = 0; i < outcomes.length; i++) {
            assertEquals(i, results.get(i).get("index"));
            assertEquals(outcomes[i], results.get(i).get("outcome"), "item " + i + ": " + results.get(i));
        }
        assertEquals(unchangedId, results.get(2).get("candidateId"));
        assertEquals(newNumber, results.get(0).get("clientNumber"));
        assertNotNull(results.get(0).get("candidateId"));
        assertNull(results.get(0).get("problem"));

        assertEquals(List.of("profile.postcode"), violationFields(response, 3));
        assertEquals(List.of("profile.motivation"), violationFields(response, 4));
        assertEquals(List.of("clientNumber"), violationFields(response, 6));
        assertEquals(duplicate, results.get(6).get("clientNumber"));
        assertEquals(List.of("profile.talents[0].code"), violationFields(response, 7));
        assertEquals(List.of("clientNumber"), violationFields(response, 8));
        assertEquals(List.of("clientNumber"), violationFields(response, 9));
        assertEquals(List.of("profile"), violationFields(response, 10));
        assertEquals(422, response.jsonPath().getInt("results[3].problem.status"));
        assertEquals("https://werkhub.nl/problems/validation-failed", response.jsonPath().getString("results[3].problem.type"));
        assertNull(results.get(3).get("candidateId"));
        // a refused client number is not repeated (it might be a BSN), nor is a BSN from a text field
        assertNull(results.get(9).get("clientNumber"));
        assertFalse(response.asString().contains("111222333"), response.asString());

        // the valid items are stored, the invalid ones are not
        as(TestTokens.rotterdam()).get(path("rotterdam", newNumber)).then().statusCode(200)
                .body("id", equalTo(results.get(0).get("candidateId")));
        as(TestTokens.rotterdam()).get(path("rotterdam", existingNumber)).then().statusCode(200)
                .body("hoursPerWeekMin", equalTo(8)).body("version", equalTo(1));
        as(TestTokens.rotterdam()).get(path("rotterdam", unchangedNumber)).then().statusCode(200).body("version", equalTo(0));
        as(TestTokens.rotterdam()).get(path("rotterdam", duplicate)).then().statusCode(200).body("lastName", equalTo("Verbeek"));
        for (int i : new int[] { 3, 4, 7 }) {
            assertProblem(as(TestTokens.rotterdam()).get(path("rotterdam", (String) items.get(i).get("clientNumber"))).then(),
                    404, "not-found");
        }

        // the same request again: nothing new
        as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4))
                .body("invalid", equalTo(7));
    }

    private static List<String> violationFields(Response response, int index) {
        return response.jsonPath().getList("results[" + index + "].problem.violations.field", String.class);
    }

    @Test
    void problemsOfItemsAreInTheRequestedLanguage() {
        Map<String, Object> bad = profile();
        bad.put("postcode", "fout");
        Response response = as(TestTokens.rotterdam()).header("Accept-Language", "nl")
                .body(Map.of("items", List.of(item(clientNumber("BULK"), bad)))).post(BULK);
        response.then().statusCode(200)
                .body("results[0].problem.title", equalTo("Ongeldige invoer"))
                .body("results[0].problem.violations[0].message", equalTo("moet een Nederlandse postcode zijn, zoals 1234 AB"));
    }

    @Test
    void aThousandItemsAreAcceptedAndOneMoreIsNot() {
        String marker = Candidates.word("bulkduizend");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Map<String, Object> p = profile();
            p.put("lastName", marker);
            items.add(item(clientNumber("K"), p));
        }
        long start = System.nanoTime();
        Response response = as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Bulk intake of 1000 new profiles took %d ms", millis);
        response.then().statusCode(200).body("created", equalTo(1000)).body("invalid", equalTo(0));

        start = System.nanoTime();
        as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK).then().statusCode(200)
                .body("unchanged", equalTo(1000));
        LOG.infof("Bulk intake of 1000 unchanged profiles took %d ms", (System.nanoTime() - start) / 1_000_000);

        items.add(item(clientNumber("K"), profile()));
        Response tooMany = as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK);
        assertProblem(tooMany.then(), 422, "validation-failed").body("violations.field", contains("items"));
        assertProblem(as(TestTokens.rotterdam()).body(Map.of("items", List.of())).post(BULK).then(), 422,
                "validation-failed").body("violations.field", contains("items"));
        assertProblem(as(TestTokens.rotterdam()).body(Map.of()).post(BULK).then(), 422, "validation-failed")
                .body("violations.field", contains("items"));
        assertProblem(as(TestTokens.rotterdam()).body("[]").post(BULK).then(), 400, "malformed-request");
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /**
     * New profiles of a bulk intake are inserted set-based (CandidateRepository.insertNew), not
     * through the entity mapping that PUT uses: a profile must read back the same either way, with
     * every optional field given and with none of them.
     */
    @Test
    void aProfileCreatedInBulkReadsBackAsTheSameProfileCreatedByPut() {
        String talentA = Candidates.newTalent("bulkrt", "VOCATIONAL_SKILL", false);
        String talentB = Candidates.newTalent("bulkrt", "CERTIFICATE", false);
        Map<String, Object> full = profile();
        full.put("targetGroups", List.of("PRAKTIJKROUTE", "BBL"));
        full.put("talents", List.of(talent(talentA, 4), talent(talentB, 2)));
        full.put("preferredSectors", List.of("LOGISTICS", "RETAIL"));
        full.put("preferredOccupations", List.of("Magazijnmedewerker", "Vakkenvuller"));
        full.put("drivingLicence", true);
        full.put("jobcoach", "jos.jobcoach");
        Map<String, Object> bare = profile();
        for (String optional : List.of("email", "phone", "gender", "birthDate", "latitude", "longitude", "interests",
                "motivation", "availableFrom", "dutchLevel")) {
            bare.remove(optional);
        }
        bare.put("targetGroups", List.of());
        bare.put("preferredSectors", List.of());
        bare.put("preferredOccupations", List.of());
        for (Map<String, Object> p : List.of(full, bare)) {
            String byPut = clientNumber("RT");
            String inBulk = clientNumber("RT");
            Candidates.create("rotterdam", byPut, p);
            as(TestTokens.rotterdam()).body(Map.of("items", List.of(item(inBulk, p)))).post(BULK).then().statusCode(200)
                    .body("created", equalTo(1));
            Map<String, Object> expected = comparable(as(TestTokens.rotterdam()).get(path("rotterdam", byPut)));
            Map<String, Object> actual = comparable(as(TestTokens.rotterdam()).get(path("rotterdam", inBulk)));
            assertEquals(expected, actual);
        }
    }

    /** A profile as GET answers it, without what differs between two profiles by nature. */
    private static Map<String, Object> comparable(Response response) {
        response.then().statusCode(200);
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap("$"));
        for (String own : List.of("id", "clientNumber", "createdAt", "updatedAt")) {
            body.remove(own);
        }
        return body;
    }

    /** Every column of table candidate but the generated one is written by a bulk intake. */
    @Test
    void theBulkInsertWritesEveryColumnOfTheTable() {
        @SuppressWarnings("unchecked")
        List<String> columns = em.createNativeQuery("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = 'candidate' and is_generated = 'NEVER'
                order by column_name""").getResultList();
        assertEquals(columns, CandidateRepository.INSERTED_COLUMNS.stream().sorted().toList());
    }


    /**
     * candidate_match_profile (V6, kept per statement since V10) must hold exactly the ACTIVE profiles
     * with consent after a bulk intake, whose inserts and updates reach the database as multi-row
     * statements: every row of such a statement, not only the first or the last, must arrive.
     */
    @Test
    void theSuggestableCopyIsExactAfterBulkCreatesAndUpdates() {
        String prefix = clientNumber("MP") + "-";
        String a = Candidates.newTalent("bulkmp", "VOCATIONAL_SKILL", false);
        String b = Candidates.newTalent("bulkmp", "VOCATIONAL_SKILL", false);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Map<String, Object> p = profile();
            p.put("status", i % 4 == 3 ? "PAUSED" : "ACTIVE");
            p.put("consent", i % 3 != 2);
            p.put("hoursPerWeekMin", 1 + i % 24);
            p.put("talents", List.of(talent(a, 1 + i % 5), talent(b, 1 + (i + 2) % 5)));
            items.add(item(prefix + i, p));
        }
        as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK).then().statusCode(200)
                .body("created", equalTo(240));
        // i % 4 != 3 and i % 3 != 2: 180 of 240 ACTIVE, two thirds of those with consent
        assertEquals(120, suggestableDifference(prefix)[0]);
        assertEquals(0, suggestableDifference(prefix)[1]);

        // Flip status and consent of some, change values of others, leave the rest unchanged.
        for (int i = 0; i < 240; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) items.get(i).get("profile");
            switch (i % 5) {
                case 0 -> p.put("status", "ACTIVE".equals(p.get("status")) ? "PAUSED" : "ACTIVE");
                case 1 -> p.put("consent", !(Boolean) p.get("consent"));
                case 2 -> {
                    p.put("maxTravelDistanceKm", 40);
                    p.put("talents", List.of(talent(b, 1 + i % 5)));
                }
                default -> {
                }
            }
        }
        as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK).then().statusCode(200)
                .body("updated", equalTo(144)).body("unchanged", equalTo(96));
        long expected = 0;
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) item.get("profile");
            if ("ACTIVE".equals(p.get("status")) && (Boolean) p.get("consent")) {
                expected++;
            }
        }
        assertEquals(expected, suggestableDifference(prefix)[0]);
        assertEquals(0, suggestableDifference(prefix)[1]);
    }

    /** [rows of candidate_match_profile for these client numbers, rows differing from the V6 definition]. */
    private long[] suggestableDifference(String prefix) {
        String columns = """
                municipality_code, talent_codes, talent_levels, hours_per_week_min, hours_per_week_max,
                available_from, latitude, longitude, max_travel_distance_km, preferred_sectors,
                preferred_occupations, driving_licence, dutch_level""";
        String fromCandidate = "select id, " + columns + " from candidate where client_number like :prefix"
                + " and status = 'ACTIVE' and consent";
        String fromCopy = "select candidate_id, " + columns.replace("\n", " ").replaceAll("(\\w+)", "p.$1")
                + " from candidate_match_profile p join candidate c on c.id = p.candidate_id"
                + " where c.client_number like :prefix";
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            long rows = ((Number) em.createNativeQuery("select count(*) from (" + fromCopy + ") x")
                    .setParameter("prefix", prefix + "%").getSingleResult()).longValue();
            long differing = ((Number) em.createNativeQuery("select count(*) from ((" + fromCandidate + " except "
                    + fromCopy + ") union all (" + fromCopy + " except " + fromCandidate + ")) d")
                    .setParameter("prefix", prefix + "%").getSingleResult()).longValue();
            return new long[] { rows, differing };
        });
    }

    @Inject
    TestClock clock;

    @Test
    void aChunkThatFailsOnTheDatabaseIsWrittenAgainOneByOne() {
        // Validation and the database agree on every rule, so a database failure needs a trick: in
        // 1950 a birth date in 1899 passes the age rule (15..75), but the table refuses dates before
        // 1900. That item fails only on the database, taking its chunk down; the others must survive.
        clock.set(Instant.parse("1950-06-01T12:00:00Z"));
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                java.io.StringWriter text = new java.io.StringWriter();
                text.append(String.valueOf(record.getMessage())).append(' ')
                        .append(java.util.Arrays.toString(record.getParameters()));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new java.io.PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(capture);
        String lastName = Candidates.word("Logboek");
        try {
            Map<String, Object> old = profile();
            old.put("birthDate", "1899-12-31");
            old.put("lastName", lastName);
            old.put("email", lastName + "@example.nl");
            Map<String, Object> fine = profile();
            fine.put("birthDate", "1930-01-01");
            fine.put("availableFrom", "1950-07-01");
            List<Map<String, Object>> items = List.of(item(clientNumber("OLD"), fine), item(clientNumber("OLD"), old),
                    item(clientNumber("OLD"), fine));
            Response response = as(TestTokens.rotterdam()).body(Map.of("items", items)).post(BULK);
            response.then().statusCode(200).body("created", equalTo(2)).body("invalid", equalTo(1))
                    .body("results.outcome", contains("CREATED", "INVALID", "CREATED"))
                    .body("results[1].problem.status", equalTo(500))
                    .body("results[1].problem.type", equalTo("https://werkhub.nl/problems/internal-error"));
            as(TestTokens.rotterdam()).get(path("rotterdam", (String) items.get(0).get("clientNumber"))).then().statusCode(200);
            as(TestTokens.rotterdam()).get(path("rotterdam", (String) items.get(2).get("clientNumber"))).then().statusCode(200);
            assertProblem(as(TestTokens.rotterdam()).get(path("rotterdam", (String) items.get(1).get("clientNumber"))).then(),
                    404, "not-found");

            // the failure is logged (with an error id), but without the person's data
            assertFalse(logged.isEmpty());
            for (String entry : logged) {
                assertFalse(entry.contains(lastName), entry);
                assertFalse(entry.contains("1899-12-31"), entry);
                assertFalse(entry.contains((String) items.get(1).get("clientNumber")), entry);
            }
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(capture);
            clock.reset();
        }
    }
}
