package nl.werkhub.aftercare;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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

import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestClock;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Extra calls: planned by a consultant or the placement's jobcoach, for today or later, on an ACTIVE
 * placement, always for the placement's jobcoach. Today is Monday 4 May 2026.
 */
@QuarkusTest
class FollowUpCallAdHocTest {

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

    private static Response plan(String token, Placements.Placed p, Map<String, Object> body) {
        return as(token).body(body).post("/api/placements/" + p.placementId() + "/follow-up-calls");
    }

    @Test
    void aConsultantPlansAnExtraCallForThePlacementsJobcoach() {
        Placements.Placed p = place();
        Response created = plan(TestTokens.consultant(), p, Map.of("dueDate", "2026-05-09", "note", " Vraag naar het rooster. "));
        String id = created.path("id");
        created.then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", endsWith("/api/follow-up-calls/" + id))
                .body("kind", equalTo("AD_HOC")).body("attempt", equalTo(1)).body("status", equalTo("PLANNED"))
                // a Saturday, as asked: the date was chosen, not computed
                .body("dueDate", equalTo("2026-05-09")).body("assignee", equalTo(Placements.JOBCOACH))
                .body("notes", equalTo("Vraag naar het rooster.")).body("placementId", equalTo(p.placementId()))
                .body("overdue", equalTo(false));
        String location = created.header("Location");
        as(TestTokens.jobcoach()).get(location.substring(location.indexOf("/api/"))).then().statusCode(200)
                .body("kind", equalTo("AD_HOC"));
        as(TestTokens.jobcoach()).queryParam("assignee", "me").queryParam("placementId", p.placementId())
                .queryParam("dueFrom", "2026-05-09").queryParam("dueTo", "2026-05-09").get("/api/follow-up-calls")
                .then().body("items.id", equalTo(List.of(id)));
    }

    @Test
    void thePlacementsJobcoachMayPlanOneTodayAndAnotherJobcoachMayNot() {
        Placements.Placed p = place();
        plan(TestTokens.jobcoach(), p, Map.of("dueDate", "2026-05-04")).then().statusCode(201)
                .body("assignee", equalTo(Placements.JOBCOACH)).body("dueDate", equalTo("2026-05-04"));
        assertProblem(plan(TestTokens.jobcoach(Placements.OTHER_JOBCOACH), p, Map.of("dueDate", "2026-05-04")).then(),
                404, "not-found");
        assertProblem(plan(TestTokens.rotterdam(), p, Map.of("dueDate", "2026-05-04")).then(), 403, "forbidden");
        assertEquals(5, FollowUpCalls.timeline(p.placementId()).size());
    }

    @Test
    void theDueDateIsTodayOrLaterAndTheNoteIsShortAndFreeOfBsns() {
        Placements.Placed p = place();
        assertProblem(plan(TestTokens.consultant(), p, Map.of("dueDate", "2026-05-03")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("dueDate")))
                .body("violations[0].message", equalTo("must be today (2026-05-04) or later"));
        assertProblem(plan(TestTokens.consultant(), p, Map.of("note", "x")).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("dueDate")));
        Map<String, Object> body = new HashMap<>();
        body.put("dueDate", "2026-05-05");
        body.put("note", "y".repeat(2001));
        assertProblem(plan(TestTokens.consultant(), p, body).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        body.put("note", "Moeder belde, BSN 111222333");
        assertProblem(plan(TestTokens.consultant(), p, body).then(), 422, "validation-failed")
                .body("violations.field", equalTo(List.of("note")));
        assertProblem(plan(TestTokens.consultant(), p, Map.of("dueDate", "5 mei")).then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("dueDate"));
        assertProblem(as(TestTokens.consultant()).body(Map.of("dueDate", "2026-05-05"))
                .post("/api/placements/00000000-0000-4000-8000-000000000000/follow-up-calls").then(), 404, "not-found");
        assertEquals(4, FollowUpCalls.timeline(p.placementId()).size(), "nothing written");

        // at 23:59 on Sunday 3 May in Amsterdam, Sunday is today
        clock.set(Instant.parse("2026-05-03T21:59:00Z"));
        plan(TestTokens.consultant(), p, Map.of("dueDate", "2026-05-03")).then().statusCode(201);
    }

    @Test
    void onlyAnActivePlacementGetsExtraCalls() {
        Placements.Placed p = place();
        as(TestTokens.consultant()).header("If-Match", Placements.etag(p.placementId()))
                .body(Map.of("status", "COMPLETED", "endedOn", "2026-05-04"))
                .post("/api/placements/" + p.placementId() + "/end").then().statusCode(200);
        assertProblem(plan(TestTokens.consultant(), p, Map.of("dueDate", "2026-05-05")).then(), 409, "conflict")
                .body("detail", equalTo("This placement is COMPLETED; extra calls can only be planned for an ACTIVE placement"));
        // its planned calls were cancelled, so there is nothing left to log either
        String call = FollowUpCalls.id(p.placementId(), "FIRST_MONTH");
        assertProblem(FollowUpCalls.log(TestTokens.jobcoach(), call, FollowUpCalls.done("GOOD")).then(), 409,
                "call-not-planned").body("detail", equalTo("This call is CANCELLED; only a PLANNED call can be logged"));
    }
}
