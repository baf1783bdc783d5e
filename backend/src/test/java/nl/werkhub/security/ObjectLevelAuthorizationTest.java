package nl.werkhub.security;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.aftercare.KeycloakJobcoachDirectory;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.FollowUpCalls;
import nl.werkhub.testsupport.KeycloakAdminStub;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.Placements;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Object-level authorization (OWASP API1, "BOLA"): a caller whose role may use an operation must
 * still reach only its own objects. Each case is a party that may call the routes trying them on
 * someone else's candidate, match, placement, call, audit events or calendar, with real data made
 * through the API; it asserts the answer and then reads everything back as a party that may, to show
 * that nothing changed (versions, ETags, statuses, the timeline and the audit trail). The role-level
 * answers are {@link AuthorizationMatrixTest}'s; the per-feature visibility tests (TenancyTest,
 * MatchVisibilityTest, PlacementVisibilityTest, FollowUpCallRoleTest, AuditEventTest, CalendarFeedTest)
 * cover the rules one route at a time, this class the crossings between parties.
 */
@QuarkusTest
class ObjectLevelAuthorizationTest {

    @Inject
    KeycloakJobcoachDirectory directory;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        KeycloakAdminStub.reset();
        directory.invalidate();
    }

    /** A Rotterdam candidate with everything that hangs off it, made through the API. */
    private record Subject(String clientNumber, String candidate, String match, String placement, String call,
            String vacancy, String marker) {
    }

    private static Subject rotterdamCandidateInTheProgramme(String jobcoach) {
        String marker = Candidates.word("bola");
        String number = Candidates.clientNumber("BOLA");
        Map<String, Object> profile = Candidates.profile();
        profile.put("lastName", marker);
        profile.put("interests", "Werken met " + marker);
        String candidate = Candidates.create("rotterdam", number, profile);
        String vacancy = Matches.openVacancy(1);
        Placements.Placed placed = Placements.place(vacancy, candidate,
                Placements.contract(Placements.today(), Placements.today().plusMonths(6), jobcoach));
        // a read by the consultant, so the candidate has audit events beyond its creation
        as(TestTokens.consultant()).get("/api/candidates/" + candidate).then().statusCode(200);
        return new Subject(number, candidate, placed.matchId(), placed.placementId(),
                FollowUpCalls.id(placed.placementId(), "FIRST_DAY"), vacancy, marker);
    }

    /**
     * Everything about the subject as its municipality reads it (the owner, whose reads are not
     * audited, so reading the state does not change it): compared before and after the attempts.
     */
    private static Map<String, Object> state(Subject s) {
        String owner = TestTokens.rotterdam();
        Map<String, Object> state = new HashMap<>();
        Response profile = as(owner).get(Candidates.path("rotterdam", s.clientNumber()));
        state.put("profile.etag", profile.then().statusCode(200).extract().header("ETag"));
        state.put("profile", profile.jsonPath().getMap("$"));
        Response match = as(owner).get("/api/matches/" + s.match());
        state.put("match.etag", match.then().statusCode(200).extract().header("ETag"));
        state.put("match", match.jsonPath().getMap("$"));
        state.put("match.events", as(owner).get("/api/matches/" + s.match() + "/events")
                .then().statusCode(200).extract().jsonPath().getList("$"));
        Response placement = as(owner).get("/api/placements/" + s.placement());
        state.put("placement.etag", placement.then().statusCode(200).extract().header("ETag"));
        state.put("placement", placement.jsonPath().getMap("$"));
        state.put("timeline", as(owner).get("/api/placements/" + s.placement() + "/follow-up-calls")
                .then().statusCode(200).extract().jsonPath().getList("$"));
        // the audit trail: refused reads are not recorded, so it must not grow
        state.put("audit", audit(s.candidate()));
        return state;
    }

    private static List<Map<String, Object>> audit(String candidateId) {
        return as(TestTokens.admin()).queryParam("candidateId", candidateId).queryParam("size", 100)
                .get("/api/audit-events").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static void notFound(Response response) {
        assertProblem(response.then(), 404, "not-found");
    }

    private static void emptyPage(Response response) {
        response.then().statusCode(200);
        assertEquals(0, (int) response.path("totalItems"), response.asString());
    }

    @Test
    void anotherMunicipalitysSystemAndStaffReachNothingOfARotterdamCandidate() {
        Subject s = rotterdamCandidateInTheProgramme(Placements.JOBCOACH);
        Map<String, Object> before = state(s);
        Map<String, Object> overwrite = Candidates.profile();
        overwrite.put("lastName", "Overschreven");

        for (String intruder : List.of(TestTokens.capelle(), TestTokens.municipalStaff("capelle"))) {
            // the profile, by Rotterdam's client number, on Rotterdam's routes
            notFound(as(intruder).get(Candidates.path("rotterdam", s.clientNumber())));
            notFound(as(intruder).body(overwrite).put(Candidates.path("rotterdam", s.clientNumber())));
            notFound(as(intruder).header("If-Match", (String) before.get("profile.etag")).body(overwrite)
                    .put(Candidates.path("rotterdam", s.clientNumber())));
            notFound(as(intruder).delete(Candidates.path("rotterdam", s.clientNumber())));
            notFound(as(intruder).body(Map.of("items", List.of(Map.of("clientNumber", s.clientNumber(), "profile", overwrite))))
                    .post("/api/municipalities/rotterdam/candidates/bulk"));
            notFound(as(intruder).get("/api/municipalities/rotterdam/candidates"));
            // the same client number on its own routes is another person: Capelle has none of that number
            notFound(as(intruder).get(Candidates.path("capelle", s.clientNumber())));
            notFound(as(intruder).delete(Candidates.path("capelle", s.clientNumber())));
            // the match, the placement and the calls, by id and by filter
            notFound(as(intruder).get("/api/matches/" + s.match()));
            notFound(as(intruder).get("/api/matches/" + s.match() + "/events"));
            emptyPage(as(intruder).queryParam("candidateId", s.candidate()).get("/api/matches"));
            emptyPage(as(intruder).queryParam("vacancyId", s.vacancy()).get("/api/matches"));
            notFound(as(intruder).get("/api/placements/" + s.placement()));
            notFound(as(intruder).get("/api/placements/" + s.placement() + "/follow-up-calls"));
            emptyPage(as(intruder).queryParam("candidateId", s.candidate()).get("/api/placements"));
            emptyPage(as(intruder).queryParam("vacancyId", s.vacancy()).get("/api/placements"));
            notFound(as(intruder).get("/api/follow-up-calls/" + s.call()));
            emptyPage(as(intruder).queryParam("placementId", s.placement()).get("/api/follow-up-calls"));
            // the audit trail, by candidate and by asking for Rotterdam's
            emptyPage(as(intruder).queryParam("candidateId", s.candidate()).get("/api/audit-events"));
            Response asked = as(intruder).queryParam("municipality", "rotterdam").queryParam("size", 100).get("/api/audit-events");
            asked.then().statusCode(200);
            assertTrue(asked.jsonPath().getList("items.municipalityCode", String.class).stream().allMatch("capelle"::equals),
                    asked.asString());
            // and the dashboard counts Capelle's placements only
            Response stats = as(intruder).get("/api/stats");
            stats.then().statusCode(200);
            assertFalse(stats.jsonPath().getList("placementsPerMunicipality.code", String.class).contains("rotterdam"),
                    stats.asString());
        }

        // Capelle's own profile under the same client number is a different person with its own id;
        // making and erasing it leaves Rotterdam's alone, and Rotterdam never sees its audit events
        String capelles = Candidates.create("capelle", s.clientNumber(), Candidates.profile());
        assertNotEquals(s.candidate(), capelles);
        as(TestTokens.capelle()).delete(Candidates.path("capelle", s.clientNumber())).then().statusCode(204);
        for (String owner : List.of(TestTokens.rotterdam(), TestTokens.municipalStaff("rotterdam"))) {
            emptyPage(as(owner).queryParam("candidateId", capelles).get("/api/audit-events"));
        }

        assertEquals(before, state(s));
        // Rotterdam's staff read it as its system does: they are the owner
        as(TestTokens.municipalStaff("rotterdam")).get(Candidates.path("rotterdam", s.clientNumber())).then().statusCode(200)
                .header("ETag", (String) before.get("profile.etag"));
    }

    @Test
    void aJobcoachReachesNothingOfAnotherJobcoachsPlacement() {
        // the placement makes Jet the jobcoach of the profile as well
        Subject s = rotterdamCandidateInTheProgramme(Placements.OTHER_JOBCOACH);
        Map<String, Object> before = state(s);
        String jos = TestTokens.jobcoach();
        String callEtag = as(TestTokens.rotterdam()).get("/api/follow-up-calls/" + s.call()).then().statusCode(200)
                .extract().header("ETag");

        notFound(as(jos).get("/api/candidates/" + s.candidate()));
        emptyPage(as(jos).queryParam("q", s.marker()).queryParam("status", "PLACED").get("/api/candidates"));
        notFound(as(jos).get("/api/matches/" + s.match()));
        notFound(as(jos).get("/api/matches/" + s.match() + "/events"));
        emptyPage(as(jos).queryParam("candidateId", s.candidate()).get("/api/matches"));
        notFound(as(jos).get("/api/placements/" + s.placement()));
        // asking for the other jobcoach's work by name does not widen what a jobcoach sees
        emptyPage(as(jos).queryParam("jobcoach", Placements.OTHER_JOBCOACH).get("/api/placements"));
        emptyPage(as(jos).queryParam("assignee", Placements.OTHER_JOBCOACH).queryParam("placementId", s.placement())
                .get("/api/follow-up-calls"));
        notFound(as(jos).get("/api/placements/" + s.placement() + "/follow-up-calls"));
        notFound(as(jos).get("/api/follow-up-calls/" + s.call()));
        notFound(as(jos).header("If-Match", callEtag).body(FollowUpCalls.done("AT_RISK")).post("/api/follow-up-calls/" + s.call() + "/log"));
        notFound(as(jos).body(FollowUpCalls.notReached()).post("/api/follow-up-calls/" + s.call() + "/log"));
        notFound(as(jos).body(Map.of("dueDate", Placements.today().toString()))
                .post("/api/placements/" + s.placement() + "/follow-up-calls"));
        emptyPage(as(jos).queryParam("placementId", s.placement()).get("/api/follow-up-calls"));

        // no call logged, no retry or extra call, no AT_RISK flag, no audit event for the refused reads
        assertEquals(before, state(s));
        // while Jet, whose placement it is, reads all of it
        as(TestTokens.jobcoach(Placements.OTHER_JOBCOACH)).get("/api/follow-up-calls/" + s.call()).then().statusCode(200)
                .header("ETag", callEtag);
        as(TestTokens.jobcoach(Placements.OTHER_JOBCOACH)).queryParam("q", s.marker()).queryParam("status", "PLACED")
                .get("/api/candidates").then().statusCode(200).body("items[0].id", org.hamcrest.Matchers.equalTo(s.candidate()));
    }

    @Test
    void aCalendarLinkStopsWhenItIsRevokedAndWhenItsJobcoachIsGone() {
        String coach = Candidates.word("coach");
        KeycloakAdminStub.addJobcoaches(coach);
        Subject s = rotterdamCandidateInTheProgramme(coach);
        String token = TestTokens.jobcoach(coach);
        String feed = URI.create(as(token).post("/api/calendar-feed").then().statusCode(201).extract().<String>path("url")).getPath();
        assertTrue(given().get(feed).then().statusCode(200).extract().asString().contains("UID:" + s.call() + "@werkhub"));
        // the secret is the credential: the metrics, read by whoever runs the monitoring, must not repeat
        // the path it was read on
        String secret = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
        String metrics = given().auth().oauth2(TestTokens.monitoring()).get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("/calendar/"), "the feed's requests are counted");
        assertFalse(metrics.contains(secret), "the calendar token is in /q/metrics");
        Map<String, Object> before = state(s);

        // the jobcoach leaves: Keycloak no longer lists them (once the directory's cache has expired)
        KeycloakAdminStub.reset();
        directory.invalidate();
        notFound(given().get(feed));
        // a disabled account is gone as well
        KeycloakAdminStub.users("[{\"username\":\"" + coach + "\",\"enabled\":false}]");
        directory.invalidate();
        notFound(given().get(feed));
        // back again: the link was kept, so it works again
        KeycloakAdminStub.reset();
        KeycloakAdminStub.addJobcoaches(coach);
        directory.invalidate();
        given().get(feed).then().statusCode(200);
        // Keycloak down: a jobcoach in the cached list keeps the feed; with nothing cached it is the
        // directory's 503, never the calendar
        KeycloakAdminStub.keycloakDown();
        given().get(feed).then().statusCode(200);
        directory.invalidate();
        assertProblem(given().get(feed).then(), 503, "directory-unavailable");
        KeycloakAdminStub.reset();
        KeycloakAdminStub.addJobcoaches(coach);
        directory.invalidate();

        // revoked by the jobcoach: the link is dead, whoever still has it
        as(token).delete("/api/calendar-feed").then().statusCode(204);
        notFound(given().get(feed));
        notFound(given().auth().oauth2(token).get(feed));

        // reading a feed changes nothing, refused or not
        assertEquals(before, state(s));
    }
}
