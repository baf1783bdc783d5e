package nl.werkhub.stats;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/** Who may read the dashboard, the period rules and the figures that need no placements. */
@QuarkusTest
class StatsResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void consultantsAdminsAndMunicipalitiesReadJobcoachesAndStrangersDoNot() {
        as(TestTokens.consultant()).get("/api/stats").then().statusCode(200);
        as(TestTokens.admin()).get("/api/stats").then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/stats").then().statusCode(200);
        assertProblem(as(TestTokens.jobcoach()).get("/api/stats").then(), 403, "forbidden");
        assertProblem(given().get("/api/stats").then(), 401, "unauthorized");
    }

    @Test
    void theDefaultPeriodIsThisMonthAndTheElevenBefore() {
        clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        JsonPath stats = as(TestTokens.consultant()).get("/api/stats").then().statusCode(200).extract().jsonPath();
        assertEquals("2025-12-01", stats.getString("period.from"));
        assertEquals("2026-11-27", stats.getString("period.to"));
        assertEquals(12, stats.getList("placementsPerMonth").size());
        assertEquals("2025-12", stats.getString("placementsPerMonth[0].month"));
        assertEquals("2026-11", stats.getString("placementsPerMonth[11].month"));

        // only `to`: the year of months up to it; only `from`: up to today
        as(TestTokens.consultant()).queryParam("to", "2026-03-15").get("/api/stats").then().statusCode(200)
                .body("period.from", equalTo("2025-04-01")).body("period.to", equalTo("2026-03-15"));
        as(TestTokens.consultant()).queryParam("from", "2026-10-05").get("/api/stats").then().statusCode(200)
                .body("period.from", equalTo("2026-10-05")).body("period.to", equalTo("2026-11-27"))
                .body("placementsPerMonth.month", org.hamcrest.Matchers.contains("2026-10", "2026-11"));
    }

    @Test
    void badDatesAndPeriodsAre400NamingTheParameter() {
        assertProblem(as(TestTokens.consultant()).queryParam("from", "2026-13-01").get("/api/stats").then(),
                400, "malformed-request").body("violations[0].field", equalTo("from"));
        assertProblem(as(TestTokens.consultant()).queryParam("to", "gisteren").get("/api/stats").then(),
                400, "malformed-request").body("violations[0].field", equalTo("to"));
        assertProblem(as(TestTokens.consultant()).queryParam("from", "2026-05-02").queryParam("to", "2026-05-01")
                .get("/api/stats").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", equalTo("must not be after to (2026-05-01)"));
        // 37 calendar months
        assertProblem(as(TestTokens.consultant()).header("Accept-Language", "nl")
                .queryParam("from", "2024-01-31").queryParam("to", "2027-01-01").get("/api/stats").then(),
                400, "malformed-request")
                .body("violations[0].field", equalTo("from"))
                .body("violations[0].message", equalTo("de periode mag hoogstens 36 kalendermaanden beslaan"));
    }

    @Test
    void thirtySixMonthsAndASingleDayAreFine() {
        as(TestTokens.consultant()).queryParam("from", "2024-01-31").queryParam("to", "2026-12-01").get("/api/stats")
                .then().statusCode(200).body("placementsPerMonth", hasSize(36));
        as(TestTokens.consultant()).queryParam("from", "2026-02-28").queryParam("to", "2026-02-28").get("/api/stats")
                .then().statusCode(200).body("placementsPerMonth", hasSize(1))
                .body("placementsPerMonth[0].month", equalTo("2026-02"));
    }

    @Test
    void aPeriodWithoutDataGivesZerosAndNoRatios() {
        clock.set(Instant.parse("2041-03-01T09:00:00Z"));
        as(TestTokens.consultant()).queryParam("from", "2040-01-01").queryParam("to", "2040-06-30").get("/api/stats")
                .then().statusCode(200)
                .body("placementsPerMonth", hasSize(6))
                .body("placementsPerMonth.count", everyItem(equalTo(0)))
                .body("placementsPerMunicipality", hasSize(0))
                .body("$", not(hasKey("medianDaysToPlacement")))
                .body("aftercareOnTime.due", equalTo(0))
                .body("aftercareOnTime.onTime", equalTo(0))
                .body("aftercareOnTime", not(hasKey("ratio")))
                .body("retention.months", org.hamcrest.Matchers.contains(1, 3, 6))
                .body("retention.eligible", everyItem(equalTo(0)))
                .body("retention", everyItem(not(hasKey("ratio"))));
    }

    @Test
    void theTargetIsTheProgrammesWithAnEvenPaceUpToToday() {
        clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        // 2026-01-01..2026-11-27 is 331 of the 730 days: 400 * 331 / 730 = 181.4
        as(TestTokens.consultant()).get("/api/stats").then().statusCode(200)
                .body("target.target", equalTo(400))
                .body("target.periodStart", equalTo("2026-01-01"))
                .body("target.periodEnd", equalTo("2027-12-31"))
                .body("target.expectedByNow", equalTo(181));
        // 23:00 in the Netherlands on New Year's Eve
        clock.set(Instant.parse("2025-12-31T22:00:00Z"));
        as(TestTokens.consultant()).get("/api/stats").then().body("target.expectedByNow", equalTo(0));
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        // the first day has passed as well: 400 / 730 = 0.55
        as(TestTokens.consultant()).get("/api/stats").then().body("target.expectedByNow", equalTo(1));
        clock.set(Instant.parse("2028-06-01T00:00:00Z"));
        as(TestTokens.consultant()).get("/api/stats").then().body("target.expectedByNow", equalTo(400));
    }

    @Test
    void vacancyCountsAreOfNowAndRegional() {
        JsonPath before = as(TestTokens.consultant()).get("/api/stats").then().extract().jsonPath();
        String open = Matches.openVacancy(1);
        String filled = Matches.openVacancy(1);
        Matches.setVacancyStatus(filled, "FILLED");
        as(TestTokens.consultant()).get("/api/stats").then()
                .body("vacancies.open", equalTo(before.getInt("vacancies.open") + 1))
                .body("vacancies.filled", equalTo(before.getInt("vacancies.filled") + 1));
        // a municipality sees the region's vacancies too
        as(TestTokens.capelle()).get("/api/stats").then()
                .body("vacancies.open", equalTo(before.getInt("vacancies.open") + 1));
        Matches.setVacancyStatus(open, "CLOSED");
    }
}
