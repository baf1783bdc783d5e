package nl.werkhub.stats;

import static nl.werkhub.testsupport.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
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
 * The placement figures against expectations worked out by hand. The data lives in 2031, a year no
 * other test uses, so the period's figures are exactly this test's; "now" figures are compared
 * before and after.
 */
@QuarkusTest
class StatsFiguresTest {

    private static final String FROM = "2031-01-01";
    private static final String TO = "2031-06-30";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void placementFiguresOfAPeriodForTheRegionAndPerMunicipality() {
        // A: Rotterdam. Vacancy opened 5 Jan 09:00, placed 15 Jan 09:00 (10.0 days), starts Mon 3 Feb.
        at("2031-01-05T09:00:00Z");
        String vacancyA = Matches.openVacancy(1);
        String vacancyB = Matches.openVacancy(1);
        at("2031-01-15T09:00:00Z");
        Placements.place(vacancyA, Matches.candidate(),
                Placements.contract(LocalDate.parse("2031-02-03"), LocalDate.parse("2031-12-31"), Placements.JOBCOACH));
        // B: Capelle. Same opening, placed 25 Jan 21:00 (20.5 days), starts Mon 3 Mar; ends early on 15 Apr.
        at("2031-01-25T21:00:00Z");
        Placements.Placed b = Placements.place(vacancyB, Matches.candidate("capelle", null),
                Placements.contract(LocalDate.parse("2031-03-03"), LocalDate.parse("2032-03-02"), Placements.JOBCOACH));
        // C: Rotterdam. Opened 1 Feb 09:00, placed 1 Mar 09:00 (28.0 days), starts Tue 10 Jun, permanent.
        at("2031-02-01T09:00:00Z");
        String vacancyC = Matches.openVacancy(1);
        at("2031-03-01T09:00:00Z");
        Placements.place(vacancyC, Matches.candidate(),
                Placements.contract(LocalDate.parse("2031-06-10"), null, Placements.OTHER_JOBCOACH));
        // D: made and started after the period: in none of its figures
        at("2031-07-10T09:00:00Z");
        Placements.placeNew(Placements.contract(LocalDate.parse("2031-07-14"), null, Placements.JOBCOACH));

        at("2031-08-14T10:00:00Z");
        as(TestTokens.consultant()).body(Map.of("status", "ENDED_EARLY", "endedOn", "2031-04-15",
                "reason", "EMPLOYEE_RESIGNED")).post("/api/placements/" + b.placementId() + "/end")
                .then().statusCode(200);

        JsonPath all = stats(TestTokens.consultant());
        assertMonths(all, 0, 1, 1, 0, 0, 1);
        as(TestTokens.consultant()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("placementsPerMunicipality", hasSize(2))
                .body("placementsPerMunicipality[0].code", equalTo("rotterdam"))
                .body("placementsPerMunicipality[0].name", equalTo("Rotterdam"))
                .body("placementsPerMunicipality[0].count", equalTo(2))
                .body("placementsPerMunicipality[1].code", equalTo("capelle"))
                .body("placementsPerMunicipality[1].name", equalTo("Capelle aan den IJssel"))
                .body("placementsPerMunicipality[1].count", equalTo(1))
                // 10.0, 20.5, 28.0
                .body("medianDaysToPlacement", equalTo(20.5f))
                // A's first day (4 Feb), first week (10 Feb), first month (3 Mar) and C's first day (11 Jun)
                // and first week (17 Jun); B's calls were cancelled when it ended; nothing logged yet
                .body("aftercareOnTime.due", equalTo(5))
                .body("aftercareOnTime.onTime", equalTo(0))
                .body("aftercareOnTime.ratio", equalTo(0.0f))
                // 1 month: A (3 Mar), B (3 Apr), C (10 Jul) reached it; B left on 15 Apr, after its month
                // 3 months: A (3 May), B (3 Jun); B left before 3 Jun. 6 months: only A (3 Aug).
                .body("retention.months", contains(1, 3, 6))
                .body("retention.eligible", contains(3, 2, 1))
                .body("retention.retained", contains(3, 1, 1))
                .body("retention.ratio", contains(1.0f, 0.5f, 1.0f));

        as(TestTokens.capelle()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("placementsPerMonth.count", contains(0, 0, 1, 0, 0, 0))
                .body("placementsPerMunicipality.code", contains("capelle"))
                .body("medianDaysToPlacement", equalTo(20.5f))
                .body("aftercareOnTime.due", equalTo(0))
                .body("retention.eligible", contains(1, 1, 0))
                .body("retention.retained", contains(1, 0, 0))
                // the path gives null for the third, which has no ratio at all
                .body("retention.ratio", contains(equalTo(1.0f), equalTo(0.0f), nullValue()))
                .body("retention[2]", not(hasKey("ratio")));

        // Rotterdam: A and C, median of 10.0 and 28.0
        as(TestTokens.rotterdam()).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("placementsPerMonth.count", contains(0, 1, 0, 0, 0, 1))
                .body("placementsPerMunicipality.code", contains("rotterdam"))
                .body("medianDaysToPlacement", equalTo(19.0f))
                .body("aftercareOnTime.due", equalTo(5));

        // a municipality without placements in the period: zeros, not someone else's figures
        as(TestTokens.municipality("nissewaard")).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then()
                .body("placementsPerMonth.count", contains(0, 0, 0, 0, 0, 0))
                .body("placementsPerMunicipality", hasSize(0))
                .body("$", not(hasKey("medianDaysToPlacement")));
    }

    @Test
    void theTargetCountsPlacementsStartingInTheTargetPeriod() {
        at("2026-11-27T10:00:00Z");
        int before = stats(TestTokens.consultant()).getInt("target.placed");
        int capelleBefore = stats(TestTokens.capelle()).getInt("target.placed");
        Placements.placeNew(Placements.contract(LocalDate.parse("2026-06-01"), null, Placements.JOBCOACH));
        Placements.place(Matches.openVacancy(1), Matches.candidate("capelle", null),
                Placements.contract(LocalDate.parse("2026-06-01"), null, Placements.JOBCOACH));
        as(TestTokens.consultant()).get("/api/stats").then().body("target.placed", equalTo(before + 2));
        as(TestTokens.capelle()).get("/api/stats").then()
                .body("target.placed", equalTo(capelleBefore + 1))
                .body("target.target", equalTo(400));
    }

    private JsonPath stats(String token) {
        return as(token).queryParam("from", FROM).queryParam("to", TO).get("/api/stats").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertMonths(JsonPath stats, int... counts) {
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of("2031-01", "2031-02", "2031-03", "2031-04", "2031-05", "2031-06"),
                stats.getList("placementsPerMonth.month"));
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (int c : counts) {
            expected.add(c);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, stats.getList("placementsPerMonth.count"));
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }
}
