package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/follow-up-calls}: the filters (the jobcoach's "Vandaag" among them), overdue by the
 * test clock, the order, paging and the parameter checks. Other test classes place candidates with
 * the same jobcoach, so every list is narrowed to this test's placement.
 * <p>
 * The placement starts on Friday 24 April 2026 and ends on 30 June 2026: calls on Tuesday 28 April
 * (Monday 27 is King's Day), Friday 1 May, Tuesday 26 May and Monday 1 June. Today is Monday 4 May.
 */
@QuarkusTest
class FollowUpCallListTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void monday4May() {
        clock.set(Instant.parse("2026-05-04T08:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Placements.Placed place() {
        return Placements.placeNew(Placements.contract(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 6, 30),
                Placements.JOBCOACH));
    }

    private static RequestSpecification of(String token, Placements.Placed p) {
        return as(token).queryParam("placementId", p.placementId());
    }

    @Test
    void listsThePlacementsCallsByDueDateWithOverdueFromTheClock() {
        Placements.Placed p = place();
        of(TestTokens.jobcoach(), p).get("/api/follow-up-calls").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.kind", equalTo(List.of("FIRST_DAY", "FIRST_WEEK", "FIRST_MONTH", "BEFORE_CONTRACT_END")))
                .body("items.dueDate", equalTo(List.of("2026-04-28", "2026-05-01", "2026-05-26", "2026-06-01")))
                .body("items.overdue", equalTo(List.of(true, true, false, false)))
                .body("items.status", equalTo(List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED")))
                .body("items[0].assignee", equalTo(Placements.JOBCOACH))
                .body("items[0].candidateId", equalTo(p.candidateId()))
                .body("items[0].placementId", equalTo(p.placementId()))
                .body("items[0].candidatePhone", equalTo("06 12345678"))
                .body("items[0].employerPhone", equalTo("010-1234567"))
                .body("items[0].employerContactPerson", equalTo("Marieke de Vries"))
                .body("items[0].attempt", equalTo(1));

        of(TestTokens.jobcoach(), p).queryParam("overdue", "true").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_DAY", "FIRST_WEEK")));
        of(TestTokens.jobcoach(), p).queryParam("overdue", "false").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_MONTH", "BEFORE_CONTRACT_END")));

        // overdue is computed from the clock, not stored; at 23:59 in Amsterdam on its due day a call is not overdue
        clock.set(Instant.parse("2026-05-26T21:59:00Z"));
        of(TestTokens.jobcoach(), p).queryParam("overdue", "true").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_DAY", "FIRST_WEEK")));
        // 00:00 on 27 May in Amsterdam is still 26 May in UTC: the jobcoach's day counts
        clock.set(Instant.parse("2026-05-26T22:00:00Z"));
        of(TestTokens.jobcoach(), p).queryParam("overdue", "true").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_DAY", "FIRST_WEEK", "FIRST_MONTH")));
    }

    @Test
    void vandaagIsAssigneeMePlannedAndDueUpToToday() {
        Placements.Placed p = place();
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_DAY"), FollowUpCalls.done("GOOD"));
        of(TestTokens.jobcoach(), p).queryParam("assignee", "me").queryParam("status", "PLANNED")
                .queryParam("dueTo", "2026-05-04").get("/api/follow-up-calls").then().statusCode(200)
                .body("items.kind", equalTo(List.of("FIRST_WEEK")));
        // the consultant is nobody's assignee
        of(TestTokens.consultant(), p).queryParam("assignee", "me").get("/api/follow-up-calls").then()
                .body("totalItems", equalTo(0));
        of(TestTokens.consultant(), p).queryParam("assignee", Placements.JOBCOACH).get("/api/follow-up-calls").then()
                .body("totalItems", equalTo(4));
    }

    @Test
    void filtersOnStatusAndDueDates() {
        Placements.Placed p = place();
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_DAY"), FollowUpCalls.done("GOOD"));
        FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_WEEK"), FollowUpCalls.notReached());

        of(TestTokens.consultant(), p).queryParam("status", "DONE").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_DAY")));
        of(TestTokens.consultant(), p).queryParam("status", "DONE,NOT_REACHED").get("/api/follow-up-calls").then()
                .body("items.status", equalTo(List.of("DONE", "NOT_REACHED")));
        of(TestTokens.consultant(), p).queryParam("status", "done").queryParam("status", "PLANNED")
                .get("/api/follow-up-calls").then().body("totalItems", equalTo(4));
        // the retry of the first-week call is due Tuesday 5 May
        of(TestTokens.consultant(), p).queryParam("dueFrom", "2026-05-01").queryParam("dueTo", "2026-05-26")
                .get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_WEEK", "FIRST_WEEK", "FIRST_MONTH")))
                .body("items.attempt", equalTo(List.of(1, 2, 1)))
                .body("items.dueDate", equalTo(List.of("2026-05-01", "2026-05-05", "2026-05-26")));
        of(TestTokens.consultant(), p).queryParam("dueFrom", "2026-05-27").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("BEFORE_CONTRACT_END")));
    }

    @Test
    void callsDueOnOneDayComeInProgrammeOrderAndPagesDoNotOverlap() {
        Placements.Placed p = place();
        // an extra call on the first-month day comes after the first-month call, whatever the ids
        for (int i = 0; i < 3; i++) {
            as(TestTokens.consultant()).body(Map.of("dueDate", "2026-05-26"))
                    .post("/api/placements/" + p.placementId() + "/follow-up-calls").then().statusCode(201);
        }
        of(TestTokens.consultant(), p).queryParam("dueFrom", "2026-05-26").queryParam("dueTo", "2026-05-26")
                .get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("FIRST_MONTH", "AD_HOC", "AD_HOC", "AD_HOC")));
        of(TestTokens.consultant(), p).queryParam("sort", "dueDate,desc").get("/api/follow-up-calls").then()
                .body("items.kind", equalTo(List.of("BEFORE_CONTRACT_END", "AD_HOC", "AD_HOC", "AD_HOC", "FIRST_MONTH",
                        "FIRST_WEEK", "FIRST_DAY")));

        List<String> all = of(TestTokens.consultant(), p).get("/api/follow-up-calls").then().extract().path("items.id");
        List<String> pages = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pages.addAll(of(TestTokens.consultant(), p).queryParam("size", 3).queryParam("page", page)
                    .get("/api/follow-up-calls").then().body("totalPages", equalTo(3)).body("totalItems", equalTo(7))
                    .extract().<List<String>>path("items.id"));
        }
        assertEquals(all, pages);

        // updatedAt: the call logged last comes first in descending order
        String logged = FollowUpCalls.id(p.placementId(), "FIRST_MONTH");
        clock.set(Instant.parse("2026-05-04T09:00:00Z"));
        FollowUpCalls.log(logged, FollowUpCalls.done("GOOD"));
        of(TestTokens.consultant(), p).queryParam("sort", "updatedAt,desc").queryParam("size", 1)
                .get("/api/follow-up-calls").then().body("items[0].id", equalTo(logged));
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        Placements.Placed p = place();
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("dueFrom", "4-5-2026"),
                Map.entry("dueTo", "2026-02-30"),
                Map.entry("overdue", "yes"),
                Map.entry("status", "OPEN"),
                Map.entry("placementId", "123"),
                Map.entry("sort", "kind"),
                Map.entry("size", "101"))) {
            // placementId is sent once: a second value would be ignored
            RequestSpecification request = bad.getKey().equals("placementId") ? as(TestTokens.consultant())
                    : of(TestTokens.consultant(), p);
            assertProblem(request.queryParam(bad.getKey(), bad.getValue())
                    .get("/api/follow-up-calls").then(), 400, "malformed-request")
                    .body("violations[0].field", equalTo(bad.getKey()));
        }
        assertProblem(of(TestTokens.consultant(), p).queryParam("dueFrom", "2026-05-02").queryParam("dueTo", "2026-05-01")
                .get("/api/follow-up-calls").then(), 400, "malformed-request").body("violations[0].field", equalTo("dueTo"));
        assertProblem(as(TestTokens.consultant()).get("/api/follow-up-calls/123").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant()).get("/api/follow-up-calls/00000000-0000-4000-8000-000000000000").then(),
                404, "not-found");
    }
}
