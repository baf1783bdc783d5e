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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.DatabaseScan;
import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.KeycloakAdminStub;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestClock;
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

    @Inject
    TestClock clock;

    @Inject
    KeycloakJobcoachDirectory directory;

    /** The coaches a test adds to the directory go again afterwards (a feed asks the directory). */
    @BeforeEach
    @AfterEach
    void cleanSlate() {
        KeycloakAdminStub.reset();
        directory.invalidate();
    }

    /** A token of a jobcoach of its own, whom the directory knows: no calls, no link yet. */
    private static String newJobcoach() {
        return TestTokens.jobcoach(newJobcoachName());
    }

    private static String newJobcoachName() {
        String username = Candidates.word("coach");
        KeycloakAdminStub.addJobcoaches(username);
        return username;
    }

    @Test
    void aJobcoachMakesALinkThatWorksWithoutABearerToken() {
        String coach = newJobcoach();
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
        String coach = newJobcoach();
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
        String a = newJobcoach();
        String b = newJobcoach();
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
        String username = newJobcoachName();
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

    @Test
    void theFeedHasAnAllDayEventPerPlannedCallOfThatJobcoachAndNothingPrivate() {
        clock.set(Instant.parse("2026-05-04T08:00:00Z"));
        try {
            String marker = Api.marker();
            String firstName = "Fatima" + Candidates.word("x");
            Map<String, Object> profile = Candidates.profile();
            profile.put("firstName", firstName);
            profile.put("lastName", "Achternaam" + marker);
            String candidate = Candidates.create("rotterdam", Candidates.clientNumber("ICS"), profile);
            // a comma and a semicolon, which iCalendar text must escape, and a long name that must be folded
            String employerName = "Bakkerij De Korenschoof, brood; banket en ambachtelijk gebak " + marker;
            String vacancy = Api.createVacancy(Api.createEmployer(Api.employer(employerName)), "Bakkerijmedewerker");
            Matches.setVacancyStatus(vacancy, "OPEN");
            Placements.Placed p = Placements.place(vacancy, candidate,
                    Placements.contract(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 6, 30), Placements.JOBCOACH));
            Placements.Placed theirs = Placements.placeNew(Placements.contract(LocalDate.of(2026, 4, 24),
                    LocalDate.of(2026, 6, 30), Placements.OTHER_JOBCOACH));

            Map<String, Object> done = FollowUpCalls.done("GOOD");
            done.put("notes", "geheim-" + marker);
            FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_DAY"), done);
            String retry = FollowUpCalls.log(FollowUpCalls.id(p.placementId(), "FIRST_WEEK"), FollowUpCalls.notReached())
                    .path("retry.id");
            String adHoc = as(TestTokens.consultant()).body(Map.of("dueDate", "2026-05-07", "note", "notitie-" + marker))
                    .post("/api/placements/" + p.placementId() + "/follow-up-calls").then().statusCode(201).extract().path("id");

            String url = as(TestTokens.jobcoach()).post("/api/calendar-feed").then().statusCode(201).extract().path("url");
            String ics = given().get(path(url)).then().statusCode(200).extract().asString();

            for (String line : ics.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            }
            assertFalse(ics.replace("\r\n", "").contains("\n"), "only CRLF line ends");
            Map<String, Map<String, String>> events = events(ics);

            List<Map<String, Object>> timeline = FollowUpCalls.timeline(p.placementId());
            Map<String, String> idsByKind = new HashMap<>();
            for (Map<String, Object> call : timeline) {
                if (call.get("status").equals("PLANNED")) {
                    idsByKind.put((String) call.get("kind"), (String) call.get("id"));
                }
            }
            // the planned calls of this placement are there: the retry, first month, before the end, the extra one
            assertEquals(Map.of("FIRST_WEEK", retry, "AD_HOC", adHoc, "FIRST_MONTH", idsByKind.get("FIRST_MONTH"),
                    "BEFORE_CONTRACT_END", idsByKind.get("BEFORE_CONTRACT_END")), idsByKind);
            for (String id : idsByKind.values()) {
                assertTrue(events.containsKey(id + "@werkhub"), id + " in " + events.keySet());
            }
            // logged ones and those of another jobcoach are not
            for (Map<String, Object> call : timeline) {
                if (!call.get("status").equals("PLANNED")) {
                    assertFalse(events.containsKey(call.get("id") + "@werkhub"));
                }
            }
            for (Map<String, Object> call : FollowUpCalls.timeline(theirs.placementId())) {
                assertFalse(events.containsKey(call.get("id") + "@werkhub"));
            }

            Map<String, String> firstMonth = events.get(idsByKind.get("FIRST_MONTH") + "@werkhub");
            assertEquals("20260526", firstMonth.get("DTSTART;VALUE=DATE"));
            assertEquals("20260527", firstMonth.get("DTEND;VALUE=DATE"));
            assertEquals("Nazorg: Eerste maand – " + firstName + " (" + ICalendarWriter.escape(employerName) + ")",
                    firstMonth.get("SUMMARY"));
            assertEquals("http://localhost:5173/nazorg/gesprekken/" + idsByKind.get("FIRST_MONTH"), firstMonth.get("URL"));
            assertTrue(firstMonth.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), firstMonth.get("DTSTAMP"));
            assertEquals("0", firstMonth.get("SEQUENCE"));
            assertEquals("Nazorg: Extra gesprek – " + firstName + " (" + ICalendarWriter.escape(employerName) + ")",
                    events.get(adHoc + "@werkhub").get("SUMMARY"));
            Map<String, String> second = events.get(retry + "@werkhub");
            assertEquals("20260505", second.get("DTSTART;VALUE=DATE"));
            assertTrue(second.get("DESCRIPTION").startsWith("Nazorggesprek Eerste week\\, poging 2 voor de plaatsing bij "),
                    second.get("DESCRIPTION"));

            // nothing a calendar should not hold: phone numbers, last name, notes
            for (String secret : List.of("12345678", "1234567", "Achternaam" + marker, "geheim-" + marker,
                    "notitie-" + marker, "sanne.verbeek@example.nl")) {
                assertFalse(ics.replace("\r\n ", "").contains(secret), secret);
            }
        } finally {
            clock.reset();
        }
    }

    /** The VEVENTs of a calendar by UID, each as property (name with parameters) → value, after unfolding. */
    private static Map<String, Map<String, String>> events(String ics) {
        Map<String, Map<String, String>> events = new HashMap<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new HashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.put(current.get("UID"), current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return events;
    }

    /** The feed's path: the URL names the public address, the tests talk to the test port. */
    static String path(String url) {
        return URI.create(url).getPath();
    }
}
