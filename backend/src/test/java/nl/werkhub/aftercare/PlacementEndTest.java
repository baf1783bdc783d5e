package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.Placements.StoredCall;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * POST /api/placements/{id}/end: COMPLETED or ENDED_EARLY, what each does to the calls and the
 * candidate, and the rules of the body. Placed on Monday 20 April 2026 (start Friday 24 April),
 * ended on Wednesday 10 June.
 */
@QuarkusTest
class PlacementEndTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 24);

    @Inject
    TestClock clock;

    @BeforeEach
    void setClock() {
        clock.set(Instant.parse("2026-04-20T07:30:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void completingCancelsThePlannedCallsAndLeavesTheCandidatePlaced() {
        String client = Candidates.clientNumber("END");
        String candidate = Candidates.create("rotterdam", client, Candidates.profile());
        String id = Placements.place(Matches.openVacancy(1), candidate,
                Placements.contract(START, LocalDate.of(2026, 10, 23), Placements.JOBCOACH)).placementId();
        Placements.markLogged(id, "FIRST_DAY", "DONE");
        Placements.markLogged(id, "FIRST_WEEK", "NOT_REACHED");
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));

        end(id, "\"0\"", Map.of("status", "COMPLETED", "endedOn", "2026-06-10", "note", "  Vast contract gekregen  "))
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("COMPLETED"))
                .body("endedOn", equalTo("2026-06-10"))
                .body("endNote", equalTo("Vast contract gekregen"))
                .body("$", not(hasKey("endReason")))
                .body("$", not(hasKey("nextCall")))
                .body("updatedAt", equalTo("2026-06-10T15:00:00Z"));
        assertEquals(List.of("DONE", "NOT_REACHED", "CANCELLED", "CANCELLED"),
                Placements.storedCalls(id).stream().map(StoredCall::status).toList());
        as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client)).then().body("status", equalTo("PLACED"));
        // ended is final
        assertProblem(end(id, null, Map.of("status", "ENDED_EARLY", "endedOn", "2026-06-10", "reason", "DISMISSED")).then(),
                409, "conflict");
    }

    @Test
    void endingEarlyPutsTheCandidateBackToWorkSeekingAndTheyCanBePlacedAgain() {
        String client = Candidates.clientNumber("END");
        String candidate = Candidates.create("rotterdam", client, Candidates.profile());
        String id = Placements.place(Matches.openVacancy(1), candidate, Placements.contract(START, null,
                Placements.JOBCOACH)).placementId();
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));

        end(id, Placements.etag(id), Map.of("status", "ENDED_EARLY", "endedOn", "2026-06-05", "reason", "EMPLOYEE_RESIGNED"))
                .then().statusCode(200).body("status", equalTo("ENDED_EARLY")).body("endReason", equalTo("EMPLOYEE_RESIGNED"));
        assertEquals(List.of("CANCELLED", "CANCELLED", "CANCELLED"),
                Placements.storedCalls(id).stream().map(StoredCall::status).toList());
        as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client)).then().body("status", equalTo("ACTIVE"))
                .body("jobcoach", equalTo(Placements.JOBCOACH));

        // looking for work again: a new pipeline and a new placement, from today
        Placements.Placed again = Placements.place(Matches.openVacancy(1), candidate,
                Placements.contract(LocalDate.of(2026, 6, 15), null, Placements.OTHER_JOBCOACH));
        as(TestTokens.consultant()).queryParam("candidateId", candidate).queryParam("sort", "startDate,desc")
                .get("/api/placements").then().statusCode(200)
                .body("items.id", equalTo(List.of(again.placementId(), id)))
                .body("items.status", equalTo(List.of("ACTIVE", "ENDED_EARLY")));
        as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client)).then().body("status", equalTo("PLACED"))
                .body("jobcoach", equalTo(Placements.OTHER_JOBCOACH));
    }

    @Test
    void aCandidateTheMunicipalityHasMovedOnKeepsItsStatus() {
        String client = Candidates.clientNumber("END");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        String id = Placements.place(Matches.openVacancy(1), candidate, Placements.contract(START, null,
                Placements.JOBCOACH)).placementId();
        profile.put("status", "PAUSED");
        Candidates.create("rotterdam", client, profile);
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));

        end(id, null, Map.of("status", "ENDED_EARLY", "endedOn", "2026-04-30", "reason", "HEALTH")).then().statusCode(200);
        as(TestTokens.rotterdam()).get(Candidates.path("rotterdam", client)).then().body("status", equalTo("PAUSED"));
    }

    @Test
    void theRulesOfEnding() {
        String id = Placements.placeNew(Placements.contract(START, null, Placements.JOBCOACH)).placementId();
        clock.set(Instant.parse("2026-06-10T15:00:00Z"));
        Map<Map<String, Object>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(body("ENDED_EARLY", "2026-06-01", null, null), "reason");
        cases.put(body("COMPLETED", "2026-06-01", "DISMISSED", null), "reason");
        cases.put(body("ENDED_EARLY", "2026-06-01", "OTHER", null), "note");
        cases.put(body("ENDED_EARLY", "2026-06-01", "OTHER", "   "), "note");
        cases.put(body("ENDED_EARLY", "2026-06-01", "DISMISSED", "Bsn 111222333 genoemd"), "note");
        cases.put(body("ENDED_EARLY", "2026-06-01", "DISMISSED", "x".repeat(2001)), "note");
        cases.put(body("ACTIVE", "2026-06-01", null, null), "status");
        cases.put(body(null, "2026-06-01", null, null), "status");
        cases.put(body("COMPLETED", null, null, null), "endedOn");
        cases.put(body("COMPLETED", "2026-04-23", null, null), "endedOn");
        cases.put(body("COMPLETED", "2026-06-11", null, null), "endedOn");
        for (Map.Entry<Map<String, Object>, String> c : cases.entrySet()) {
            assertProblem(end(id, null, c.getKey()).then(), 422, "validation-failed")
                    .body("violations.field", equalTo(List.of(c.getValue())));
        }
        assertProblem(end(id, null, body("FINISHED", "2026-06-01", null, null)).then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("status"));
        assertProblem(end(id, "\"5\"", body("COMPLETED", "2026-06-01", null, null)).then(), 412, "precondition-failed");
        assertProblem(end("00000000-0000-4000-8000-000000000000", null, body("COMPLETED", "2026-06-01", null, null)).then(),
                404, "not-found");
        Placements.get(id).then().body("status", equalTo("ACTIVE")).body("version", equalTo(0));

        // the edges are allowed: the start date itself, and OTHER with a note
        end(id, null, body("ENDED_EARLY", "2026-04-24", "OTHER", "Bedrijf verhuisd naar Breda")).then().statusCode(200)
                .body("endReason", equalTo("OTHER")).body("endNote", equalTo("Bedrijf verhuisd naar Breda"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Map<String, Object> body(String status, String endedOn, String reason, String note) {
        Map<String, Object> body = new HashMap<>();
        if (status != null) {
            body.put("status", status);
        }
        if (endedOn != null) {
            body.put("endedOn", endedOn);
        }
        if (reason != null) {
            body.put("reason", reason);
        }
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private static Response end(String id, String ifMatch, Map<String, Object> body) {
        var request = as(TestTokens.consultant()).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.post("/api/placements/" + id + "/end");
    }
}
