package nl.werkhub.vacancy;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.createVacancy;
import static nl.werkhub.testsupport.Api.marker;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class VacancyResourceTest {

    @Inject
    VacancyRepository repository;

    @Test
    void createIsDraftOwnedByTheCaller() {
        String employerId = createEmployer();
        Map<String, Object> body = vacancy(employerId, " Medewerker bakkerij ");
        Response response = as(TestTokens.consultant()).body(body).post("/api/vacancies");
        response.then().statusCode(201)
                .header("Location", endsWith("/api/vacancies/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Medewerker bakkerij"))
                .body("postcode", equalTo("3011 AB"))
                .body("employerId", equalTo(employerId))
                .body("employerName", notNullValue())
                .body("latitude", equalTo(51.92f))
                .body("longitude", equalTo(4.48f))
                .body("hoursPerWeekMin", equalTo(24))
                .body("hoursPerWeekMax", equalTo(32))
                .body("contractType", equalTo("TEMPORARY"))
                .body("startDate", equalTo("2026-03-01"))
                .body("positions", equalTo(2))
                .body("dutchLevel", equalTo("A2"))
                .body("drivingLicenceRequired", equalTo(false))
                .body("ownerId", equalTo("c-0001"))
                .body("ownerName", equalTo("connie.consultant"))
                .body("createdBy", equalTo("connie.consultant"))
                .body("updatedBy", equalTo("connie.consultant"))
                .body("version", equalTo(0));
        as(TestTokens.jobcoach()).get("/api/vacancies/" + response.path("id")).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("Medewerker bakkerij"));
    }

    @Test
    void optionalFieldsMayBeAbsent() {
        Map<String, Object> body = vacancy(createEmployer(), "Minimaal");
        body.remove("latitude");
        body.remove("longitude");
        body.remove("startDate");
        body.remove("dutchLevel");
        as(TestTokens.admin()).body(body).post("/api/vacancies").then().statusCode(201)
                .body("latitude", nullValue()).body("startDate", nullValue()).body("dutchLevel", nullValue())
                .body("ownerName", equalTo("adam.admin"));
    }

    @Test
    void crossFieldRulesAre422NamingTheField() {
        String employerId = createEmployer();
        long before = count();
        Map<String, Object> hours = vacancy(employerId, "Uren");
        hours.put("hoursPerWeekMin", 40);
        hours.put("hoursPerWeekMax", 20);
        assertProblem(as(TestTokens.consultant()).body(hours).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("hoursPerWeekMax"));

        Map<String, Object> latOnly = vacancy(employerId, "Alleen lat");
        latOnly.remove("longitude");
        assertProblem(as(TestTokens.consultant()).body(latOnly).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("longitude"));

        Map<String, Object> lonOnly = vacancy(employerId, "Alleen lon");
        lonOnly.remove("latitude");
        assertProblem(as(TestTokens.consultant()).body(lonOnly).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", contains("latitude"));
        assertEquals(before, count());
    }

    @Test
    void fieldRulesListEveryViolation() {
        Map<String, Object> body = vacancy(createEmployer(), "");
        body.put("description", "x".repeat(10001));
        body.put("latitude", 48.0);
        body.put("longitude", 8.0);
        body.put("hoursPerWeekMin", 0);
        body.put("hoursPerWeekMax", 61);
        body.put("positions", 101);
        body.put("postcode", "1234 SS");
        body.remove("contractType");
        body.remove("drivingLicenceRequired");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations.field", containsInAnyOrder("title", "description", "latitude", "longitude",
                        "hoursPerWeekMin", "hoursPerWeekMax", "positions", "postcode", "contractType",
                        "drivingLicenceRequired"));
    }

    @Test
    void unknownEmployerIs422AndMissingEmployerIdToo() {
        Map<String, Object> body = vacancy("00000000-0000-0000-0000-000000000000", "Geen werkgever");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations[0].field", equalTo("employerId"));
        body.remove("employerId");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/vacancies").then(), 422, "validation-failed")
                .body("violations[0].field", equalTo("employerId"));
    }

    @Test
    void updateNeedsIfMatchAndChangesData() {
        String employerId = createEmployer();
        String id = createVacancy(employerId, "Oud");
        Map<String, Object> body = vacancy(employerId, "Nieuw");
        body.put("hoursPerWeekMax", 40);

        assertProblem(as(TestTokens.consultant()).body(body).put("/api/vacancies/" + id).then(), 428, "precondition-required");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"3\"").body(body).put("/api/vacancies/" + id).then(),
                412, "precondition-failed");
        as(TestTokens.admin()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Nieuw")).body("hoursPerWeekMax", equalTo(40))
                .body("status", equalTo("DRAFT"))
                .body("ownerName", equalTo("connie.consultant"))
                .body("updatedBy", equalTo("adam.admin"));
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id).then(),
                412, "precondition-failed");
    }

    /** A vacancy cannot have fewer positions than people working on it now; equal is fine. */
    @Test
    void positionsCannotGoBelowTheActivePlacements() {
        String id = Matches.openVacancy(3);
        Matches.inStatus(id, "PLACED");
        Matches.inStatus(id, "PLACED");
        io.restassured.response.Response before = as(TestTokens.consultant()).get("/api/vacancies/" + id);
        Map<String, Object> body = vacancy(before.path("employerId"), before.path("title"));
        body.put("positions", 1);
        assertProblem(as(TestTokens.consultant()).header("If-Match", before.header("ETag")).body(body)
                .put("/api/vacancies/" + id).then(), 422, "validation-failed")
                .body("violations[0].field", equalTo("positions"))
                .body("violations[0].message", containsString("2"));
        as(TestTokens.consultant()).get("/api/vacancies/" + id).then().header("ETag", before.header("ETag"))
                .body("positions", equalTo(3));
        body.put("positions", 2);
        as(TestTokens.consultant()).header("If-Match", before.header("ETag")).body(body).put("/api/vacancies/" + id)
                .then().statusCode(200).body("positions", equalTo(2));
    }

    @Test
    void movingAVacancyToAnArchivedEmployerIs409() {
        String id = createVacancy(createEmployer(), "Verhuizen");
        String archived = createEmployer();
        as(TestTokens.consultant()).post("/api/employers/" + archived + "/archive").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(vacancy(archived, "Verhuizen"))
                .put("/api/vacancies/" + id).then(), 409, "conflict");
    }

    @Test
    void everyLegalTransition() {
        String employerId = createEmployer();
        List<List<String>> paths = List.of(
                List.of("OPEN", "ON_HOLD", "OPEN", "FILLED"),
                List.of("OPEN", "CLOSED"),
                List.of("OPEN", "ON_HOLD", "CLOSED"),
                List.of("CLOSED"));
        for (List<String> path : paths) {
            String id = createVacancy(employerId, "Pad " + path);
            int version = 0;
            for (String status : path) {
                version++;
                as(TestTokens.consultant()).body(Map.of("status", status)).post("/api/vacancies/" + id + "/status").then()
                        .statusCode(200)
                        .header("ETag", "\"" + version + "\"")
                        .body("status", equalTo(status));
            }
        }
    }

    @Test
    void illegalTransitionsAre409NamingBothStates() {
        String employerId = createEmployer();
        String draft = createVacancy(employerId, "Concept");
        for (String target : List.of("DRAFT", "ON_HOLD", "FILLED")) {
            assertProblem(as(TestTokens.consultant()).body(Map.of("status", target)).post("/api/vacancies/" + draft + "/status")
                    .then(), 409, "conflict").body("detail", containsString("DRAFT")).body("detail", containsString(target));
        }
        String closed = createVacancy(employerId, "Gesloten");
        as(TestTokens.consultant()).body(Map.of("status", "CLOSED")).post("/api/vacancies/" + closed + "/status").then()
                .statusCode(200);
        for (String target : List.of("OPEN", "DRAFT", "ON_HOLD", "FILLED", "CLOSED")) {
            assertProblem(as(TestTokens.consultant()).body(Map.of("status", target)).post("/api/vacancies/" + closed + "/status")
                    .then(), 409, "conflict").body("detail", containsString("CLOSED"));
        }
        String filled = createVacancy(employerId, "Vervuld");
        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + filled + "/status").then().statusCode(200);
        as(TestTokens.consultant()).body(Map.of("status", "FILLED")).post("/api/vacancies/" + filled + "/status").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + filled + "/status")
                .then(), 409, "conflict").body("detail", containsString("FILLED"));
        String open = createVacancy(employerId, "Open");
        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + open + "/status").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).body(Map.of("status", "DRAFT")).post("/api/vacancies/" + open + "/status")
                .then(), 409, "conflict");
    }

    @Test
    void statusChangeHonoursIfMatchAndValidatesBody() {
        String id = createVacancy(createEmployer(), "Status");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"5\"").body(Map.of("status", "OPEN"))
                .post("/api/vacancies/" + id + "/status").then(), 412, "precondition-failed");
        assertProblem(as(TestTokens.consultant()).body(Map.of("status", "PUBLISHED"))
                .post("/api/vacancies/" + id + "/status").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("status"));
        assertProblem(as(TestTokens.consultant()).body(Map.of()).post("/api/vacancies/" + id + "/status").then(), 422,
                "validation-failed").body("violations[0].field", equalTo("status"));
        as(TestTokens.consultant()).header("If-Match", "\"0\"").body(Map.of("status", "OPEN"))
                .post("/api/vacancies/" + id + "/status").then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void archivedEmployersVacanciesCannotBeOpenedButCanBeClosed() {
        String employerId = createEmployer();
        String draft = createVacancy(employerId, "Concept");
        String other = createVacancy(employerId, "Ander concept");
        as(TestTokens.consultant()).post("/api/employers/" + employerId + "/archive").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + draft + "/status")
                .then(), 409, "conflict");
        as(TestTokens.consultant()).body(Map.of("status", "CLOSED")).post("/api/vacancies/" + other + "/status").then()
                .statusCode(200);
    }

    @Test
    void onlyDraftsCanBeDeleted() {
        String employerId = createEmployer();
        String draft = createVacancy(employerId, "Weg");
        as(TestTokens.consultant()).delete("/api/vacancies/" + draft).then().statusCode(204);
        assertProblem(as(TestTokens.consultant()).get("/api/vacancies/" + draft).then(), 404, "not-found");

        String open = createVacancy(employerId, "Blijft");
        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + open + "/status").then().statusCode(200);
        assertProblem(as(TestTokens.consultant()).delete("/api/vacancies/" + open).then(), 409, "conflict")
                .body("detail", containsString("close it instead"));
        as(TestTokens.consultant()).get("/api/vacancies/" + open).then().statusCode(200);
        // the employer may be deleted once its only vacancy is gone
        String solo = createEmployer();
        String soloVacancy = createVacancy(solo, "Enige");
        as(TestTokens.consultant()).delete("/api/vacancies/" + soloVacancy).then().statusCode(204);
        as(TestTokens.consultant()).delete("/api/employers/" + solo).then().statusCode(204);
    }

    @Test
    void listPagesFiltersAndSorts() {
        String m = marker();
        String employerA = createEmployer();
        String employerB = createEmployer();
        String a1 = createVacancy(employerA, "Bakker " + m);
        String a2 = createVacancy(employerA, "Chauffeur " + m);
        createVacancy(employerA, "Administratief " + m);
        Map<String, Object> logistics = vacancy(employerB, "Orderpicker");
        logistics.put("sector", "LOGISTICS");
        logistics.put("description", "Orders verzamelen in het magazijn " + m.toUpperCase());
        logistics.put("startDate", "2026-01-15");
        as(TestTokens.consultant()).body(logistics).post("/api/vacancies").then().statusCode(201);
        as(TestTokens.consultant()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + a1 + "/status").then().statusCode(200);
        as(TestTokens.consultant()).body(Map.of("status", "CLOSED")).post("/api/vacancies/" + a2 + "/status").then().statusCode(200);

        // q matches title and description, case-insensitively
        as(TestTokens.jobcoach()).queryParam("q", m).queryParam("size", 3).get("/api/vacancies").then()
                .statusCode(200)
                .body("totalItems", equalTo(4)).body("totalPages", equalTo(2)).body("items", hasSize(3));
        // default sort createdAt,desc
        as(TestTokens.jobcoach()).queryParam("q", m).get("/api/vacancies").then()
                .body("items[0].title", equalTo("Orderpicker"))
                .body("items[3].title", equalTo("Bakker " + m));
        as(TestTokens.jobcoach()).queryParam("q", m).queryParam("sort", "title,asc").get("/api/vacancies").then()
                .body("items.title", contains("Administratief " + m, "Bakker " + m, "Chauffeur " + m, "Orderpicker"));
        as(TestTokens.jobcoach()).queryParam("q", m).queryParam("sort", "startDate,asc").get("/api/vacancies").then()
                .body("items[0].title", equalTo("Orderpicker"));
        // status may repeat
        as(TestTokens.consultant()).queryParam("q", m).queryParam("status", "OPEN").queryParam("status", "CLOSED")
                .get("/api/vacancies").then()
                .body("totalItems", equalTo(2)).body("items.status", containsInAnyOrder("OPEN", "CLOSED"));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("status", "DRAFT").get("/api/vacancies").then()
                .body("totalItems", equalTo(2));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("sector", "LOGISTICS").get("/api/vacancies").then()
                .body("totalItems", equalTo(1));
        as(TestTokens.consultant()).queryParam("employerId", employerA).get("/api/vacancies").then()
                .body("totalItems", equalTo(3));
        as(TestTokens.consultant()).queryParam("employerId", employerB).queryParam("q", m).get("/api/vacancies").then()
                .body("totalItems", equalTo(1)).body("items[0].employerId", equalTo(employerB));
    }

    @Test
    void badListParametersAre400() {
        assertProblem(as(TestTokens.consultant()).queryParam("sort", "salary,desc").get("/api/vacancies").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("sort"));
        assertProblem(as(TestTokens.consultant()).queryParam("size", 1000).get("/api/vacancies").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("size"));
        assertProblem(as(TestTokens.consultant()).queryParam("status", "OPEN").queryParam("status", "LIVE")
                .get("/api/vacancies").then(), 400, "malformed-request").body("violations[0].field", equalTo("status"));
        assertProblem(as(TestTokens.consultant()).queryParam("employerId", "123").get("/api/vacancies").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("employerId"));
    }

    @Test
    void roles() {
        String employerId = createEmployer();
        String id = createVacancy(employerId, "Rollen");
        Map<String, Object> body = vacancy(employerId, "Rollen");

        assertProblem(given().get("/api/vacancies").then(), 401, "unauthorized");
        assertProblem(given().get("/api/vacancies/" + id).then(), 401, "unauthorized");
        assertProblem(given().contentType("application/json").body(body).post("/api/vacancies").then(), 401, "unauthorized");
        assertProblem(given().contentType("application/json").body(body).put("/api/vacancies/" + id).then(), 401, "unauthorized");
        assertProblem(given().delete("/api/vacancies/" + id).then(), 401, "unauthorized");
        assertProblem(given().contentType("application/json").body(Map.of("status", "OPEN"))
                .post("/api/vacancies/" + id + "/status").then(), 401, "unauthorized");

        assertProblem(as(TestTokens.municipality()).get("/api/vacancies").then(), 403, "forbidden");
        assertProblem(as(TestTokens.municipality()).get("/api/vacancies/" + id).then(), 403, "forbidden");
        for (String token : List.of(TestTokens.jobcoach(), TestTokens.municipality())) {
            assertProblem(as(token).body(body).post("/api/vacancies").then(), 403, "forbidden");
            assertProblem(as(token).header("If-Match", "\"0\"").body(body).put("/api/vacancies/" + id).then(), 403, "forbidden");
            assertProblem(as(token).delete("/api/vacancies/" + id).then(), 403, "forbidden");
            assertProblem(as(token).body(Map.of("status", "OPEN")).post("/api/vacancies/" + id + "/status").then(), 403,
                    "forbidden");
        }
        as(TestTokens.jobcoach()).get("/api/vacancies").then().statusCode(200);
        as(TestTokens.jobcoach()).get("/api/vacancies/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        as(TestTokens.admin()).body(Map.of("status", "OPEN")).post("/api/vacancies/" + id + "/status").then().statusCode(200);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> repository.count());
    }
}
