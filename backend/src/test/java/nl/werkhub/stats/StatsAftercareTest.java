package nl.werkhub.stats;

import static nl.werkhub.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Aftercare on time, at risk and unreachable, with calls logged through the calls API at chosen
 * moments. The data lives in 2032, a year no other test uses; "now" counts are compared before and
 * after.
 */
@QuarkusTest
class StatsAftercareTest {

    private static final String FROM = "2032-01-01";
    private static final String TO = "2032-06-30";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void callsOnTimeLateNotReachedAndDueTodayAtRiskAndUnreachable() {
        at("2032-01-12T09:00:00Z");
        JsonPath allBefore = stats(TestTokens.consultant());
        JsonPath rotterdamBefore = stats(TestTokens.rotterdam());
        JsonPath capelleBefore = stats(TestTokens.capelle());

        // both start Mon 2 Feb: first day Tue 3 Feb, first week Mon 9 Feb, first month Tue 2 Mar
        String p1 = Placements.placeNew(
                Placements.contract(LocalDate.parse("2032-02-02"), LocalDate.parse("2032-12-31"), Placements.JOBCOACH))
                .placementId();
        String p2 = Placements.place(Matches.openVacancy(1), Matches.candidate("capelle", null),
                Placements.contract(LocalDate.parse("2032-02-02"), null, Placements.JOBCOACH)).placementId();

        // P1 (Rotterdam): first day on time, first week two days late, first month on time and at risk
        at("2032-02-03T15:00:00Z");
        log(callId(p1, "FIRST_DAY"), done("GOOD"));
        // P2 (Capelle): first day not reached; the retry (due Wed 4 Feb) is logged at 00:30 Dutch time on
        // Thu 5 Feb, which is still the 4th in UTC: late
        at("2032-02-03T16:00:00Z");
        log(callId(p2, "FIRST_DAY"), NOT_REACHED);
        at("2032-02-04T23:30:00Z");
        log(callId(p2, "FIRST_DAY", 2), done("GOOD"));
        // P2's first week: not reached three times (9, 10, 11 Feb), so flagged: unreachable
        at("2032-02-09T10:00:00Z");
        log(callId(p2, "FIRST_WEEK"), NOT_REACHED);
        at("2032-02-10T10:00:00Z");
        log(callId(p2, "FIRST_WEEK", 2), NOT_REACHED);
        at("2032-02-11T08:00:00Z");
        log(callId(p2, "FIRST_WEEK", 3), NOT_REACHED);
        at("2032-02-11T09:00:00Z");
        log(callId(p1, "FIRST_WEEK"), done("CONCERN"));
        at("2032-03-02T10:00:00Z");
        log(callId(p1, "FIRST_MONTH"), done("AT_RISK"));

        at("2032-03-02T12:00:00Z");
        // due: P1's three calls (the first month is due today and logged, so it counts); P2's first day,
        // its retry and the three first-week attempts; not P2's first month, due today and still planned.
        // On time: P1's first day and first month.
        as(TestTokens.consultant()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .statusCode(200)
                .body("aftercareOnTime.due", equalTo(8))
                .body("aftercareOnTime.onTime", equalTo(2))
                .body("aftercareOnTime.ratio", equalTo(0.25f))
                .body("atRisk", equalTo(allBefore.getInt("atRisk") + 1))
                .body("unreachable", equalTo(allBefore.getInt("unreachable") + 1));
        as(TestTokens.rotterdam()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("aftercareOnTime.due", equalTo(3))
                .body("aftercareOnTime.onTime", equalTo(2))
                .body("aftercareOnTime.ratio", equalTo(0.667f))
                .body("atRisk", equalTo(rotterdamBefore.getInt("atRisk") + 1))
                .body("unreachable", equalTo(rotterdamBefore.getInt("unreachable")));
        as(TestTokens.capelle()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("aftercareOnTime.due", equalTo(5))
                .body("aftercareOnTime.onTime", equalTo(0))
                .body("aftercareOnTime.ratio", equalTo(0.0f))
                .body("atRisk", equalTo(capelleBefore.getInt("atRisk")))
                .body("unreachable", equalTo(capelleBefore.getInt("unreachable") + 1));

        // P2's first month reached on its day: now it counts (on time), and P2 is reachable again
        at("2032-03-02T14:00:00Z");
        log(callId(p2, "FIRST_MONTH"), done("GOOD"));
        as(TestTokens.consultant()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("aftercareOnTime.due", equalTo(9))
                .body("aftercareOnTime.onTime", equalTo(3))
                .body("aftercareOnTime.ratio", equalTo(0.333f))
                .body("unreachable", equalTo(allBefore.getInt("unreachable")));

        // a period that ends before the calls: none of them
        as(TestTokens.consultant()).queryParam("from", "2032-01-01").queryParam("to", "2032-02-02").get("/api/stats")
                .then().body("aftercareOnTime.due", equalTo(0));
    }

    private static final Map<String, Object> NOT_REACHED = Map.of("result", "NOT_REACHED");

    private static Map<String, Object> done(String outcome) {
        return Map.of("result", "DONE", "outcome", outcome, "contactWith", "CANDIDATE");
    }

    /** The placement's call of this kind and attempt, from its timeline. */
    private static String callId(String placementId, String kind, int attempt) {
        List<Map<String, Object>> calls = as(TestTokens.consultant()).get("/api/placements/" + placementId + "/follow-up-calls")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return calls.stream()
                .filter(c -> kind.equals(c.get("kind")) && Integer.valueOf(attempt).equals(c.get("attempt")))
                .map(c -> (String) c.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " attempt " + attempt + " in " + calls));
    }

    private static String callId(String placementId, String kind) {
        return callId(placementId, kind, 1);
    }

    /** Logs the call as its jobcoach. */
    private static void log(String callId, Map<String, Object> body) {
        as(TestTokens.jobcoach()).body(body).post("/api/follow-up-calls/" + callId + "/log").then().statusCode(200);
    }

    private JsonPath stats(String token) {
        return as(token).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then().statusCode(200)
                .extract().jsonPath();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
