package nl.werkhub.aftercare;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Who reads and logs which call: a call is visible exactly when its placement is. Jobcoaches see
 * and log the calls of their own placements (another's is the same 404 as an unknown id),
 * consultants read all and may log, a municipality reads its own candidates' calls in the reduced
 * view and never writes, admins get 403, and no token is a 401. Consultant and jobcoach reads are
 * audited.
 */
@QuarkusTest
class FollowUpCallRoleTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void withoutATokenEveryRouteIs401() {
        Placements.Placed p = Placements.placeNew();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        for (Response r : List.of(
                given().get("/api/follow-up-calls"),
                given().get("/api/follow-up-calls/" + call),
                given().contentType(ContentType.JSON).body(FollowUpCalls.notReached()).post("/api/follow-up-calls/" + call + "/log"),
                given().get("/api/placements/" + p.placementId() + "/follow-up-calls"),
                given().contentType(ContentType.JSON).body(Map.of("dueDate", Placements.today().toString()))
                        .post("/api/placements/" + p.placementId() + "/follow-up-calls"),
                given().auth().oauth2(TestTokens.expired()).get("/api/follow-up-calls/" + call))) {
            assertProblem(r.then(), 401, "unauthorized");
        }
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().body("status", equalTo("PLANNED"));
    }

    @Test
    void adminsGet403Everywhere() {
        Placements.Placed p = Placements.placeNew();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        String admin = TestTokens.admin();
        assertProblem(as(admin).get("/api/follow-up-calls").then(), 403, "forbidden");
        assertProblem(as(admin).get("/api/follow-up-calls/" + call).then(), 403, "forbidden");
        assertProblem(as(admin).get("/api/placements/" + p.placementId() + "/follow-up-calls").then(), 403, "forbidden");
        refusedWrites(admin, p, call);
    }

    @Test
    void jobcoachesSeeAndLogOnlyTheCallsOfTheirOwnPlacements() {
        Placements.Placed mine = Placements.placeNew();
        Placements.Placed theirs = Placements.placeNew(Placements.contract(Placements.today(),
                Placements.today().plusMonths(6), Placements.OTHER_JOBCOACH));
        String myCall = FollowUpCalls.id(mine.placementId(), "FIRST_DAY");
        String theirCall = FollowUpCalls.id(theirs.placementId(), "FIRST_DAY");
        String jos = TestTokens.jobcoach();

        as(jos).get("/api/follow-up-calls/" + myCall).then().statusCode(200).header("ETag", "\"0\"")
                .body("candidatePhone", equalTo("06 12345678"));
        as(jos).get("/api/placements/" + mine.placementId() + "/follow-up-calls").then().statusCode(200)
                .body("size()", equalTo(4));
        assertEquals(List.of(), as(jos).queryParam("placementId", theirs.placementId()).get("/api/follow-up-calls")
                .then().statusCode(200).extract().path("items"));

        assertSameNotFound(as(jos).get("/api/follow-up-calls/" + UNKNOWN), as(jos).get("/api/follow-up-calls/" + theirCall),
                theirCall);
        assertProblem(as(jos).get("/api/placements/" + theirs.placementId() + "/follow-up-calls").then(), 404, "not-found");
        assertProblem(FollowUpCalls.log(jos, theirCall, FollowUpCalls.done("GOOD")).then(), 404, "not-found");
        assertProblem(as(jos).body(Map.of("dueDate", Placements.today().toString()))
                .post("/api/placements/" + theirs.placementId() + "/follow-up-calls").then(), 404, "not-found");
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + theirCall).then().body("status", equalTo("PLANNED"))
                .body("version", equalTo(0));

        FollowUpCalls.log(jos, myCall, FollowUpCalls.done("GOOD")).then().statusCode(200);
        FollowUpCalls.log(TestTokens.jobcoach(Placements.OTHER_JOBCOACH), theirCall, FollowUpCalls.done("GOOD")).then()
                .statusCode(200).body("call.loggedByName", equalTo(Placements.OTHER_JOBCOACH));
    }

    @Test
    void consultantsReadAndLogTheCallsOfConsentingCandidates() {
        String client = Candidates.clientNumber("CALL");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        Placements.Placed p = Placements.place(Matches.openVacancy(1), candidate, Placements.contract());
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");

        FollowUpCalls.log(TestTokens.consultant(), FollowUpCalls.id(p.placementId(), "FIRST_WEEK"),
                FollowUpCalls.notReached()).then().statusCode(200).body("call.loggedByName", equalTo("connie.consultant"));

        // the municipality withdraws the consent: consultants lose the calls, the placement's jobcoach keeps them
        profile.put("consent", false);
        profile.put("status", "PLACED");
        profile.put("jobcoach", Placements.JOBCOACH);
        Candidates.create("rotterdam", client, profile);
        assertSameNotFound(as(TestTokens.consultant()).get("/api/follow-up-calls/" + UNKNOWN),
                as(TestTokens.consultant()).get("/api/follow-up-calls/" + call), call);
        assertProblem(FollowUpCalls.log(TestTokens.consultant(), call, FollowUpCalls.done("GOOD")).then(), 404, "not-found");
        assertEquals(List.of(), as(TestTokens.consultant()).queryParam("placementId", p.placementId())
                .get("/api/follow-up-calls").then().extract().path("items"));
        as(TestTokens.jobcoach()).get("/api/follow-up-calls/" + call).then().statusCode(200);
        // someone who is both sees the union
        as(TestTokens.token("j-0001", Placements.JOBCOACH, "consultant", "jobcoach")).get("/api/follow-up-calls/" + call)
                .then().statusCode(200);
    }

    @Test
    void aMunicipalityReadsItsOwnCandidatesCallsInTheReducedViewAndNoOneElses() {
        Placements.Placed capelle = Placements.place(Matches.openVacancy(1), Matches.candidate("capelle", null),
                Placements.contract());
        String call = FollowUpCalls.id(capelle.placementId(), "FIRST_DAY");
        Map<String, Object> body = FollowUpCalls.done("CONCERN");
        body.put("notes", "Vindt de ochtenddiensten zwaar.");
        body.put("agreedActions", "Met werkgever rooster bespreken.");
        FollowUpCalls.log(call, body);

        Response own = as(TestTokens.capelle()).get("/api/follow-up-calls/" + call);
        own.then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("DONE")).body("outcome", equalTo("CONCERN")).body("contactWith", equalTo("CANDIDATE"))
                .body("candidateId", equalTo(capelle.candidateId())).body("loggedByName", equalTo("connie.consultant"))
                .body("$", not(hasKey("notes"))).body("$", not(hasKey("agreedActions")))
                .body("$", not(hasKey("candidatePhone"))).body("$", not(hasKey("employerPhone")))
                .body("$", not(hasKey("employerContactPerson")));
        for (Map<String, Object> item : as(TestTokens.capelle()).queryParam("placementId", capelle.placementId())
                .get("/api/follow-up-calls").then().statusCode(200).body("totalItems", equalTo(4))
                .extract().jsonPath().<Map<String, Object>>getList("items")) {
            assertReduced(item);
        }
        for (Map<String, Object> item : as(TestTokens.capelle()).get("/api/placements/" + capelle.placementId()
                + "/follow-up-calls").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$")) {
            assertReduced(item);
        }
        // the staff still see everything
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().body("notes", equalTo("Vindt de ochtenddiensten zwaar."));

        // Rotterdam learns nothing about Capelle's calls
        String rotterdam = TestTokens.rotterdam();
        assertSameNotFound(as(rotterdam).get("/api/follow-up-calls/" + UNKNOWN), as(rotterdam).get("/api/follow-up-calls/" + call),
                call);
        assertProblem(as(rotterdam).get("/api/placements/" + capelle.placementId() + "/follow-up-calls").then(), 404, "not-found");
        assertEquals(0, (int) as(rotterdam).queryParam("placementId", capelle.placementId()).get("/api/follow-up-calls")
                .then().statusCode(200).extract().path("totalItems"));
        assertEquals(0, (int) as(TestTokens.municipalityWithoutClaim()).queryParam("placementId", capelle.placementId())
                .get("/api/follow-up-calls").then().statusCode(200).extract().path("totalItems"));

        // municipalities never write, also with a consultant or jobcoach role on the same token
        String next = FollowUpCalls.id(capelle.placementId(), "FIRST_WEEK");
        refusedWrites(TestTokens.capelle(), capelle, next);
        String mixed = TestTokens.token("svc-mixed", "mixed", "municipality", "consultant", "jobcoach");
        refusedWrites(mixed, capelle, next);
        // and read as the municipality they are: nothing, without the claim
        assertProblem(as(mixed).get("/api/follow-up-calls/" + next).then(), 404, "not-found");
    }

    @Test
    void consultantAndJobcoachReadsAreAuditedMunicipalReadsAreNot() {
        Placements.Placed p = Placements.placeNew();
        String call = FollowUpCalls.id(p.placementId(), "FIRST_DAY");
        int before = audit(p.candidateId()).size();

        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().statusCode(200);
        as(TestTokens.jobcoach()).queryParam("placementId", p.placementId()).get("/api/follow-up-calls").then().statusCode(200);
        as(TestTokens.consultant()).get("/api/placements/" + p.placementId() + "/follow-up-calls").then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/follow-up-calls/" + call).then().statusCode(200);
        as(TestTokens.rotterdam()).queryParam("placementId", p.placementId()).get("/api/follow-up-calls").then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/placements/" + p.placementId() + "/follow-up-calls").then().statusCode(200);
        // a list page names each candidate once, however many of their calls it shows
        as(TestTokens.jobcoach()).queryParam("placementId", p.placementId()).get("/api/follow-up-calls").then()
                .body("items.size()", equalTo(4));

        List<Map<String, Object>> events = audit(p.candidateId());
        List<Map<String, Object>> added = events.subList(0, events.size() - before);
        // newest first
        assertEquals(List.of("SEARCH_HIT", "READ", "SEARCH_HIT", "READ"), added.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("jobcoach", "consultant", "jobcoach", "consultant"),
                added.stream().map(e -> e.get("actorRole")).toList());
        assertEquals(List.of("GET /api/follow-up-calls", "GET /api/placements/{id}/follow-up-calls", "GET /api/follow-up-calls",
                "GET /api/follow-up-calls/{id}"), added.stream().map(e -> e.get("route")).toList());
        assertEquals(List.of("rotterdam"), added.stream().map(e -> e.get("municipalityCode")).distinct().toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void assertReduced(Map<String, Object> item) {
        for (String field : List.of("notes", "agreedActions", "candidatePhone", "employerPhone", "employerContactPerson")) {
            assertEquals(false, item.containsKey(field), field + " in " + item);
        }
    }

    /** Writes are refused with 403 whatever the body. */
    private static void refusedWrites(String token, Placements.Placed p, String call) {
        assertProblem(FollowUpCalls.log(token, call, FollowUpCalls.done("GOOD")).then(), 403, "forbidden");
        assertProblem(as(token).body(Map.of("dueDate", Placements.today().toString()))
                .post("/api/placements/" + p.placementId() + "/follow-up-calls").then(), 403, "forbidden");
        as(TestTokens.consultant()).get("/api/follow-up-calls/" + call).then().body("status", equalTo("PLANNED"));
    }

    /** Hidden and unknown are indistinguishable: same status, type, title and detail apart from the id. */
    private static void assertSameNotFound(Response unknown, Response hidden, String hiddenId) {
        assertProblem(unknown.then(), 404, "not-found");
        assertProblem(hidden.then(), 404, "not-found");
        assertEquals(unknown.path("title"), (Object) hidden.path("title"));
        assertEquals(((String) unknown.path("detail")).replace(UNKNOWN, hiddenId), hidden.path("detail"));
    }

    private static List<Map<String, Object>> audit(String candidateId) {
        return as(TestTokens.admin()).queryParam("candidateId", candidateId).queryParam("size", 100)
                .get("/api/audit-events").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
