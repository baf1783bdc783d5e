package nl.werkhub.audit;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.path;
import static nl.werkhub.testsupport.Candidates.profile;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AuditEventTest {

    private static Response events(String token, Object... params) {
        var request = as(token).queryParam("size", 100);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/audit-events");
    }

    private static List<String> actions(Response response) {
        response.then().statusCode(200);
        return response.jsonPath().getList("items.action", String.class);
    }

    @Test
    void everyWriteAndEveryReadByConsultantsAndJobcoachesIsRecorded() {
        String number = clientNumber("AUD");
        String lastName = Candidates.word("Audit");
        String coach = Candidates.word("coach");
        Map<String, Object> body = profile();
        body.put("lastName", lastName);
        body.put("motivation", "Ik wil werken als " + lastName);
        body.put("jobcoach", coach);
        String id = Candidates.create("rotterdam", number, body);
        // unchanged: no event
        Candidates.create("rotterdam", number, body);
        body.put("hoursPerWeekMax", 40);
        Candidates.create("rotterdam", number, body);
        // municipal reads are not audited (it is the municipality's own data)
        as(TestTokens.rotterdam()).get(path("rotterdam", number)).then().statusCode(200);

        as(TestTokens.consultant()).get("/api/candidates/" + id).then().statusCode(200);
        as(TestTokens.jobcoach(coach)).get("/api/candidates/" + id).then().statusCode(200);
        as(TestTokens.consultant()).queryParam("q", lastName).get("/api/candidates").then().statusCode(200)
                .body("items.id", contains(id));
        // a read that is refused is not a read of the profile
        as(TestTokens.jobcoach(Candidates.word("ander"))).get("/api/candidates/" + id).then().statusCode(404);

        Response log = events(TestTokens.admin(), "candidateId", id, "sort", "occurredAt,asc");
        assertEquals(List.of("CREATED", "UPDATED", "READ", "READ", "SEARCH_HIT"), actions(log));
        log.then()
                .body("items[0].actor", equalTo("service-account-gemeente-rotterdam"))
                .body("items[0].actorRole", equalTo("municipality"))
                .body("items[0].route", equalTo("PUT /api/municipalities/{code}/candidates/{clientNumber}"))
                .body("items[0].municipalityCode", equalTo("rotterdam"))
                .body("items[0].candidateId", equalTo(id))
                .body("items[2].actor", equalTo("connie.consultant"))
                .body("items[2].actorRole", equalTo("consultant"))
                .body("items[2].route", equalTo("GET /api/candidates/{id}"))
                .body("items[3].actor", equalTo(coach))
                .body("items[3].actorRole", equalTo("jobcoach"))
                .body("items[4].route", equalTo("GET /api/candidates"));
        assertEquals(Set.of("id", "occurredAt", "actor", "actorRole", "action", "candidateId", "municipalityCode", "route"),
                log.jsonPath().getMap("items[0]").keySet());
        String raw = log.asString();
        for (String personal : List.of(lastName, number, "Sanne", "sanne.verbeek@example.nl", "3072", "1990-05-03")) {
            assertFalse(raw.contains(personal), personal);
        }
    }

    @Test
    void aSearchPageIsRecordedAsOneHitPerProfile() {
        String marker = Candidates.word("treffer");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = profile();
            body.put("motivation", "Werk als " + marker);
            ids.add(Candidates.create(i == 2 ? "capelle" : "rotterdam", clientNumber("AUD"), body));
        }
        Instant before = Instant.now().minusSeconds(1);
        as(TestTokens.consultant()).queryParam("q", marker).queryParam("size", 2).get("/api/candidates").then()
                .statusCode(200);
        Response hits = events(TestTokens.admin(), "action", "SEARCH_HIT", "from", before.toString());
        List<String> hitIds = hits.jsonPath().getList("items.candidateId", String.class);
        assertEquals(2, hitIds.stream().filter(ids::contains).count(), "only the page that was shown is recorded");
    }

    @Test
    void aMunicipalitySeesOnlyEventsOfItsOwnCandidates() {
        String rotterdamId = Candidates.create("rotterdam", clientNumber("AUD"), profile());
        String capelleId = Candidates.create("capelle", clientNumber("AUD"), profile());
        as(TestTokens.consultant()).get("/api/candidates/" + rotterdamId).then().statusCode(200);
        as(TestTokens.consultant()).get("/api/candidates/" + capelleId).then().statusCode(200);

        assertEquals(List.of("READ", "CREATED"), actions(events(TestTokens.rotterdam(), "candidateId", rotterdamId)));
        assertEquals(List.of(), actions(events(TestTokens.rotterdam(), "candidateId", capelleId)));
        assertEquals(List.of(), actions(events(TestTokens.rotterdam(), "candidateId", capelleId, "municipality", "capelle")));
        assertEquals(List.of("READ", "CREATED"), actions(events(TestTokens.capelle(), "candidateId", capelleId)));
        assertEquals(List.of(), actions(events(TestTokens.municipalityWithoutClaim(), "candidateId", capelleId)));

        Response own = events(TestTokens.rotterdam(), "from", Instant.now().minusSeconds(600).toString());
        assertTrue(own.jsonPath().getList("items.municipalityCode", String.class).stream().allMatch("rotterdam"::equals));
        // admins see everything, and can filter by municipality
        assertEquals(List.of("READ", "CREATED"), actions(events(TestTokens.admin(), "candidateId", capelleId)));
        Response capelleOnly = events(TestTokens.admin(), "municipality", "capelle", "from",
                Instant.now().minusSeconds(600).toString());
        assertTrue(capelleOnly.jsonPath().getList("items.municipalityCode", String.class).stream().allMatch("capelle"::equals));
    }

    @Test
    void filtersAndPaging() {
        String id = Candidates.create("rotterdam", clientNumber("AUD"), profile());
        for (int i = 0; i < 3; i++) {
            as(TestTokens.consultant()).get("/api/candidates/" + id).then().statusCode(200);
        }
        Response first = as(TestTokens.admin()).queryParam("candidateId", id).queryParam("size", 2).get("/api/audit-events");
        first.then().statusCode(200).body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("items.action", contains("READ", "READ"));
        as(TestTokens.admin()).queryParam("candidateId", id).queryParam("size", 2).queryParam("page", 1)
                .get("/api/audit-events").then().statusCode(200).body("items.action", contains("READ", "CREATED"));
        assertEquals(List.of("CREATED"), actions(events(TestTokens.admin(), "candidateId", id, "action", "CREATED")));
        assertEquals(List.of(), actions(events(TestTokens.admin(), "candidateId", id, "to", "2000-01-01T00:00:00Z")));
        assertEquals(4, actions(events(TestTokens.admin(), "candidateId", id, "from", "2000-01-01T00:00:00+01:00")).size());

        assertProblem(as(TestTokens.admin()).queryParam("candidateId", "nee").get("/api/audit-events").then(), 400,
                "malformed-request").body("violations.field", contains("candidateId"));
        assertProblem(as(TestTokens.admin()).queryParam("from", "gisteren").get("/api/audit-events").then(), 400,
                "malformed-request").body("violations.field", contains("from"));
        assertProblem(as(TestTokens.admin()).queryParam("action", "LOOKED").get("/api/audit-events").then(), 400,
                "malformed-request");
        assertProblem(as(TestTokens.admin()).queryParam("sort", "actor").get("/api/audit-events").then(), 400,
                "malformed-request");
    }

    @Test
    void consultantsAndJobcoachesMayNotReadTheLog() {
        assertProblem(as(TestTokens.consultant()).get("/api/audit-events").then(), 403, "forbidden");
        assertProblem(as(TestTokens.jobcoach()).get("/api/audit-events").then(), 403, "forbidden");
    }
}
