package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Logging a call: DONE with its outcome, NOT_REACHED with its retries up to the flag
 * (werkhub.aftercare.max-attempts, 3 by default), the placement's risk, and the rules a log must
 * keep. Every date is fixed by the test clock.
 * <p>
 * The placement of most tests starts on Friday 24 April 2026 and ends on 30 June 2026, so its
 * calls are due on Tuesday 28 April (Monday is King's Day), Friday 1 May, Tuesday 26 May and
 * Monday 1 June; "today" is Monday 4 May 2026 unless a test moves the clock.
 */
@QuarkusTest
class FollowUpCallLogTest {

    private static final LocalDate START = LocalDate.of(2026, 4, 24);
    private static final LocalDate END = LocalDate.of(2026, 6, 30);

    @Inject
    TestClock clock;

    @BeforeEach
    void monday4May() {
        at("2026-05-04");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** 10:00 in Amsterdam on that day. */
    private void at(String date) {
        clock.set(Instant.parse(date + "T08:00:00Z"));
    }

    private static Placements.Placed place() {
        return Placements.placeNew(Placements.contract(START, END, Placements.JOBCOACH));
    }

    @Test
    void doneRecordsTheOutcomeWhoLoggedItAndWhen() {
        Placements.Placed p = place();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        Map<String, Object> body = FollowUpCalls.done("GOOD");
        body.put("contactWith", "BOTH");
        body.put("notes", "  Eerste dag ging goed, collega's zijn aardig.  ");
        body.put("agreedActions", "Over twee weken werkkleding bespreken.");

        Response logged = FollowUpCalls.log(TestTokens.jobcoach(), call, body);
        logged.then().statusCode(200).header("ETag", "\"1\"")
                .body("call.id", equalTo(call)).body("call.status", equalTo("DONE"))
                .body("call.outcome", equalTo("GOOD")).body("call.contactWith", equalTo("BOTH"))
                .body("call.notes", equalTo("Eerste dag ging goed, collega's zijn aardig."))
                .body("call.agreedActions", equalTo("Over twee weken werkkleding bespreken."))
                .body("call.loggedAt", equalTo("2026-05-04T08:00:00Z")).body("call.loggedBy", equalTo("j-0001"))
                .body("call.loggedByName", equalTo("jos.jobcoach")).body("call.overdue", equalTo(false))
                .body("call.flagged", equalTo(false)).body("call.version", equalTo(1))
                .body("retry", nullValue());
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("DONE")).body("loggedByName", equalTo("jos.jobcoach"));
        Placements.get(p.placementId()).then().body("lastOutcome", equalTo("GOOD")).body("atRisk", equalTo(false));
    }

    @Test
    void notReachedIsRetriedOnTheNextWorkingDayUntilTheThirdAttemptIsFlagged() {
        Placements.Placed p = place();
        String first = FollowUpCalls.id(p.placementId(), "FIRST_DAY");

        // Monday 4 May → Tuesday 5 May (Liberation Day is a working day here)
        Response one = FollowUpCalls.log(TestTokens.jobcoach(), first, FollowUpCalls.notReached());
        one.then().statusCode(200).body("call.status", equalTo("NOT_REACHED")).body("call.flagged", equalTo(false))
                .body("call.outcome", nullValue()).body("call.loggedAt", notNullValue())
                .body("retry.kind", equalTo("FIRST_DAY")).body("retry.attempt", equalTo(2))
                .body("retry.status", equalTo("PLANNED")).body("retry.dueDate", equalTo("2026-05-05"))
                .body("retry.assignee", equalTo(Placements.JOBCOACH)).body("retry.overdue", equalTo(false));
        String second = one.path("retry.id");

        // tried late, on Wednesday 13 May: the retry is tomorrow's... which is Ascension Day → Friday 15 May
        at("2026-05-13");
        Response two = FollowUpCalls.log(TestTokens.jobcoach(), second, FollowUpCalls.notReached());
        two.then().statusCode(200).body("call.attempt", equalTo(2)).body("call.flagged", equalTo(false))
                .body("retry.attempt", equalTo(3)).body("retry.dueDate", equalTo("2026-05-15"));
        Placements.get(p.placementId()).then().body("unreachable", equalTo(false));

        at("2026-05-15");
        Response three = FollowUpCalls.log(TestTokens.jobcoach(), (String) two.path("retry.id"), FollowUpCalls.notReached());
        three.then().statusCode(200).body("call.attempt", equalTo(3)).body("call.flagged", equalTo(true))
                .body("retry", nullValue());
        Placements.get(p.placementId()).then().body("unreachable", equalTo(true));

        List<Map<String, Object>> firstDay = FollowUpCalls.timeline(p.placementId()).stream()
                .filter(c -> c.get("kind").equals("FIRST_DAY")).toList();
        assertEquals(List.of(1, 2, 3), firstDay.stream().map(c -> c.get("attempt")).toList());
        assertEquals(List.of("NOT_REACHED", "NOT_REACHED", "NOT_REACHED"), firstDay.stream().map(c -> c.get("status")).toList());
        assertEquals(List.of(false, false, true), firstDay.stream().map(c -> c.get("flagged")).toList());

        // reaching the person in a later call ends "unreachable"
        at("2026-05-18");
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_WEEK"), FollowUpCalls.done("CONCERN"));
        Placements.get(p.placementId()).then().body("unreachable", equalTo(false)).body("lastOutcome", equalTo("CONCERN"));
    }

    @Test
    void atRiskFlagsThePlacementAndALaterGoodOrConcernClearsIt() {
        Placements.Placed p = place();
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_DAY"), FollowUpCalls.done("AT_RISK"));
        Placements.get(p.placementId()).then().body("atRisk", equalTo(true)).body("lastOutcome", equalTo("AT_RISK"));
        as(TestTokens.consultant()).queryParam("atRisk", true).queryParam("vacancyId", p.vacancyId())
                .get("/api/placements").then().statusCode(200).body("items.id", equalTo(List.of(p.placementId())));

        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_WEEK"), FollowUpCalls.done("CONCERN"));
        Placements.get(p.placementId()).then().body("atRisk", equalTo(false)).body("lastOutcome", equalTo("CONCERN"));

        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_MONTH"), FollowUpCalls.done("AT_RISK"));
        Placements.get(p.placementId()).then().body("atRisk", equalTo(true));
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "BEFORE_CONTRACT_END"), FollowUpCalls.done("GOOD"));
        Placements.get(p.placementId()).then().body("atRisk", equalTo(false)).body("lastOutcome", equalTo("GOOD"));
    }

    @Test
    void anOlderCallLoggedLateDoesNotOverwriteANewerOutcome() {
        Placements.Placed p = place();
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_WEEK"), FollowUpCalls.done("AT_RISK"));
        String etag = Placements.etag(p.placementId());

        // the first-day call (due earlier) is logged afterwards: what the first week found still stands
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_DAY"), FollowUpCalls.done("GOOD"));
        Placements.get(p.placementId()).then().body("atRisk", equalTo(true)).body("lastOutcome", equalTo("AT_RISK"))
                .header("ETag", equalTo(etag));

        // NOT_REACHED says nothing about how it goes
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_MONTH"), FollowUpCalls.notReached());
        Placements.get(p.placementId()).then().body("atRisk", equalTo(true));
    }

    @Test
    void onlyAPlannedCallCanBeLogged() {
        Placements.Placed p = place();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        FollowUpCalls.log(call, FollowUpCalls.done("GOOD"));

        Response again = FollowUpCalls.log(TestTokens.jobcoach(), call, FollowUpCalls.done("AT_RISK"));
        assertProblem(again.then(), 409, "call-not-planned").body("detail", equalTo("This call is DONE; only a PLANNED call can be logged"));
        assertProblem(as(TestTokens.jobcoach()).header("Accept-Language", "nl-NL").body(FollowUpCalls.notReached())
                .post("/api/follow-up-calls/" + call + "/log").then(), 409, "call-not-planned")
                .body("title", equalTo("Gesprek niet gepland"))
                .body("detail", equalTo("Dit gesprek is Gevoerd; alleen een gepland gesprek kan worden vastgelegd."));
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().body("outcome", equalTo("GOOD"));
    }

    @Test
    void ifMatchIsHonouredWhenSent() {
        Placements.Placed p = place();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        assertProblem(as(TestTokens.jobcoach()).header("If-Match", "\"7\"").body(FollowUpCalls.done("GOOD"))
                .post("/api/follow-up-calls/" + call + "/log").then(), 412, "precondition-failed");
        as(TestTokens.jobcoach()).header("If-Match", "\"0\"").body(FollowUpCalls.done("GOOD"))
                .post("/api/follow-up-calls/" + call + "/log").then().statusCode(200).header("ETag", "\"1\"");
        // the stale ETag of a logged call is a 412, checked before the status
        assertProblem(as(TestTokens.jobcoach()).header("If-Match", "\"0\"").body(FollowUpCalls.done("GOOD"))
                .post("/api/follow-up-calls/" + call + "/log").then(), 412, "precondition-failed");
    }

    @Test
    void theBodyMustFitTheResult() {
        Placements.Placed p = place();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");

        assertViolations(call, Map.of("result", "DONE"), "contactWith", "outcome");
        assertViolations(call, Map.of("result", "DONE", "outcome", "GOOD"), "contactWith");
        assertViolations(call, Map.of("result", "NOT_REACHED", "outcome", "GOOD", "contactWith", "CANDIDATE"),
                "contactWith", "outcome");
        assertViolations(call, Map.of("outcome", "GOOD"), "result");
        Map<String, Object> tooLong = FollowUpCalls.done("GOOD");
        tooLong.put("notes", "x".repeat(4001));
        tooLong.put("agreedActions", "y".repeat(2001));
        assertViolations(call, tooLong, "agreedActions", "notes");
        Map<String, Object> bsn = FollowUpCalls.notReached();
        bsn.put("notes", "Voicemail ingesproken, BSN 111222333 genoemd");
        bsn.put("agreedActions", "Terugbellen op 123456782");
        assertViolations(call, bsn, "agreedActions", "notes");
        // exactly at the limits is fine
        Map<String, Object> atLimits = FollowUpCalls.done("GOOD");
        atLimits.put("notes", "x".repeat(4000));
        atLimits.put("agreedActions", "y".repeat(2000));

        // wrong types and unknown fields are 400s; an unknown enum value names the field
        assertProblem(FollowUpCalls.log(TestTokens.jobcoach(), call, Map.of("result", "MAYBE")).then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("result"));
        assertProblem(FollowUpCalls.log(TestTokens.jobcoach(), call, Map.of("result", "DONE", "outcome", "GOOD",
                "contactWith", "CANDIDATE", "loggedBy", "someone")).then(), 400, "malformed-request");
        assertProblem(as(TestTokens.jobcoach()).body("").post("/api/follow-up-calls/" + call + "/log").then(), 400,
                "malformed-request");
        assertProblem(as(TestTokens.jobcoach()).body(FollowUpCalls.done("GOOD"))
                .post("/api/follow-up-calls/not-a-uuid/log").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.jobcoach()).body(FollowUpCalls.done("GOOD"))
                .post("/api/follow-up-calls/00000000-0000-4000-8000-000000000000/log").then(), 404, "not-found");
        // nothing was written by any of these
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().body("status", equalTo("PLANNED"))
                .body("version", equalTo(0));

        FollowUpCalls.log(TestTokens.jobcoach(), call, atLimits).then().statusCode(200);
    }

    private static void assertViolations(String call, Map<String, Object> body, String... fields) {
        assertProblem(FollowUpCalls.log(TestTokens.jobcoach(), call, body).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of(fields)));
    }

    @Test
    void twoLogsOfOneCallAtOnceGiveOneLogAndOneRetry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Placements.Placed p = place();
                String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (String token : List.of(TestTokens.jobcoach(), TestTokens.consultant())) {
                    Callable<Response> log = () -> {
                        start.await();
                        return as(token).header("If-Match", "\"0\"").body(FollowUpCalls.notReached())
                                .post("/api/follow-up-calls/" + call + "/log");
                    };
                    answers.add(pool.submit(log));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response r = answer.get();
                    statuses.add(r.statusCode());
                    if (r.statusCode() != 200) {
                        assertTrue(r.statusCode() == 409 || r.statusCode() == 412, r.asString());
                        assertProblem(r.then(), r.statusCode(), r.statusCode() == 409 ? "call-not-planned" : "precondition-failed");
                    }
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "round " + round + ": " + statuses);
                List<Placements.StoredCall> firstDay = Placements.storedCalls(p.placementId()).stream()
                        .filter(c -> c.kind().equals("FIRST_DAY")).toList();
                assertEquals(2, firstDay.size(), "one log, one retry: " + firstDay);
                assertEquals(List.of("NOT_REACHED", "PLANNED"), firstDay.stream().map(Placements.StoredCall::status).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theRetryGoesToThePlacementsJobcoachOfThatMoment() {
        Placements.Placed p = place();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        Map<String, Object> contract = Placements.contract(START, END, Placements.OTHER_JOBCOACH);
        Response changed = as(TestTokens.consultant()).header("If-Match", Placements.etag(p.placementId()))
                .body(contract).put("/api/placements/" + p.placementId());
        changed.then().statusCode(200);

        // the new jobcoach took the planned call over and logs it; the retry is theirs too
        assertProblem(FollowUpCalls.log(TestTokens.jobcoach(), call, FollowUpCalls.notReached()).then(), 404, "not-found");
        Response logged = FollowUpCalls.log(TestTokens.jobcoach(Placements.OTHER_JOBCOACH), call, FollowUpCalls.notReached());
        logged.then().statusCode(200).body("retry.assignee", equalTo(Placements.OTHER_JOBCOACH));
        as(TestTokens.jobcoach(Placements.OTHER_JOBCOACH)).queryParam("placementId", p.placementId())
                .get("/api/follow-up-calls").then().statusCode(200)
                .body("items.assignee", hasItems(Placements.OTHER_JOBCOACH));
    }

    @Test
    void notesOfAnAdHocCallStayUnlessTheLogBringsItsOwn() {
        Placements.Placed p = place();
        Map<String, Object> plan = new HashMap<>();
        plan.put("dueDate", "2026-05-06");
        plan.put("note", "Werkgever belde: vraag naar de reistijd.");
        String first = as(TestTokens.consultant()).body(plan).post("/api/placements/" + p.placementId() + "/follow-up-calls")
                .then().statusCode(201).extract().path("id");
        String second = as(TestTokens.consultant()).body(plan).post("/api/placements/" + p.placementId() + "/follow-up-calls")
                .then().statusCode(201).extract().path("id");

        FollowUpCalls.log(first, FollowUpCalls.done("GOOD")).then().body("call.notes", equalTo("Werkgever belde: vraag naar de reistijd."));
        Map<String, Object> withNotes = FollowUpCalls.done("GOOD");
        withNotes.put("notes", "Reistijd valt mee, 25 minuten.");
        FollowUpCalls.log(second, withNotes).then().body("call.notes", equalTo("Reistijd valt mee, 25 minuten."));
        assertFalse(FollowUpCalls.timeline(p.placementId()).isEmpty());
    }
}
