package nl.werkhub.candidate;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The tenancy boundary: a municipality gets for everything under another municipality's code exactly
 * the 404 it gets for an unknown client number of its own; other roles get 403 there, and
 * municipalities get 403 on the consultant routes.
 */
@QuarkusTest
class TenancyTest {

    @Test
    void rotterdamCannotSeeOrTouchCapelle() {
        boundary("capelle", TestTokens.capelle(), "rotterdam", TestTokens.rotterdam());
    }

    @Test
    void capelleCannotSeeOrTouchRotterdam() {
        boundary("rotterdam", TestTokens.rotterdam(), "capelle", TestTokens.capelle());
    }

    /** {@code owner} has a profile; {@code intruder} tries every route on it. */
    private void boundary(String owner, String ownerToken, String intruder, String intruderToken) {
        String number = clientNumber("TEN");
        Map<String, Object> body = profile();
        String lastName = Candidates.word("Grens");
        body.put("lastName", lastName);
        String id = Candidates.create(owner, number, body);

        // the reference: what the intruder gets for an unknown client number of its own
        Response reference = as(intruderToken).get(path(intruder, "ONBEKEND-" + number));
        assertProblem(reference.then(), 404, "not-found");

        Map<String, Object> overwrite = new HashMap<>(body);
        overwrite.put("lastName", "Overschreven");
        Map<String, Object> bulk = Map.of("items", List.of(Map.of("clientNumber", clientNumber("TEN"), "profile", body)));
        Map<String, Object> tooBig = Map.of("items", List.of());
        Map<String, Object> invalid = new HashMap<>(body);
        invalid.put("postcode", "fout");

        List<Response> attempts = List.of(
                as(intruderToken).get(path(owner, number)),
                as(intruderToken).body(overwrite).put(path(owner, number)),
                as(intruderToken).body(invalid).put(path(owner, number)),
                as(intruderToken).body(overwrite).put(path(owner, clientNumber("TEN"))),
                as(intruderToken).delete(path(owner, number)),
                as(intruderToken).header("If-Match", "\"0\"").delete(path(owner, number)),
                as(intruderToken).get("/api/municipalities/" + owner + "/candidates"),
                as(intruderToken).queryParam("updatedSince", "not-a-date").get("/api/municipalities/" + owner + "/candidates"),
                as(intruderToken).body(bulk).post("/api/municipalities/" + owner + "/candidates/bulk"),
                as(intruderToken).body(tooBig).post("/api/municipalities/" + owner + "/candidates/bulk"),
                // unknown municipality codes look the same
                as(intruderToken).get(path("atlantis", number)),
                as(intruderToken).get("/api/municipalities/atlantis/candidates"));
        for (Response attempt : attempts) {
            assertProblem(attempt.then(), 404, "not-found");
            assertEquals(withoutInstance(reference), withoutInstance(attempt), attempt.asString());
        }

        // a token with role municipality but without the claim sees nothing either
        assertProblem(as(TestTokens.municipalityWithoutClaim()).get(path(owner, number)).then(), 404, "not-found");

        // nothing the intruder tried touched the owner's data
        as(ownerToken).get(path(owner, number)).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(0)).body("lastName", equalTo(lastName));
        assertProblem(as(ownerToken).get(path(owner, ((Map<?, ?>) ((List<?>) bulk.get("items")).get(0)).get("clientNumber").toString())).then(),
                404, "not-found");
    }

    private static Map<String, Object> withoutInstance(Response response) {
        Map<String, Object> body = new HashMap<>(response.jsonPath().getMap("$"));
        body.remove("instance");
        return body;
    }

    @Test
    void otherRolesGet403OnTheMunicipalRoutes() {
        String number = clientNumber("TEN");
        Candidates.create("rotterdam", number, profile());
        for (String token : List.of(TestTokens.consultant(), TestTokens.jobcoach(), TestTokens.admin())) {
            assertProblem(as(token).get(path("rotterdam", number)).then(), 403, "forbidden");
            assertProblem(as(token).body(profile()).put(path("rotterdam", number)).then(), 403, "forbidden");
            assertProblem(as(token).delete(path("rotterdam", number)).then(), 403, "forbidden");
            assertProblem(as(token).get("/api/municipalities/rotterdam/candidates").then(), 403, "forbidden");
            assertProblem(as(token).body(Map.of("items", List.of())).post("/api/municipalities/rotterdam/candidates/bulk").then(),
                    403, "forbidden");
        }
        as(TestTokens.rotterdam()).get(path("rotterdam", number)).then().statusCode(200);
    }

    @Test
    void municipalitiesAndAdminsGet403OnTheConsultantRoutes() {
        String id = Candidates.create("rotterdam", clientNumber("TEN"), profile());
        for (String token : List.of(TestTokens.rotterdam(), TestTokens.admin(),
                TestTokens.token("x-1", "mixed", TestTokens.MUNICIPALITY, TestTokens.CONSULTANT))) {
            assertProblem(as(token).get("/api/candidates").then(), 403, "forbidden");
            assertProblem(as(token).get("/api/candidates/" + id).then(), 403, "forbidden");
        }
    }

    @Test
    void everyRouteNeedsAToken() {
        RequestSpecification anonymous = given().contentType(ContentType.JSON);
        String number = clientNumber("TEN");
        for (Response r : List.of(
                given().get(path("rotterdam", number)),
                given().contentType(ContentType.JSON).body(profile()).put(path("rotterdam", number)),
                given().delete(path("rotterdam", number)),
                given().get("/api/municipalities/rotterdam/candidates"),
                anonymous.body(Map.of("items", List.of())).post("/api/municipalities/rotterdam/candidates/bulk"),
                given().get("/api/candidates"),
                given().get("/api/candidates/" + java.util.UUID.randomUUID()),
                given().get("/api/audit-events"),
                given().auth().oauth2(TestTokens.expired()).get("/api/candidates"))) {
            assertProblem(r.then(), 401, "unauthorized");
        }
    }
}
