package nl.werkhub.vacancy;

import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Vacancy talents (issue 4): stored, listed must-haves first, replaced on PUT, validated per item. */
@QuarkusTest
class VacancyTalentsTest {

    @Inject
    EntityManager em;

    private static Map<String, Object> talent(String code, String requirement, Integer minLevel) {
        Map<String, Object> t = new HashMap<>();
        t.put("code", code);
        t.put("requirement", requirement);
        if (minLevel != null) {
            t.put("minLevel", minLevel);
        }
        return t;
    }

    /**
     * GET reads a one-statement projection (VacancyReads), the writes answer from the entity: two
     * mappings of one response, so a field added to one and forgotten in the other must fail here.
     */
    @Test
    void getAnswersExactlyWhatTheWritesAnswered() {
        Map<String, Object> body = vacancy(createEmployer(), "Heftruckchauffeur");
        body.put("talents", List.of(talent("heftruckcertificaat", "MUST_HAVE", 3), talent("nauwkeurig", "NICE_TO_HAVE", 1)));
        Response created = as(TestTokens.consultant()).body(body).post("/api/vacancies");
        created.then().statusCode(201);
        Map<String, Object> afterCreate = created.jsonPath().getMap("");
        String id = created.path("id");
        assertEquals(afterCreate, as(TestTokens.consultant()).get("/api/vacancies/" + id).then().statusCode(200)
                .extract().jsonPath().getMap(""));

        body.remove("talents");
        body.remove("latitude");
        body.remove("longitude");
        body.remove("dutchLevel");
        Response updated = as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id);
        updated.then().statusCode(200);
        assertEquals(updated.jsonPath().getMap(""), as(TestTokens.consultant()).get("/api/vacancies/" + id).then()
                .statusCode(200).extract().jsonPath().getMap(""));
    }

    @Test
    void talentsAreStoredAndListedMustHavesFirstThenByCode() {
        Map<String, Object> body = vacancy(createEmployer(), "Magazijnmedewerker");
        body.put("talents", List.of(
                talent("nauwkeurig", "NICE_TO_HAVE", null),
                talent("vca-basis", "MUST_HAVE", 1),
                talent("heftruckcertificaat", "MUST_HAVE", 3)));
        Response created = as(TestTokens.consultant()).body(body).post("/api/vacancies");
        created.then().statusCode(201)
                .body("talents.code", contains("heftruckcertificaat", "vca-basis", "nauwkeurig"))
                .body("talents.requirement", contains("MUST_HAVE", "MUST_HAVE", "NICE_TO_HAVE"))
                .body("talents.minLevel", contains(3, 1, 1))
                .body("talents[0].labelNl", equalTo("Heftruckcertificaat"))
                .body("talents[0].category", equalTo("CERTIFICATE"))
                .body("talents[0].retired", equalTo(false));
        String id = created.path("id");
        as(TestTokens.jobcoach()).get("/api/vacancies/" + id).then().statusCode(200)
                .body("talents.code", contains("heftruckcertificaat", "vca-basis", "nauwkeurig"));
        as(TestTokens.consultant()).queryParam("q", "Magazijnmedewerker").queryParam("size", 100).get("/api/vacancies")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.talents", hasSize(3));
        assertEquals(List.of(List.of("heftruckcertificaat", "nauwkeurig", "vca-basis"),
                List.of("heftruckcertificaat", "vca-basis")), denormalised(id));
    }

    @Test
    void putReplacesTheTalentsAndAbsentMeansNone() {
        Map<String, Object> body = vacancy(createEmployer(), "Kok");
        body.put("talents", List.of(talent("koken", "MUST_HAVE", 2), talent("hygienisch-werken", "NICE_TO_HAVE", 1)));
        Response created = as(TestTokens.consultant()).body(body).post("/api/vacancies");
        String id = created.then().statusCode(201).extract().path("id");

        body.put("talents", List.of(talent("koken", "NICE_TO_HAVE", 4), talent("bhv", "MUST_HAVE", 1)));
        as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id)
                .then().statusCode(200)
                .body("talents.code", contains("bhv", "koken"))
                .body("talents.requirement", contains("MUST_HAVE", "NICE_TO_HAVE"))
                .body("talents.minLevel", contains(1, 4))
                .body("version", equalTo(1));
        assertEquals(List.of(List.of("bhv", "koken"), List.of("bhv")), denormalised(id));

        body.remove("talents");
        as(TestTokens.consultant()).header("If-Match", "\"1\"").body(body).put("/api/vacancies/" + id)
                .then().statusCode(200).body("talents", hasSize(0));
        assertEquals(List.of(List.of(), List.of()), denormalised(id));
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from vacancy_talent where vacancy_id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult()).longValue());
        assertEquals(0, rows);
    }

    @Test
    void eachItemIsValidatedAndNamedByItsIndex() {
        String employerId = createEmployer();
        Map<String, Object> body = vacancy(employerId, "Fout");
        List<Object> talents = new ArrayList<>();
        talents.add(talent("bhv", "MUST_HAVE", 0));
        talents.add(talent("Geen Code", "NICE_TO_HAVE", 1));
        talents.add(talent("koken", null, 6));
        talents.add(null);
        talents.add(talent("bhv", "NICE_TO_HAVE", 1));
        body.put("talents", talents);
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", containsInAnyOrder("talents[0].minLevel", "talents[1].code",
                        "talents[2].requirement", "talents[2].minLevel", "talents[3]", "talents[4].code"));
    }

    @Test
    void unknownCodesAre422NamingTheItem() {
        Map<String, Object> body = vacancy(createEmployer(), "Onbekend");
        body.put("talents", List.of(talent("bhv", "MUST_HAVE", 1), talent("bestaat-niet", "NICE_TO_HAVE", 1)));
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("talents[1].code"));
    }

    @Test
    void atMostThirtyTalents() {
        List<String> codes = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> c = em.createNativeQuery("select code from talent where not retired order by code limit 31")
                    .getResultList();
            return c;
        });
        Map<String, Object> body = vacancy(createEmployer(), "Veel");
        body.put("talents", codes.stream().map(c -> talent(c, "NICE_TO_HAVE", 1)).toList());
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("talents"));
        body.put("talents", codes.subList(0, 30).stream().map(c -> talent(c, "NICE_TO_HAVE", 1)).toList());
        as(TestTokens.consultant()).body(body).post("/api/vacancies").then().statusCode(201).body("talents", hasSize(30));
    }

    @Test
    void aRetiredTalentStaysButCannotBeAdded() {
        String kept = Candidates.newTalent("vac", "VOCATIONAL_SKILL", false);
        Map<String, Object> body = vacancy(createEmployer(), "Met vervallen talent");
        body.put("talents", List.of(talent(kept, "MUST_HAVE", 2)));
        String id = as(TestTokens.consultant()).body(body).post("/api/vacancies").then().statusCode(201)
                .extract().path("id");
        Candidates.retireTalent(kept);
        String retiredElsewhere = Candidates.newTalent("vac", "VOCATIONAL_SKILL", true);

        // kept (even at another level) is fine; adding another retired talent is not
        body.put("talents", List.of(talent(kept, "NICE_TO_HAVE", 3), talent(retiredElsewhere, "NICE_TO_HAVE", 1)));
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id)
                .then(), 422, "validation-failed")
                .body("violations.field", contains("talents[1].code"));
        body.put("talents", List.of(talent(kept, "NICE_TO_HAVE", 3)));
        as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id)
                .then().statusCode(200).body("talents[0].retired", equalTo(true)).body("talents[0].minLevel", equalTo(3));
        // and a new vacancy cannot have it
        Map<String, Object> other = vacancy(createEmployer(), "Nieuw");
        other.put("talents", List.of(talent(kept, "MUST_HAVE", 1)));
        assertProblem(as(TestTokens.consultant()).body(other).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("talents[0].code"));
    }

    @Test
    void unknownRequirementIsMalformed() {
        Map<String, Object> body = vacancy(createEmployer(), "Enum");
        body.put("talents", List.of(talent("bhv", "SOMETIMES", 1)));
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 400, "malformed-request");
    }

    /** The candidate's talent_levels follow talent_codes (same order), written by the intake. */
    @Test
    void candidateLevelsFollowTheirCodes() {
        Map<String, Object> profile = Candidates.profile();
        profile.put("talents", List.of(Candidates.talent("vca-basis", 2), Candidates.talent("bhv", 5),
                Candidates.talent("koken", 3)));
        String id = Candidates.create("rotterdam", Candidates.clientNumber("LVL"), profile);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select array_to_string(talent_codes, ','), array_to_string(talent_levels, ',') from candidate where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        assertEquals("bhv,koken,vca-basis", row[0]);
        assertEquals("5,3,2", row[1]);
    }

    private List<List<String>> denormalised(String id) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select array_to_string(talent_codes, ','), array_to_string(must_have_codes, ',') from vacancy where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        return List.of(split(row[0]), split(row[1]));
    }

    private static List<String> split(Object joined) {
        String s = (String) joined;
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }
}
