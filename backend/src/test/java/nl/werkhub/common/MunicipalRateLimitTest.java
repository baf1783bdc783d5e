package nl.werkhub.common;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Per-client rate limit of the municipal routes, with a small bucket (one request in 50 seconds,
 * bursts of 5: a slow machine cannot refill it during the test) so that the test can empty it: the
 * sixth request in a row is a 429 problem with Retry-After, another municipality's client is not
 * affected and the other routes are not limited at all. How the bucket refills over time is
 * {@link MunicipalRateLimitBucketTest}'s, on a clock it controls.
 */
@QuarkusTest
@TestProfile(MunicipalRateLimitTest.SmallBucket.class)
class MunicipalRateLimitTest {

    static final int BURST = 5;

    public static class SmallBucket implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("werkhub.rate-limit.municipal.requests-per-second", "0.02",
                    "werkhub.rate-limit.municipal.burst", Integer.toString(BURST));
        }
    }

    @Test
    void aClientOverItsBurstGets429WithRetryAfterAndOthersDoNot() {
        String rotterdam = TestTokens.municipality("rotterdam");
        String path = "/api/municipalities/rotterdam/candidates";
        for (int i = 0; i < BURST; i++) {
            as(rotterdam).get(path).then().statusCode(200);
        }
        Response refused = as(rotterdam).get(path);
        assertProblem(refused.then(), 429, "too-many-requests");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 50, "Retry-After " + retryAfter);

        // every municipal route shares the bucket, the bulk intake counts once, whatever its size
        assertProblem(as(rotterdam).body(Map.of("items", List.of(Map.of("clientNumber", "X1", "profile", Candidates.profile()))))
                .post(path + "/bulk").then(), 429, "too-many-requests");
        assertProblem(as(rotterdam).header("Accept-Language", "nl").get(path + "/ONBEKEND").then(), 429,
                "too-many-requests");

        // another municipality's system, and Rotterdam's other routes, are not held back
        String capelle = TestTokens.municipality("capelle");
        for (int i = 0; i < BURST; i++) {
            as(capelle).get("/api/municipalities/capelle/candidates").then().statusCode(200);
        }
        for (int i = 0; i < 3 * BURST; i++) {
            as(rotterdam).get("/api/matches").then().statusCode(200);
        }
        // a client is its token's principal: a second Rotterdam system has its own bucket
        String otherRotterdamSystem = TestTokens.token("svc-rotterdam-2", "service-account-gemeente-rotterdam-2",
                "municipality");
        // (without the municipality claim it is a 404 of the route, but counted and let through)
        as(otherRotterdamSystem).get(path).then().statusCode(404);

        // and Rotterdam's own system is still held back
        assertProblem(as(rotterdam).get(path).then(), 429, "too-many-requests");
    }

    @Test
    void anonymousAndWrongRoleCallersAreRefusedAsBeforeAndNotCounted() {
        for (int i = 0; i < 2 * BURST; i++) {
            assertProblem(given().get("/api/municipalities/nissewaard/candidates").then(), 401, "unauthorized");
        }
        for (int i = 0; i < 2 * BURST; i++) {
            assertProblem(as(TestTokens.consultant()).get("/api/municipalities/nissewaard/candidates").then(), 403,
                    "forbidden");
        }
    }
}
