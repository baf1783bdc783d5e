package nl.werkhub.matching;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Who reads and writes which match: consultants the matches of consenting candidates, jobcoaches
 * those of their own candidates, municipalities those of their own candidates (another's is the
 * same 404 as an unknown id), admins nothing; only consultants write. Reads by consultants and
 * jobcoaches are audited.
 */
@QuarkusTest
class MatchVisibilityTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void withoutATokenEveryRouteIs401() {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        for (Response r : List.of(
                given().get("/api/matches"),
                given().get("/api/matches/" + id),
                given().get("/api/matches/" + id + "/events"),
                given().contentType(ContentType.JSON).body(Map.of("to", "PROPOSED")).header("If-Match", "\"0\"")
                        .post("/api/matches/" + id + "/transitions"),
                given().contentType(ContentType.JSON).body(Map.of("vacancyId", UNKNOWN, "candidateId", UNKNOWN))
                        .post("/api/matches"))) {
            assertProblem(r.then(), 401, "unauthorized");
        }
        as(TestTokens.consultant()).get("/api/matches/" + id).then().body("version", equalTo(0));
    }

    @Test
    void adminsGet403Everywhere() {
        String id = Matches.create(Matches.openVacancy(1), Matches.candidate());
        refusedWrites(TestTokens.admin(), id);
        assertProblem(as(TestTokens.admin()).get("/api/matches").then(), 403, "forbidden");
        assertProblem(as(TestTokens.admin()).get("/api/matches/" + id).then(), 403, "forbidden");
        assertProblem(as(TestTokens.admin()).get("/api/matches/" + id + "/events").then(), 403, "forbidden");
    }

    @Test
    void consultantsSeeMatchesOfConsentingCandidatesOnly() {
        String vacancy = Matches.openVacancy(2);
        String client = Candidates.clientNumber("MATCH");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        String id = Matches.create(vacancy, candidate);
        String etag = Matches.etag(id);
        assertEquals(List.of(id), listed(TestTokens.consultant(), vacancy));

        // the municipality withdraws the consent: the match disappears for consultants, reads and writes alike
        profile.put("consent", false);
        Candidates.create("rotterdam", client, profile);
        assertEquals(List.of(), listed(TestTokens.consultant(), vacancy));
        Response unknown = as(TestTokens.consultant()).get("/api/matches/" + UNKNOWN);
        assertSameNotFound(unknown, as(TestTokens.consultant()).get("/api/matches/" + id), id);
        assertProblem(as(TestTokens.consultant()).get("/api/matches/" + id + "/events").then(), 404, "not-found");
        assertProblem(as(TestTokens.consultant()).header("If-Match", etag).body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/" + id + "/transitions").then(), 404, "not-found");
        // the municipality still sees it: it is its own candidate
        as(TestTokens.rotterdam()).get("/api/matches/" + id).then().statusCode(200).body("status", equalTo("SUGGESTED"));
    }

    @Test
    void jobcoachesReadTheMatchesOfTheirOwnCandidatesAndWriteNothing() {
        String coach = Candidates.word("coach");
        String vacancy = Matches.openVacancy(2);
        String mine = Matches.create(vacancy, Matches.candidate("rotterdam", coach));
        String notMine = Matches.create(vacancy, Matches.candidate("rotterdam", Candidates.word("coach")));
        String token = TestTokens.jobcoach(coach);

        assertEquals(List.of(mine), listed(token, vacancy));
        as(token).get("/api/matches/" + mine).then().statusCode(200).header("ETag", "\"0\"");
        as(token).get("/api/matches/" + mine + "/events").then().statusCode(200).body("size()", equalTo(1));
        assertSameNotFound(as(token).get("/api/matches/" + UNKNOWN), as(token).get("/api/matches/" + notMine), notMine);
        assertProblem(as(token).get("/api/matches/" + notMine + "/events").then(), 404, "not-found");
        refusedWrites(token, mine);
    }

    @Test
    void aMunicipalityReadsItsOwnCandidatesMatchesAndNoOneElses() {
        String vacancy = Matches.openVacancy(2);
        String rotterdam = Matches.create(vacancy, Matches.candidate("rotterdam", null));
        String capelle = Matches.create(vacancy, Matches.candidate("capelle", null));
        Matches.moveTo(capelle, "PROPOSED");

        assertEquals(List.of(rotterdam), listed(TestTokens.rotterdam(), vacancy));
        assertEquals(List.of(capelle), listed(TestTokens.capelle(), vacancy));
        as(TestTokens.capelle()).get("/api/matches/" + capelle).then().statusCode(200)
                .body("municipalityCode", equalTo("capelle")).body("status", equalTo("PROPOSED"));
        as(TestTokens.capelle()).get("/api/matches/" + capelle + "/events").then().statusCode(200)
                .body("to", equalTo(List.of("SUGGESTED", "PROPOSED")));

        // Rotterdam learns nothing about Capelle's match: the answer is the one for an unknown id
        assertSameNotFound(as(TestTokens.rotterdam()).get("/api/matches/" + UNKNOWN),
                as(TestTokens.rotterdam()).get("/api/matches/" + capelle), capelle);
        assertProblem(as(TestTokens.rotterdam()).get("/api/matches/" + capelle + "/events").then(), 404, "not-found");
        assertEquals(List.of(), listed(TestTokens.rotterdam(), vacancy, "candidateId",
                as(TestTokens.capelle()).get("/api/matches/" + capelle).then().extract().path("candidateId")));
        // a municipal token without its claim sees nothing
        assertEquals(List.of(), listed(TestTokens.municipalityWithoutClaim(), vacancy));
        // and municipalities never write, even with a consultant role on the same token
        refusedWrites(TestTokens.rotterdam(), rotterdam);
        refusedWrites(TestTokens.token("svc-mixed", "mixed", "municipality", "consultant"), rotterdam);
    }

    @Test
    void consultantAndJobcoachReadsAreAuditedMunicipalReadsAreNot() {
        String coach = Candidates.word("coach");
        String candidate = Matches.candidate("rotterdam", coach);
        String vacancy = Matches.openVacancy(1);
        String id = Matches.create(vacancy, candidate);
        int before = audit(candidate).size();

        as(TestTokens.consultant()).get("/api/matches/" + id).then().statusCode(200);
        as(TestTokens.jobcoach(coach)).queryParam("vacancyId", vacancy).get("/api/matches").then().statusCode(200);
        as(TestTokens.consultant()).get("/api/matches/" + id + "/events").then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/matches/" + id).then().statusCode(200);
        as(TestTokens.rotterdam()).queryParam("vacancyId", vacancy).get("/api/matches").then().statusCode(200);

        List<Map<String, Object>> events = audit(candidate);
        List<Map<String, Object>> added = events.subList(0, events.size() - before);
        // newest first
        assertEquals(List.of("READ", "SEARCH_HIT", "READ"), added.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("consultant", "jobcoach", "consultant"), added.stream().map(e -> e.get("actorRole")).toList());
        assertEquals(List.of("GET /api/matches/{id}/events", "GET /api/matches", "GET /api/matches/{id}"),
                added.stream().map(e -> e.get("route")).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Writes are refused with 403 whatever the body. */
    private static void refusedWrites(String token, String matchId) {
        assertProblem(as(token).header("If-Match", "\"0\"").body(Matches.bodyFor("PROPOSED"))
                .post("/api/matches/" + matchId + "/transitions").then(), 403, "forbidden");
        assertProblem(as(token).body(Map.of("vacancyId", UNKNOWN, "candidateId", UNKNOWN)).post("/api/matches").then(),
                403, "forbidden");
    }

    private static List<String> listed(String token, String vacancyId, Object... more) {
        var request = as(token).queryParam("vacancyId", vacancyId);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get("/api/matches").then().statusCode(200).extract().path("items.id");
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
