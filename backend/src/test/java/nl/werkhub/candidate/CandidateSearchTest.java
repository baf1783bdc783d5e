package nl.werkhub.candidate;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Candidates.clientNumber;
import static nl.werkhub.testsupport.Candidates.profile;
import static nl.werkhub.testsupport.Candidates.talent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The consultant and jobcoach views and the search. Every search here is scoped to this class's own
 * profiles by a full-text marker word or by talents only this class uses, so other tests' data in
 * the shared database do not matter.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateSearchTest {

    /** What consultants and jobcoaches must never receive. */
    static final Set<String> HIDDEN_KEYS = Set.of("clientNumber", "gender", "birthDate", "postcode", "latitude",
            "longitude", "consent", "version", "createdAt");

    static final Set<String> CONSULTANT_KEYS = Set.of("id", "municipalityCode", "municipalityName", "firstName",
            "lastName", "email", "phone", "postcodeArea", "targetGroups", "talents", "interests", "motivation",
            "preferredSectors", "preferredOccupations", "hoursPerWeekMin", "hoursPerWeekMax", "availableFrom",
            "maxTravelDistanceKm", "drivingLicence", "dutchLevel", "status", "jobcoach", "updatedAt");

    String marker;
    String welding;
    String forklift;
    String coach;
    final Map<String, String> ids = new LinkedHashMap<>();

    /** A profile for this class, findable with q=marker. */
    private String create(String key, String municipality, Map<String, Object> changes) {
        Map<String, Object> body = profile();
        body.put("lastName", key);
        body.put("motivation", "Ik zoek werk als " + marker + " in de regio.");
        body.put("jobcoach", coach);
        body.putAll(changes);
        String id = Candidates.create(municipality, clientNumber("SRCH"), body);
        ids.put(key, id);
        return id;
    }

    /** Once per class; in @BeforeEach because REST Assured knows the test port only there. */
    @BeforeEach
    void profiles() {
        if (marker != null) {
            return;
        }
        marker = Candidates.word("zoekwoord");
        coach = Candidates.word("coach");
        welding = Candidates.newTalent("lassen", "VOCATIONAL_SKILL", false);
        forklift = Candidates.newTalent("heftruck", "CERTIFICATE", false);
        create("Anna", "rotterdam", Map.of("talents", List.of(talent(welding, 4), talent(forklift, 2)),
                "hoursPerWeekMin", 32, "hoursPerWeekMax", 40, "availableFrom", "2026-02-01",
                "targetGroups", List.of("BANENAFSPRAAK"), "postcode", "3072 AP"));
        Map<String, Object> bram = new LinkedHashMap<>(Map.of("talents", List.of(talent(welding, 2)), "hoursPerWeekMin", 8,
                "hoursPerWeekMax", 16, "targetGroups", List.of("BBL", "PRAKTIJKROUTE")));
        bram.put("availableFrom", null);
        create("Bram", "rotterdam", bram);
        Map<String, Object> carla = new LinkedHashMap<>(Map.of("talents", List.of(talent(forklift, 5)),
                "hoursPerWeekMin", 20, "hoursPerWeekMax", 24, "availableFrom", "2026-06-01",
                "interests", "Koken en bakken, het liefst in een grote keuken."));
        create("Carla", "capelle", carla);
        create("Dirk", "capelle", Map.of("status", "PAUSED", "talents", List.of(talent(welding, 5))));
        create("Eva", "rotterdam", Map.of("consent", false, "talents", List.of(talent(welding, 5))));
        create("Frits", "rotterdam", Map.of("jobcoach", "iemand-anders", "talents", List.of(talent(forklift, 3))));
    }

    private Response search(String token, Object... params) {
        var request = as(token).queryParam("q", marker).queryParam("size", 100);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        Response response = request.get("/api/candidates");
        response.then().statusCode(200);
        return response;
    }

    private List<String> names(Response response) {
        return response.jsonPath().getList("items.lastName", String.class);
    }

    private List<String> sortedNames(String token, Object... params) {
        List<String> names = new ArrayList<>(names(search(token, params)));
        names.sort(null);
        return names;
    }

    @Test
    void consultantsSeeTheLimitedViewAndNothingElse() {
        Response response = as(TestTokens.consultant()).get("/api/candidates/" + ids.get("Anna"));
        response.then().statusCode(200).header("ETag", "\"0\"")
                .body("postcodeArea", equalTo("3072"))
                .body("municipalityCode", equalTo("rotterdam"))
                .body("municipalityName", equalTo("Rotterdam"))
                .body("talents", hasSize(2))
                .body("talents.code", contains(forklift.compareTo(welding) < 0
                        ? new String[] { forklift, welding } : new String[] { welding, forklift }));
        Map<String, Object> json = response.jsonPath().getMap("$");
        assertEquals(CONSULTANT_KEYS, json.keySet());
        for (String hidden : HIDDEN_KEYS) {
            assertFalse(json.containsKey(hidden), hidden);
        }
        String raw = response.asString();
        assertFalse(raw.contains("3072 AP"), raw);
        assertFalse(raw.contains("1990-05-03"), raw);
        assertFalse(raw.contains("FEMALE"), raw);

        // the same limited view in a search page
        Response page = search(TestTokens.consultant());
        List<Map<String, Object>> items = page.jsonPath().getList("items");
        assertFalse(items.isEmpty());
        for (Map<String, Object> item : items) {
            for (String hidden : HIDDEN_KEYS) {
                assertFalse(item.containsKey(hidden), hidden + " in " + item);
            }
            assertTrue(CONSULTANT_KEYS.containsAll(item.keySet()), item.keySet().toString());
        }
    }

    @Test
    void withoutConsentAProfileIsInvisibleToConsultants() {
        assertProblem(as(TestTokens.consultant()).get("/api/candidates/" + ids.get("Eva")).then(), 404, "not-found");
        assertFalse(names(search(TestTokens.consultant(), "status", "ACTIVE,PAUSED,PLACED,WITHDRAWN")).contains("Eva"));
        // an unknown id looks the same
        Response unknown = as(TestTokens.consultant()).get("/api/candidates/" + java.util.UUID.randomUUID());
        assertProblem(unknown.then(), 404, "not-found");
        Response hidden = as(TestTokens.consultant()).get("/api/candidates/" + ids.get("Eva"));
        assertEquals(unknown.jsonPath().getString("detail"), hidden.jsonPath().getString("detail"));
    }

    @Test
    void jobcoachesSeeTheirAssignedProfilesOnlyIncludingThoseWithoutConsent() {
        String token = TestTokens.jobcoach(coach);
        assertEquals(List.of("Anna", "Bram", "Carla", "Eva"), sortedNames(token));
        as(token).get("/api/candidates/" + ids.get("Eva")).then().statusCode(200).body("jobcoach", equalTo(coach));
        Map<String, Object> json = as(token).get("/api/candidates/" + ids.get("Anna")).jsonPath().getMap("$");
        assertEquals(CONSULTANT_KEYS, json.keySet());
        assertProblem(as(token).get("/api/candidates/" + ids.get("Frits")).then(), 404, "not-found");
        // another jobcoach sees none of them
        assertEquals(List.of(), sortedNames(TestTokens.jobcoach(Candidates.word("ander"))));
        assertProblem(as(TestTokens.jobcoach(Candidates.word("ander"))).get("/api/candidates/" + ids.get("Anna")).then(),
                404, "not-found");
    }

    @Test
    void statusDefaultsToActive() {
        assertEquals(List.of("Anna", "Bram", "Carla", "Frits"), sortedNames(TestTokens.consultant()));
        assertEquals(List.of("Dirk"), sortedNames(TestTokens.consultant(), "status", "PAUSED"));
        assertEquals(List.of("Anna", "Bram", "Carla", "Dirk", "Frits"),
                sortedNames(TestTokens.consultant(), "status", "ACTIVE", "status", "PAUSED"));
        assertProblem(as(TestTokens.consultant()).queryParam("status", "GONE").get("/api/candidates").then(), 400,
                "malformed-request");
    }

    @Test
    void talentsAnyAllAndMinimumLevel() {
        String c = TestTokens.consultant();
        assertEquals(List.of("Anna", "Bram"), sortedNames(c, "talents", welding));
        assertEquals(List.of("Anna", "Bram", "Carla", "Frits"), sortedNames(c, "talents", welding + "," + forklift));
        assertEquals(List.of("Anna", "Bram", "Carla", "Frits"),
                sortedNames(c, "talents", welding, "talents", forklift, "talentMatch", "ANY"));
        assertEquals(List.of("Anna"), sortedNames(c, "talents", welding + "," + forklift, "talentMatch", "ALL"));
        // minLevel applies to each listed talent
        assertEquals(List.of("Anna"), sortedNames(c, "talents", welding, "minLevel", 3));
        assertEquals(List.of("Anna", "Carla", "Frits"), sortedNames(c, "talents", welding + "," + forklift, "minLevel", 3));
        assertEquals(List.of("Carla"), sortedNames(c, "talents", welding + "," + forklift, "minLevel", 5));
        assertEquals(List.of(), sortedNames(c, "talents", welding + "," + forklift, "talentMatch", "ALL", "minLevel", 3));
        assertEquals(List.of("Anna"), sortedNames(c, "talents", welding + "," + forklift, "talentMatch", "ALL", "minLevel", 2));
        assertEquals(List.of(), sortedNames(c, "talents", "bestaat-niet"));
        assertProblem(as(c).queryParam("minLevel", 6).get("/api/candidates").then(), 400, "malformed-request")
                .body("violations.field", contains("minLevel"));
        assertProblem(as(c).queryParam("talentMatch", "SOME").get("/api/candidates").then(), 400, "malformed-request");
    }

    @Test
    void hoursOverlapAvailabilityTargetGroupAndMunicipality() {
        String c = TestTokens.consultant();
        // Anna 32-40, Bram 8-16, Carla 20-24, Frits 24-32
        assertEquals(List.of("Anna", "Carla", "Frits"), sortedNames(c, "hoursMin", 20, "hoursMax", 36));
        assertEquals(List.of("Bram"), sortedNames(c, "hoursMax", 16));
        assertEquals(List.of("Anna"), sortedNames(c, "hoursMin", 33));
        assertEquals(List.of("Anna", "Frits"), sortedNames(c, "hoursMin", 25, "hoursMax", 32));
        assertProblem(as(c).queryParam("hoursMin", 30).queryParam("hoursMax", 20).get("/api/candidates").then(), 400,
                "malformed-request").body("violations.field", contains("hoursMax"));
        assertProblem(as(c).queryParam("hoursMin", "veel").get("/api/candidates").then(), 400, "malformed-request");

        // Anna 2026-02-01, Bram none, Carla 2026-06-01, Frits 2026-01-01 (default)
        assertEquals(List.of("Anna", "Bram", "Frits"), sortedNames(c, "availableBy", "2026-02-01"));
        assertEquals(List.of("Bram", "Frits"), sortedNames(c, "availableBy", "2026-01-31"));
        assertEquals(List.of("Anna", "Bram", "Carla", "Frits"), sortedNames(c, "availableBy", "2026-06-01"));
        assertProblem(as(c).queryParam("availableBy", "1-2-2026").get("/api/candidates").then(), 400, "malformed-request");

        assertEquals(List.of("Bram"), sortedNames(c, "targetGroup", "BBL"));
        assertEquals(List.of("Anna", "Bram"), sortedNames(c, "targetGroup", "BANENAFSPRAAK,BBL"));
        assertEquals(List.of("Carla"), sortedNames(c, "municipality", "capelle"));
    }

    @Test
    void fullTextSearchIsDutch() {
        String c = TestTokens.consultant();
        // "Koken en bakken ... grote keuken" in Carla's interests; Dutch stemming and no case
        assertEquals(List.of("Carla"), names(as(c).queryParam("q", "keuken " + marker).queryParam("size", 100)
                .get("/api/candidates")));
        assertEquals(List.of("Carla"), names(as(c).queryParam("q", marker + " KOKEN").get("/api/candidates")));
        assertEquals(List.of("Carla"), names(as(c).queryParam("q", marker + " bak").get("/api/candidates")));
        // stop words are ignored rather than matched
        assertEquals(List.of("Carla"), names(as(c).queryParam("q", marker + " en het keuken").get("/api/candidates")));
        // websearch syntax: a phrase and a negation
        assertEquals(List.of("Carla"), names(as(c).queryParam("q", "\"grote keuken\" " + marker).get("/api/candidates")));
        assertFalse(names(as(c).queryParam("q", marker + " -keuken").queryParam("size", 100).get("/api/candidates"))
                .contains("Carla"));
        // odd input is no error
        as(c).queryParam("q", "\"( ) & | ! :*").get("/api/candidates").then().statusCode(200);
        assertProblem(as(c).queryParam("q", "x".repeat(201)).get("/api/candidates").then(), 400, "malformed-request");
    }

    @Test
    void sortingAndPaging() {
        String c = TestTokens.consultant();
        assertEquals(List.of("Anna", "Bram", "Carla", "Frits"), names(search(c, "sort", "lastName,asc")));
        assertEquals(List.of("Frits", "Carla", "Bram", "Anna"), names(search(c, "sort", "lastName,desc")));
        // by availableFrom: Frits 01-01, Anna 02-01, Carla 06-01, Bram none (last)
        assertEquals(List.of("Frits", "Anna", "Carla", "Bram"), names(search(c, "sort", "availableFrom,asc")));
        // default: most recently updated first
        assertEquals(List.of("Frits", "Carla", "Bram", "Anna"), names(search(c)));

        Response first = as(c).queryParam("q", marker).queryParam("size", 3).queryParam("sort", "lastName").get("/api/candidates");
        first.then().statusCode(200).body("totalItems", equalTo(4)).body("totalPages", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(3));
        assertEquals(List.of("Anna", "Bram", "Carla"), names(first));
        Response second = as(c).queryParam("q", marker).queryParam("size", 3).queryParam("page", 1)
                .queryParam("sort", "lastName").get("/api/candidates");
        assertEquals(List.of("Frits"), names(second));
        assertProblem(as(c).queryParam("sort", "birthDate").get("/api/candidates").then(), 400, "malformed-request")
                .body("violations.field", contains("sort"));
    }
}
