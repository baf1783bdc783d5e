package nl.werkhub.aftercare;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The calendar link: made, replaced and revoked by its jobcoach through the API, read by a calendar
 * app without a bearer token. Only the token's hash is stored.
 */
@QuarkusTest
class CalendarFeedTest {

    @Inject
    EntityManager em;

    @Test
    void aJobcoachMakesALinkThatWorksWithoutABearerToken() {
        String coach = TestTokens.jobcoach(Candidates.word("coach"));
        assertProblem(as(coach).get("/api/calendar-feed").then(), 404, "not-found");

        Response created = as(coach).post("/api/calendar-feed");
        created.then().statusCode(201).header("Cache-Control", "no-store")
                .body("createdAt", notNullValue());
        // werkhub.public-api-url defaults to the backend's own port (here the random test port)
        String url = created.path("url");
        assertTrue(url.matches("http://localhost:\\d+/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);

        Response feed = given().get(path(url));
        feed.then().statusCode(200).contentType("text/calendar").header("Cache-Control", "private, max-age=300");
        assertEquals("utf-8", feed.contentType().replaceAll(".*charset=", "").toLowerCase());
        String ics = feed.asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertFalse(ics.contains("BEGIN:VEVENT"), "no calls, no events: " + ics);

        // GET tells that there is a link and since when, but cannot show it again
        as(coach).get("/api/calendar-feed").then().statusCode(200)
                .body("createdAt", equalTo(created.path("createdAt"))).body("url", nullValue());
    }

    @Test
    void aNewLinkRevokesTheOldOneAndDeleteRevokesTheNewOne() {
        String coach = TestTokens.jobcoach(Candidates.word("coach"));
        String first = as(coach).post("/api/calendar-feed").then().statusCode(201).extract().path("url");
        given().get(path(first)).then().statusCode(200);

        String second = as(coach).post("/api/calendar-feed").then().statusCode(201).extract().path("url");
        assertNotEquals(first, second);
        assertProblem(given().get(path(first)).then(), 404, "not-found");
        given().get(path(second)).then().statusCode(200);

        as(coach).delete("/api/calendar-feed").then().statusCode(204);
        assertProblem(given().get(path(second)).then(), 404, "not-found");
        assertProblem(as(coach).get("/api/calendar-feed").then(), 404, "not-found");
        // revoking again is not an error
        as(coach).delete("/api/calendar-feed").then().statusCode(204);
    }

    @Test
    void eachJobcoachHasTheirOwnLink() {
        String a = TestTokens.jobcoach(Candidates.word("coach"));
        String b = TestTokens.jobcoach(Candidates.word("coach"));
        String urlA = as(a).post("/api/calendar-feed").then().statusCode(201).extract().path("url");
        as(b).post("/api/calendar-feed").then().statusCode(201);
        as(b).delete("/api/calendar-feed").then().statusCode(204);
        given().get(path(urlA)).then().statusCode(200);
    }

    @Test
    void unknownAndMalformedTokensAre404AndABearerTokenIsNotNeededOrUsed() {
        String unknown = "/calendar/" + "A".repeat(43) + ".ics";
        assertProblem(given().get(unknown).then(), 404, "not-found");
        assertProblem(given().get("/calendar/short.ics").then(), 404, "not-found");
        assertProblem(given().get("/calendar/" + "A".repeat(44) + ".ics").then(), 404, "not-found");
        // a token of another kind does not open a feed either, and a broken one is not a 401
        assertProblem(given().auth().oauth2(TestTokens.jobcoach()).get(unknown).then(), 404, "not-found");
        assertProblem(given().auth().oauth2("not-a-jwt").get(unknown).then(), 404, "not-found");
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfTheToken() throws Exception {
        String username = Candidates.word("coach");
        String url = as(TestTokens.jobcoach(username)).post("/api/calendar-feed").then().statusCode(201).extract().path("url");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());

        assertEquals(List.of(), DatabaseScan.columnsContaining(token));
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select encode(token_hash, 'hex') from calendar_feed where jobcoach = :j")
                .setParameter("j", username).getSingleResult());
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        assertEquals(HexFormat.of().formatHex(sha256), stored);
        assertFalse(stored.contains(HexFormat.of().formatHex(java.util.Base64.getUrlDecoder().decode(token))));
    }

    @Test
    void onlyJobcoachesHaveALink() {
        for (String token : List.of(TestTokens.consultant(), TestTokens.admin(), TestTokens.rotterdam(),
                TestTokens.token("svc-mixed", "mixed", "municipality", "jobcoach"))) {
            assertProblem(as(token).get("/api/calendar-feed").then(), 403, "forbidden");
            assertProblem(as(token).post("/api/calendar-feed").then(), 403, "forbidden");
            assertProblem(as(token).delete("/api/calendar-feed").then(), 403, "forbidden");
        }
        assertProblem(given().get("/api/calendar-feed").then(), 401, "unauthorized");
        assertProblem(given().post("/api/calendar-feed").then(), 401, "unauthorized");
        assertProblem(given().delete("/api/calendar-feed").then(), 401, "unauthorized");
    }

    /** The feed's path: the URL names the public address, the tests talk to the test port. */
    static String path(String url) {
        return URI.create(url).getPath();
    }
}
