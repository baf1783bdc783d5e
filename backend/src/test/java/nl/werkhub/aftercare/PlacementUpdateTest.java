package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.Placements.StoredCall;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * PUT /api/placements/{id}: the contract is replaced, and the calls that are still to be made follow
 * it (docs/api.md, "Placement"; docs/decisions-backend.md, "Changing and ending a placement").
 * The clock stands on Monday 20 April 2026; the contracts start on Friday 24 April.
 */
@QuarkusTest
class PlacementUpdateTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 24);
    private static final LocalDate END = LocalDate.of(2026, 10, 23);

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
    void movingTheStartAcrossAWeekendAndAHolidayMovesThePlannedCalls() {
        String id = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH)).placementId();
        assertEquals(List.of(call("FIRST_DAY", "2026-04-28"), call("FIRST_WEEK", "2026-05-01"),
                call("FIRST_MONTH", "2026-05-26"), call("BEFORE_CONTRACT_END", "2026-09-23")), Placements.storedCalls(id));

        // Thursday 30 April: the first day's call the next day; 30 May is a Saturday, so 1 June
        Response updated = put(id, "\"0\"", Placements.contract(LocalDate.of(2026, 4, 30), END, Placements.JOBCOACH));
        updated.then().statusCode(200).header("ETag", "\"1\"").body("startDate", equalTo("2026-04-30"))
                .body("nextCall.dueDate", equalTo("2026-05-01")).body("updatedAt", equalTo("2026-04-20T07:30:00Z"));
        assertEquals(List.of(call("FIRST_DAY", "2026-05-01"), call("FIRST_WEEK", "2026-05-07"),
                call("FIRST_MONTH", "2026-06-01"), call("BEFORE_CONTRACT_END", "2026-09-23")), Placements.storedCalls(id));

        // Wednesday 22 April: the 23rd, then the 29th; 22 May is a Friday
        put(id, "\"1\"", Placements.contract(LocalDate.of(2026, 4, 22), END, Placements.JOBCOACH)).then().statusCode(200);
        assertEquals(List.of(call("FIRST_DAY", "2026-04-23"), call("FIRST_WEEK", "2026-04-29"),
                call("FIRST_MONTH", "2026-05-22"), call("BEFORE_CONTRACT_END", "2026-09-23")), Placements.storedCalls(id));
    }

    @Test
    void callsThatWereMadeAndRetriesAndAdHocCallsKeepTheirDates() {
        String id = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH)).placementId();
        Placements.markLogged(id, "FIRST_DAY", "DONE");
        Placements.markLogged(id, "FIRST_WEEK", "NOT_REACHED");
        Placements.addPlannedCall(id, "FIRST_WEEK", LocalDate.of(2026, 5, 4), "jos.jobcoach");
        Placements.addPlannedCall(id, "AD_HOC", LocalDate.of(2026, 5, 12), "jos.jobcoach");

        put(id, Placements.etag(id), Placements.contract(LocalDate.of(2026, 5, 4), END, Placements.JOBCOACH))
                .then().statusCode(200);
        assertEquals(List.of(
                new StoredCall("FIRST_DAY", 1, LocalDate.of(2026, 4, 28), "DONE", "jos.jobcoach"),
                new StoredCall("FIRST_WEEK", 1, LocalDate.of(2026, 5, 1), "NOT_REACHED", "jos.jobcoach"),
                new StoredCall("FIRST_WEEK", 2, LocalDate.of(2026, 5, 4), "PLANNED", "jos.jobcoach"),
                new StoredCall("AD_HOC", 1, LocalDate.of(2026, 5, 12), "PLANNED", "jos.jobcoach"),
                // 4 June + 1 month = 4 June
                new StoredCall("FIRST_MONTH", 1, LocalDate.of(2026, 6, 4), "PLANNED", "jos.jobcoach"),
                new StoredCall("BEFORE_CONTRACT_END", 1, LocalDate.of(2026, 9, 23), "PLANNED", "jos.jobcoach")),
                Placements.storedCalls(id));
    }

    @Test
    void theCallBeforeTheEndFollowsTheEndDate() {
        String id = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH)).placementId();

        // moved: Friday 20 November − 1 month = Tuesday 20 October
        put(id, Placements.etag(id), Placements.contract(START, LocalDate.of(2026, 11, 20), Placements.JOBCOACH))
                .then().statusCode(200);
        assertEquals(call("BEFORE_CONTRACT_END", "2026-10-20"), last(id));

        // removed (permanent contract): cancelled
        put(id, Placements.etag(id), Placements.contract(START, null, Placements.JOBCOACH)).then().statusCode(200)
                .body("$", not(hasKey("endDate")));
        assertEquals(new StoredCall("BEFORE_CONTRACT_END", 1, LocalDate.of(2026, 10, 20), "CANCELLED", "jos.jobcoach"),
                last(id));

        // added again: a new one, the cancelled one stays as it was
        put(id, Placements.etag(id), Placements.contract(START, END, Placements.JOBCOACH)).then().statusCode(200);
        List<StoredCall> beforeEnd = Placements.storedCalls(id).stream()
                .filter(c -> c.kind().equals("BEFORE_CONTRACT_END")).toList();
        assertEquals(List.of(call("BEFORE_CONTRACT_END", "2026-09-23"),
                new StoredCall("BEFORE_CONTRACT_END", 1, LocalDate.of(2026, 10, 20), "CANCELLED", "jos.jobcoach")),
                beforeEnd);

        // too short to come after the first-month call (26 May): cancelled with its planned retry
        Placements.markLogged(id, "BEFORE_CONTRACT_END", "NOT_REACHED");
        Placements.addPlannedCall(id, "BEFORE_CONTRACT_END", LocalDate.of(2026, 9, 24), "jos.jobcoach");
        put(id, Placements.etag(id), Placements.contract(START, LocalDate.of(2026, 6, 20), Placements.JOBCOACH))
                .then().statusCode(200);
        assertEquals(List.of("NOT_REACHED", "CANCELLED", "CANCELLED"), Placements.storedCalls(id).stream()
                .filter(c -> c.kind().equals("BEFORE_CONTRACT_END")).map(StoredCall::status).toList());
        assertEquals(3, Placements.storedCalls(id).stream().filter(c -> c.status().equals("PLANNED")).count());
    }

    @Test
    void aPermanentContractThatGetsAnEndDateGetsTheCallBeforeIt() {
        String id = Placements.placeNew(Placements.contract(START, null, Placements.JOBCOACH)).placementId();
        assertEquals(3, Placements.storedCalls(id).size());
        put(id, "\"0\"", Placements.contract(START, END, Placements.JOBCOACH)).then().statusCode(200)
                .body("endDate", equalTo("2026-10-23"));
        assertEquals(call("BEFORE_CONTRACT_END", "2026-09-23"), last(id));
    }

    @Test
    void aNewJobcoachTakesOverThePlannedCallsAndTheCandidate() {
        Placements.Placed placed = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH));
        String id = placed.placementId();
        Placements.markLogged(id, "FIRST_DAY", "DONE");
        Placements.addPlannedCall(id, "AD_HOC", LocalDate.of(2026, 5, 12), "jos.jobcoach");

        put(id, Placements.etag(id), Placements.contract(START, END, Placements.OTHER_JOBCOACH)).then().statusCode(200)
                .body("jobcoach", equalTo("jet.jobcoach"));
        assertEquals(List.of("jos.jobcoach", "jet.jobcoach", "jet.jobcoach", "jet.jobcoach", "jet.jobcoach"),
                Placements.storedCalls(id).stream().map(StoredCall::assignee).toList());
        as(TestTokens.jobcoach("jet.jobcoach")).get("/api/candidates/" + placed.candidateId()).then().statusCode(200)
                .body("jobcoach", equalTo("jet.jobcoach"));
        assertProblem(as(TestTokens.jobcoach()).get("/api/candidates/" + placed.candidateId()).then(), 404, "not-found");
        assertProblem(as(TestTokens.jobcoach()).get("/api/placements/" + id).then(), 404, "not-found");
        as(TestTokens.jobcoach("jet.jobcoach")).get("/api/placements/" + id).then().statusCode(200);
    }

    @Test
    void hoursAndArrangementsAreReplacedAnUnchangedContractChangesNothing() {
        String id = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH)).placementId();
        Map<String, Object> contract = Placements.contract(START, END, Placements.JOBCOACH);
        put(id, "\"0\"", contract).then().statusCode(200).header("ETag", "\"0\"");
        // 250 is the default amount, written out
        contract.put("arrangements", List.of(Map.of("kind", "JOBCOACH"), Map.of("kind", "OV_TOPUP", "amount", 250)));
        put(id, "\"0\"", contract).then().statusCode(200).header("ETag", "\"0\"");

        contract.put("hoursPerWeek", 20);
        contract.put("arrangements", List.of(Map.of("kind", "OV_TOPUP", "amount", 120.5),
                Map.of("kind", "TRAINING", "description", "Taalcursus")));
        put(id, "\"0\"", contract).then().statusCode(200).header("ETag", "\"1\"")
                .body("hoursPerWeek", equalTo(20))
                .body("arrangements.kind", equalTo(List.of("OV_TOPUP", "TRAINING")))
                .body("arrangements[0].amount", equalTo(120.5f));
        // the calls did not move: the dates did not change
        assertEquals(4, Placements.storedCalls(id).stream().filter(c -> c.status().equals("PLANNED")).count());
    }

    @Test
    void theRulesOfAPut() {
        String id = Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH)).placementId();
        Map<String, Object> contract = Placements.contract(START, END, Placements.JOBCOACH);
        assertProblem(as(TestTokens.consultant()).body(contract).put("/api/placements/" + id).then(), 428,
                "precondition-required");
        assertProblem(put(id, "\"3\"", contract).then(), 412, "precondition-failed");
        Map<String, Object> unknown = Placements.contract(START, END, "nobody.known");
        assertProblem(put(id, "\"0\"", unknown).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("jobcoach")));
        Map<String, Object> bad = Placements.contract(START, START, Placements.JOBCOACH);
        bad.remove("hoursPerWeek");
        assertProblem(put(id, "\"0\"", bad).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("endDate", "hoursPerWeek")));
        assertProblem(put("00000000-0000-4000-8000-000000000000", "\"0\"", contract).then(), 404, "not-found");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").put("/api/placements/" + id).then(),
                400, "malformed-request");

        clock.set(Instant.parse("2026-10-23T12:00:00Z"));
        as(TestTokens.consultant()).body(Map.of("status", "COMPLETED", "endedOn", "2026-10-23"))
                .post("/api/placements/" + id + "/end").then().statusCode(200);
        assertProblem(put(id, "\"1\"", contract).then(), 409, "conflict")
                .body("detail", equalTo("The placement is COMPLETED; only an ACTIVE placement can be changed or ended"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Response put(String id, String ifMatch, Map<String, Object> contract) {
        return as(TestTokens.consultant()).header("If-Match", ifMatch).body(contract).put("/api/placements/" + id);
    }

    private static StoredCall call(String kind, String due) {
        return new StoredCall(kind, 1, LocalDate.parse(due), "PLANNED", "jos.jobcoach");
    }

    private static StoredCall last(String placementId) {
        List<StoredCall> calls = Placements.storedCalls(placementId);
        return calls.get(calls.size() - 1);
    }
}
