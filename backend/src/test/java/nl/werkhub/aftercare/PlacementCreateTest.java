package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.Placements.StoredCall;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Placing a candidate (the match's move to PLACED with a contract, docs/api.md "Placement"): the
 * placement, its arrangements and its standard calls on the right working days, the candidate PLACED
 * and out of the suggestions, and one ACTIVE placement per candidate, also in a race.
 */
@QuarkusTest
class PlacementCreateTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void placingMakesAnActivePlacementWithItsArrangementsAndStandardCalls() {
        // Monday 20 April 2026; the contract starts on Friday 24 April
        clock.set(Instant.parse("2026-04-20T07:30:00Z"));
        String vacancy = Matches.openVacancy(2);
        String candidate = Matches.candidate();
        String match = Matches.create(vacancy, candidate);
        Matches.moveTo(match, "INTRODUCED");
        Map<String, Object> contract = Placements.contract(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 10, 23),
                Placements.JOBCOACH);
        contract.put("hoursPerWeek", 28);
        contract.put("arrangements", List.of(Map.of("kind", "JOBCOACH"), Map.of("kind", "OV_TOPUP"),
                Map.of("kind", "TRAINING", "description", "  Heftruckcertificaat bij het ROC  "),
                Map.of("kind", "OTHER", "description", "Werkschoenen")));

        Response moved = Placements.move(match, contract);
        moved.then().statusCode(200).body("status", equalTo("PLACED"));
        String id = moved.path("placementId");

        Response read = as(TestTokens.consultant()).get("/api/placements/" + id);
        read.then().statusCode(200).header("ETag", "\"0\"")
                .body("matchId", equalTo(match))
                .body("vacancyId", equalTo(vacancy))
                .body("candidateId", equalTo(candidate))
                .body("municipalityCode", equalTo("rotterdam"))
                .body("status", equalTo("ACTIVE"))
                .body("startDate", equalTo("2026-04-24"))
                .body("endDate", equalTo("2026-10-23"))
                .body("hoursPerWeek", equalTo(28))
                .body("jobcoach", equalTo("jos.jobcoach"))
                .body("jobcoachName", equalTo("Jos de Boer"))
                .body("arrangements.kind", equalTo(List.of("JOBCOACH", "OV_TOPUP", "TRAINING", "OTHER")))
                .body("arrangements[1].amount", equalTo(250.0f))
                .body("arrangements[0]", not(hasKey("amount")))
                .body("arrangements[2].description", equalTo("Heftruckcertificaat bij het ROC"))
                .body("atRisk", equalTo(false))
                .body("unreachable", equalTo(false))
                .body("$", not(hasKey("lastOutcome")))
                .body("$", not(hasKey("endedOn")))
                .body("nextCall.kind", equalTo("FIRST_DAY"))
                .body("nextCall.dueDate", equalTo("2026-04-28"))
                .body("placedBy", equalTo("c-0001"))
                .body("placedByName", equalTo("connie.consultant"))
                .body("createdAt", equalTo("2026-04-20T07:30:00Z"));
        assertTrue(((String) read.path("vacancyTitle")).startsWith("Magazijnmedewerker"));
        assertTrue(((String) read.path("employerName")).startsWith("Test BV"));
        assertTrue(((String) read.path("candidateName")).startsWith("Sanne Match"));
        assertEquals(read.path("employerId"), (Object) as(TestTokens.consultant()).get("/api/vacancies/" + vacancy)
                .then().extract().path("employerId"));

        // 27 April is King's Day, so the first day's call is on Tuesday the 28th; 24 May is a Sunday and
        // 25 May 2026 Whit Monday, so the first month's call is on the 26th
        assertEquals(List.of(
                new StoredCall("FIRST_DAY", 1, LocalDate.of(2026, 4, 28), "PLANNED", "jos.jobcoach"),
                new StoredCall("FIRST_WEEK", 1, LocalDate.of(2026, 5, 1), "PLANNED", "jos.jobcoach"),
                new StoredCall("FIRST_MONTH", 1, LocalDate.of(2026, 5, 26), "PLANNED", "jos.jobcoach"),
                new StoredCall("BEFORE_CONTRACT_END", 1, LocalDate.of(2026, 9, 23), "PLANNED", "jos.jobcoach")),
                Placements.storedCalls(id));

        // the match names its placement, and its detail says so too
        as(TestTokens.consultant()).get("/api/matches/" + match).then().body("placementId", equalTo(id));
    }

    @Test
    void aPermanentContractHasNoCallBeforeItsEnd() {
        clock.set(Instant.parse("2026-04-20T07:30:00Z"));
        Placements.Placed placed = Placements.placeNew(Placements.contract(LocalDate.of(2026, 4, 24), null,
                Placements.OTHER_JOBCOACH));
        assertEquals(List.of("FIRST_DAY", "FIRST_WEEK", "FIRST_MONTH"),
                Placements.storedCalls(placed.placementId()).stream().map(StoredCall::kind).toList());
        assertTrue(Placements.storedCalls(placed.placementId()).stream().allMatch(c -> c.assignee().equals("jet.jobcoach")));
        Placements.get(placed.placementId()).then().body("$", not(hasKey("endDate")));
    }

    @Test
    void theCandidateBecomesPlacedWithThePlacementsJobcoachAndLeavesTheSuggestions() {
        String talent = Candidates.newTalent("plc", "VOCATIONAL_SKILL", false);
        String client = Candidates.clientNumber("PLC");
        Map<String, Object> profile = Candidates.profile();
        profile.put("talents", List.of(Candidates.talent(talent, 3)));
        profile.put("jobcoach", "someone.else");
        String candidate = Candidates.create("rotterdam", client, profile);
        String elsewhere = vacancyNeeding(talent);
        assertTrue(suggested(elsewhere).contains(candidate), "suggested before the placement");
        Response before = as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client));
        int version = before.path("version");

        Placements.place(Matches.openVacancy(1), candidate, Placements.contract());

        Response after = as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client));
        after.then().statusCode(200)
                .body("status", equalTo("PLACED"))
                .body("jobcoach", equalTo("jos.jobcoach"))
                .body("version", equalTo(version + 1));
        assertNotEquals(before.path("updatedAt"), (Object) after.path("updatedAt"));
        assertFalse(suggested(elsewhere).contains(candidate), "a placed candidate is not suggested");
        // the placement's jobcoach now sees the profile; the previous one does not
        as(TestTokens.jobcoach()).get("/api/candidates/" + candidate).then().statusCode(200);
        assertProblem(as(TestTokens.jobcoach("someone.else")).get("/api/candidates/" + candidate).then(), 404, "not-found");
        // and a placed candidate cannot be put in another pipeline
        assertProblem(Matches.create(TestTokens.consultant(), elsewhere, candidate).then(), 422, "validation-failed");
    }

    @Test
    void aCandidateWithAnActivePlacementIsNotPlacedAgain() {
        String candidate = Matches.candidate();
        String second = Matches.create(Matches.openVacancy(1), candidate);
        Matches.moveTo(second, "INTRODUCED");
        Placements.Placed first = Placements.place(Matches.openVacancy(1), candidate, Placements.contract());

        assertProblem(Placements.move(second, Placements.contract()).then(), 409, "candidate-already-placed")
                .body("detail", equalTo("This candidate already has an ACTIVE placement; complete or end it before"
                        + " placing them again"));
        as(TestTokens.consultant()).get("/api/matches/" + second).then().body("status", equalTo("INTRODUCED"));
        as(TestTokens.consultant()).queryParam("candidateId", candidate).get("/api/placements").then()
                .body("items.id", equalTo(List.of(first.placementId())));
    }

    @Test
    void twoPlacementsOfOneCandidateAtOnceOnlyOneSucceeds() throws Exception {
        String candidate = Matches.candidate();
        String a = Matches.create(Matches.openVacancy(1), candidate);
        String b = Matches.create(Matches.openVacancy(1), candidate);
        Matches.moveTo(a, "INTRODUCED");
        Matches.moveTo(b, "TRIAL");
        String etagA = Matches.etag(a);
        String etagB = Matches.etag(b);
        List<Response> responses = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = race(
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagA)
                        .body(Placements.placedBody(Placements.contract())).post("/api/matches/" + a + "/transitions")),
                () -> record(responses, as(TestTokens.consultant()).header("If-Match", etagB)
                        .body(Placements.placedBody(Placements.contract())).post("/api/matches/" + b + "/transitions")));
        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses, responses.stream().map(Response::asString).toList().toString());
        Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        Api.assertProblem(refused.then(), 409, "candidate-already-placed");

        List<String> placements = as(TestTokens.consultant()).queryParam("candidateId", candidate)
                .get("/api/placements").then().statusCode(200).extract().path("items.id");
        assertEquals(1, placements.size());
        // the loser left nothing behind: its match did not move and it has no calls
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("id");
        String loser = winner.equals(a) ? b : a;
        as(TestTokens.consultant()).get("/api/matches/" + loser).then()
                .body("status", equalTo(loser.equals(a) ? "INTRODUCED" : "TRIAL")).body("$", not(hasKey("placementId")));
        assertEquals(4, Placements.storedCalls(placements.get(0)).size());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String vacancyNeeding(String talent) {
        Map<String, Object> body = Api.vacancy(Api.createEmployer(), "Monteur " + Api.marker());
        body.put("talents", List.of(Map.of("code", talent, "requirement", "MUST_HAVE", "minLevel", 1)));
        String id = as(TestTokens.consultant()).body(body).post("/api/vacancies").then().statusCode(201).extract().path("id");
        Matches.setVacancyStatus(id, "OPEN");
        return id;
    }

    private static List<String> suggested(String vacancyId) {
        return as(TestTokens.consultant()).queryParam("limit", 100).get("/api/vacancies/" + vacancyId + "/suggestions")
                .then().statusCode(200).extract().path("items.candidate.id");
    }

    private static int record(List<Response> responses, Response response) {
        responses.add(response);
        return response.statusCode();
    }

    @SafeVarargs
    private static List<Integer> race(Callable<Integer>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
