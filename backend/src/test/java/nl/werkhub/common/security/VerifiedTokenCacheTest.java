package nl.werkhub.common.security;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A verified token is served from the cache only while it is exactly the same string and not
 * expired; everything else is verified by the OIDC extension as before.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Inject
    TokenCacheProbe probe;

    @Test
    void aVerifiedTokenIsKeptAndAnsweredFromTheCache() {
        String token = TestTokens.consultant();
        assertNull(cache.find(request(token)), "not verified yet");

        given().auth().oauth2(token).get("/api/employers").then().statusCode(200);

        SecurityIdentity kept = cache.find(request(token));
        assertNotNull(kept, "kept after the first request");
        assertEquals("connie.consultant", kept.getPrincipal().getName());
        assertEquals(true, kept.hasRole(TestTokens.CONSULTANT));

        int verified = probe.verified();
        int fromCache = probe.fromCache();
        given().auth().oauth2(token).get("/api/employers").then().statusCode(200);
        given().auth().oauth2(token).get("/api/employers").then().statusCode(200);
        assertEquals(verified, probe.verified(), "the same token is not verified again");
        assertEquals(fromCache + 2, probe.fromCache(), "both requests were answered from the cache");
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpires() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        String token = TestTokens.consultantExpiringAt(expiresAt);
        given().auth().oauth2(token).get("/api/employers").then().statusCode(200);
        assertNotNull(cache.find(request(token)));

        Thread.sleep(Math.max(0, expiresAt.toEpochMilli() - System.currentTimeMillis()) + 200);

        assertNull(cache.find(request(token)), "never served at or after exp");
        assertProblem(given().auth().oauth2(token).get("/api/employers").then(), 401, "unauthorized");
    }

    @Test
    void theSameClaimsWithAnotherSignatureAreVerifiedAndRefused() {
        String token = TestTokens.consultant();
        given().auth().oauth2(token).get("/api/employers").then().statusCode(200);

        String claims = token.substring(0, token.lastIndexOf('.') + 1);
        String foreign = TestTokens.foreignSignature();
        String forged = claims + foreign.substring(foreign.lastIndexOf('.') + 1);
        assertProblem(given().auth().oauth2(forged).get("/api/employers").then(), 401, "unauthorized");
        assertNull(cache.find(request(forged)));
    }

    @Test
    void refusedTokensAreNotKept() {
        for (String token : new String[] { TestTokens.expired(), TestTokens.wrongAudience(), TestTokens.foreignSignature() }) {
            assertProblem(given().auth().oauth2(token).get("/api/employers").then(), 401, "unauthorized");
            assertNull(cache.find(request(token)));
        }
    }

    @Test
    void aKeptIdentityKeepsItsOwnRolesAndClaims() {
        String capelle = TestTokens.capelle();
        String consultant = TestTokens.consultant();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(capelle).get("/api/municipalities/capelle/candidates").then().statusCode(200);
            assertProblem(given().auth().oauth2(capelle).get("/api/municipalities/rotterdam/candidates").then(),
                    404, "not-found");
            assertProblem(given().auth().oauth2(capelle).get("/api/employers").then(), 403, "forbidden");
            given().auth().oauth2(consultant).get("/api/employers").then().statusCode(200);
        }
    }

    private static TokenAuthenticationRequest request(String token) {
        return new TokenAuthenticationRequest(new AccessTokenCredential(token));
    }
}
