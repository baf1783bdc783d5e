package nl.werkhub.aftercare;

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
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Who reads which placement (docs/api.md, "Visibility"): consultants those of consenting candidates,
 * jobcoaches the ones they are the jobcoach of, municipalities their own candidates' (another's is
 * the same 404 as an unknown id), admins nothing; only consultants write. Consultant and jobcoach
 * reads are audited.
 */
@QuarkusTest
class PlacementVisibilityTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    @Test
    void withoutATokenEveryRouteIs401AndAdminsGet403() {
        String id = Placements.placeNew().placementId();
        for (Response r : List.of(
                given().get("/api/placements"),
                given().get("/api/placements/" + id),
                given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Placements.contract())
                        .put("/api/placements/" + id),
                given().contentType(ContentType.JSON).body(Map.of("status", "COMPLETED", "endedOn", "2026-01-01"))
                        .post("/api/placements/" + id + "/end"))) {
            assertProblem(r.then(), 401, "unauthorized");
        }
        assertProblem(as(TestTokens.admin()).get("/api/placements").then(), 403, "forbidden");
        assertProblem(as(TestTokens.admin()).get("/api/placements/" + id).then(), 403, "forbidden");
        refusedWrites(TestTokens.admin(), id);
        Placements.get(id).then().body("version", equalTo(0)).body("status", equalTo("ACTIVE"));
    }

    @Test
    void jobcoachesSeeThePlacementsTheyAreTheJobcoachOfAndWriteNothing() {
        String coach = Candidates.word("coach");
        String vacancy = Matches.openVacancy(2);
        String mine = Placements.place(vacancy, Matches.candidate(), Placements.contract()).placementId();
        String notMine = Placements.place(vacancy, Matches.candidate(),
                Placements.contract(Placements.today(), null, Placements.OTHER_JOBCOACH)).placementId();
        String token = TestTokens.jobcoach();

        assertEquals(List.of(mine), listed(token, vacancy));
        assertEquals(List.of(mine), listed(token, vacancy, "jobcoach", "me"));
        assertEquals(List.of(notMine), listed(TestTokens.jobcoach(Placements.OTHER_JOBCOACH), vacancy));
        as(token).get("/api/placements/" + mine).then().statusCode(200).header("ETag", "\"0\"")
                .body("jobcoach", equalTo(Placements.JOBCOACH));
        assertSameNotFound(as(token).get("/api/placements/" + UNKNOWN), as(token).get("/api/placements/" + notMine), notMine);
        // a jobcoach with none of them sees none of them
        assertEquals(List.of(), listed(TestTokens.jobcoach(coach), vacancy));
        refusedWrites(token, mine);
    }

    @Test
    void consultantsSeePlacementsOfConsentingCandidatesTheJobcoachKeepsSeeingHers() {
        String client = Candidates.clientNumber("PLV");
        Map<String, Object> profile = Candidates.profile();
        String candidate = Candidates.create("rotterdam", client, profile);
        String vacancy = Matches.openVacancy(1);
        String id = Placements.place(vacancy, candidate, Placements.contract()).placementId();
        assertEquals(List.of(id), listed(TestTokens.consultant(), vacancy));

        // the municipality withdraws the consent (and keeps the status the placement gave the profile)
        profile.put("consent", false);
        profile.put("status", "PLACED");
        profile.put("jobcoach", Placements.JOBCOACH);
        Candidates.create("rotterdam", client, profile);
        assertEquals(List.of(), listed(TestTokens.consultant(), vacancy));
        assertSameNotFound(as(TestTokens.consultant()).get("/api/placements/" + UNKNOWN),
                as(TestTokens.consultant()).get("/api/placements/" + id), id);
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Placements.contract())
                .put("/api/placements/" + id).then(), 404, "not-found");
        as(TestTokens.jobcoach()).get("/api/placements/" + id).then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/placements/" + id).then().statusCode(200);
    }

    @Test
    void aMunicipalityReadsItsOwnCandidatesPlacementsAndNoOneElses() {
        String vacancy = Matches.openVacancy(2);
        String rotterdam = Placements.place(vacancy, Matches.candidate("rotterdam", null), Placements.contract())
                .placementId();
        String capelleCandidate = Matches.candidate("capelle", null);
        String capelle = Placements.place(vacancy, capelleCandidate, Placements.contract()).placementId();

        assertEquals(List.of(rotterdam), listed(TestTokens.rotterdam(), vacancy));
        assertEquals(List.of(capelle), listed(TestTokens.capelle(), vacancy));
        as(TestTokens.capelle()).get("/api/placements/" + capelle).then().statusCode(200)
                .body("municipalityCode", equalTo("capelle")).body("candidateId", equalTo(capelleCandidate));

        // Rotterdam learns nothing about Capelle's placement: the answer is the one for an unknown id
        assertSameNotFound(as(TestTokens.rotterdam()).get("/api/placements/" + UNKNOWN),
                as(TestTokens.rotterdam()).get("/api/placements/" + capelle), capelle);
        assertEquals(List.of(), listed(TestTokens.rotterdam(), vacancy, "candidateId", capelleCandidate));
        // a municipal token without its claim sees nothing
        assertEquals(List.of(), listed(TestTokens.municipalityWithoutClaim(), vacancy));
        // and municipalities never write, even with a consultant role on the same token
        refusedWrites(TestTokens.rotterdam(), rotterdam);
        refusedWrites(TestTokens.token("svc-mixed", "mixed", "municipality", "consultant"), rotterdam);
        // a token with the municipality role is municipal whatever else it has: it sees Rotterdam's only
        assertEquals(List.of(), listed(TestTokens.token("svc-mixed2", "mixed2", "municipality", "consultant"), vacancy));
    }

    @Test
    void consultantAndJobcoachReadsAreAuditedMunicipalReadsAreNot() {
        Placements.Placed placed = Placements.placeNew();
        String id = placed.placementId();
        int before = audit(placed.candidateId()).size();

        as(TestTokens.consultant()).get("/api/placements/" + id).then().statusCode(200);
        as(TestTokens.jobcoach()).queryParam("vacancyId", placed.vacancyId()).get("/api/placements").then().statusCode(200);
        as(TestTokens.rotterdam()).get("/api/placements/" + id).then().statusCode(200);
        as(TestTokens.rotterdam()).queryParam("vacancyId", placed.vacancyId()).get("/api/placements").then().statusCode(200);

        List<Map<String, Object>> events = audit(placed.candidateId());
        List<Map<String, Object>> added = events.subList(0, events.size() - before);
        // newest first
        assertEquals(List.of("SEARCH_HIT", "READ"), added.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("jobcoach", "consultant"), added.stream().map(e -> e.get("actorRole")).toList());
        assertEquals(List.of("GET /api/placements", "GET /api/placements/{id}"),
                added.stream().map(e -> e.get("route")).toList());
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Writes are refused with 403 whatever the body. */
    private static void refusedWrites(String token, String placementId) {
        assertProblem(as(token).header("If-Match", "\"0\"").body(Placements.contract())
                .put("/api/placements/" + placementId).then(), 403, "forbidden");
        assertProblem(as(token).body(Map.of("status", "COMPLETED", "endedOn", Placements.today().toString()))
                .post("/api/placements/" + placementId + "/end").then(), 403, "forbidden");
    }

    private static List<String> listed(String token, String vacancyId, Object... more) {
        var request = as(token).queryParam("vacancyId", vacancyId);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get("/api/placements").then().statusCode(200).extract().path("items.id");
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
