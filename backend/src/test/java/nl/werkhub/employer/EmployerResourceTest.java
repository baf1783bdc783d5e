package nl.werkhub.employer;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.createVacancy;
import static nl.werkhub.testsupport.Api.employer;
import static nl.werkhub.testsupport.Api.marker;
import static nl.werkhub.testsupport.Api.vacancy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class EmployerResourceTest {

    @Inject
    EmployerRepository repository;

    @Test
    void createAnswers201WithLocationEtagNormalisedDataAndAudit() {
        Map<String, Object> body = employer("  Bakkerij Test " + marker() + "  ");
        body.put("postcode", "3011ab");
        body.put("phone", " +31 6 12345678 ");
        Response response = as(TestTokens.consultant()).body(body).post("/api/employers");
        response.then().statusCode(201)
                .header("Location", endsWith("/api/employers/" + response.path("id")))
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("name", equalTo(((String) body.get("name")).trim()))
                .body("kvkNumber", equalTo(body.get("kvkNumber")))
                .body("postcode", equalTo("3011 AB"))
                .body("phone", equalTo("+31 6 12345678"))
                .body("municipalityCode", equalTo("rotterdam"))
                .body("municipalityName", equalTo("Rotterdam"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("connie.consultant"))
                .body("updatedBy", equalTo("connie.consultant"))
                .body("createdAt", notNullValue());

        String id = response.path("id");
        as(TestTokens.jobcoach()).get("/api/employers/" + id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("postcode", equalTo("3011 AB"))
                .body("createdAt", equalTo(response.path("createdAt")));
    }

    @Test
    void postcodeVariantsAreNormalised() {
        for (String[] c : new String[][] { { "3011 ab", "3011 AB" }, { " 2901AC ", "2901 AC" }, { "9999 zz", "9999 ZZ" } }) {
            Map<String, Object> body = employer("Postcode " + marker());
            body.put("postcode", c[0]);
            as(TestTokens.consultant()).body(body).post("/api/employers").then().statusCode(201)
                    .body("postcode", equalTo(c[1]));
        }
    }

    @Test
    void optionalFieldsMayBeEmptyOrAbsent() {
        Map<String, Object> body = employer("Minimal " + marker());
        body.remove("contactPerson");
        body.put("phone", "");
        body.put("email", "  ");
        as(TestTokens.admin()).body(body).post("/api/employers").then().statusCode(201)
                .body("contactPerson", nullValue())
                .body("phone", nullValue())
                .body("email", nullValue())
                .body("createdBy", equalTo("adam.admin"));
    }

    @Test
    void invalidFieldsGive422WithEveryViolationAndWriteNothing() {
        long before = count();
        Map<String, Object> body = employer("");
        body.put("kvkNumber", "1234567");
        body.put("postcode", "0123 AB");
        body.put("email", "not-an-address");
        body.put("phone", "12345");
        body.remove("sector");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                .body("instance", equalTo("/api/employers"))
                .body("violations.field", containsInAnyOrder("name", "kvkNumber", "postcode", "email", "phone", "sector"));
        assertEquals(before, count());
    }

    @Test
    void postcodeRules() {
        for (String bad : List.of("1234 SA", "1234SD", "1234 ss", "123 AB", "12345 AB", "1234 A", "ABCD EF")) {
            Map<String, Object> body = employer("Bad postcode " + marker());
            body.put("postcode", bad);
            assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                    .body("violations.field", contains("postcode"));
        }
    }

    @Test
    void phoneRules() {
        for (String good : List.of("010-1234567", "06 12345678", "+31 6 12345678", "0612345678", "+31101234567")) {
            Map<String, Object> body = employer("Phone " + marker());
            body.put("phone", good);
            as(TestTokens.consultant()).body(body).post("/api/employers").then().statusCode(201);
        }
        for (String bad : List.of("12345", "06-1234567", "+32 6 12345678", "06 123456789", "tel: 0612345678", "+31 06 12345678")) {
            Map<String, Object> body = employer("Phone " + marker());
            body.put("phone", bad);
            assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                    .body("violations.field", contains("phone"));
        }
    }

    @Test
    void kvkNumberMustBeEightDigits() {
        for (String bad : List.of("1234567", "123456789", "1234567a", "12 345 678")) {
            Map<String, Object> body = employer("KvK " + marker());
            body.put("kvkNumber", bad);
            assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                    .body("violations[0].field", equalTo("kvkNumber"));
        }
    }

    @Test
    void unknownMunicipalityIs422() {
        Map<String, Object> body = employer("Gemeente " + marker());
        body.put("municipalityCode", "ameland");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                .body("violations[0].field", equalTo("municipalityCode"));
    }

    @Test
    void duplicateKvkIs409OnCreateAndUpdate() {
        Map<String, Object> first = employer("Eerste " + marker());
        createEmployer(first);
        long before = count();
        Map<String, Object> second = employer("Tweede " + marker());
        second.put("kvkNumber", first.get("kvkNumber"));
        assertProblem(as(TestTokens.consultant()).body(second).post("/api/employers").then(), 409, "conflict");
        assertEquals(before, count());

        Map<String, Object> other = employer("Derde " + marker());
        String otherId = createEmployer(other);
        other.put("kvkNumber", first.get("kvkNumber"));
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(other).put("/api/employers/" + otherId)
                .then(), 409, "conflict");
    }

    @Test
    void updateNeedsIfMatch() {
        Map<String, Object> body = employer("Update " + marker());
        String id = createEmployer(body);
        body.put("name", "Update renamed " + marker());

        assertProblem(as(TestTokens.consultant()).body(body).put("/api/employers/" + id).then(), 428, "precondition-required");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"7\"").body(body).put("/api/employers/" + id).then(),
                412, "precondition-failed");

        as(TestTokens.admin()).header("If-Match", "\"0\"").body(body).put("/api/employers/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("name", equalTo(body.get("name")))
                .body("createdBy", equalTo("connie.consultant"))
                .body("updatedBy", equalTo("adam.admin"));

        // the old version is now stale
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(body).put("/api/employers/" + id).then(),
                412, "precondition-failed");
        as(TestTokens.consultant()).get("/api/employers/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void concurrentUpdatesOfTheSameVersionLetExactlyOneWin() throws Exception {
        Map<String, Object> body = employer("Race " + marker());
        String id = createEmployer(body);
        String token = TestTokens.consultant();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Map<String, Object> attempt = new java.util.HashMap<>(body);
                attempt.put("name", "Race attempt " + i);
                results.add(pool.submit(() -> as(token).header("If-Match", "\"0\"").body(attempt)
                        .put("/api/employers/" + id).then().extract().statusCode()));
            }
            int ok = 0;
            for (java.util.concurrent.Future<Integer> result : results) {
                int status = result.get();
                if (status == 200) {
                    ok++;
                } else {
                    assertEquals(412, status);
                }
            }
            assertEquals(1, ok);
        } finally {
            pool.shutdownNow();
        }
        as(TestTokens.consultant()).get("/api/employers/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void unknownIdIs404AndBadIdIs400() {
        assertProblem(as(TestTokens.consultant()).get("/api/employers/00000000-0000-0000-0000-000000000000").then(),
                404, "not-found");
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").body(employer("x"))
                .put("/api/employers/00000000-0000-0000-0000-000000000000").then(), 404, "not-found");
        assertProblem(as(TestTokens.consultant()).get("/api/employers/not-a-uuid").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("id"));
    }

    @Test
    void deleteWithoutVacanciesIs204() {
        String id = createEmployer();
        as(TestTokens.consultant()).delete("/api/employers/" + id).then().statusCode(204);
        assertProblem(as(TestTokens.consultant()).get("/api/employers/" + id).then(), 404, "not-found");
    }

    @Test
    void deleteWithVacanciesIs409() {
        String id = createEmployer();
        createVacancy(id, "Vacature " + marker());
        assertProblem(as(TestTokens.consultant()).delete("/api/employers/" + id).then(), 409, "conflict");
        as(TestTokens.consultant()).get("/api/employers/" + id).then().statusCode(200);
    }

    @Test
    void archiveAndReactivate() {
        Map<String, Object> body = employer("Archief " + marker());
        String id = createEmployer(body);

        as(TestTokens.consultant()).post("/api/employers/" + id + "/archive").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("ARCHIVED"));
        // archiving twice changes nothing
        as(TestTokens.consultant()).post("/api/employers/" + id + "/archive").then().statusCode(200)
                .header("ETag", "\"1\"");

        // an archived employer gets no vacancies and no edits
        long vacanciesBefore = QuarkusTransaction.requiringNew().call(() -> repository.getEntityManager()
                .createQuery("select count(v) from Vacancy v", Long.class).getSingleResult());
        assertProblem(as(TestTokens.consultant()).body(vacancy(id, "Nieuw")).post("/api/vacancies").then(), 409, "conflict");
        assertEquals(vacanciesBefore, (long) QuarkusTransaction.requiringNew().call(() -> repository.getEntityManager()
                .createQuery("select count(v) from Vacancy v", Long.class).getSingleResult()));
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"1\"").body(body).put("/api/employers/" + id).then(),
                409, "conflict");

        // If-Match is honoured when sent
        assertProblem(as(TestTokens.consultant()).header("If-Match", "\"0\"").post("/api/employers/" + id + "/reactivate")
                .then(), 412, "precondition-failed");
        as(TestTokens.consultant()).header("If-Match", "\"1\"").post("/api/employers/" + id + "/reactivate").then()
                .statusCode(200).header("ETag", "\"2\"").body("status", equalTo("ACTIVE"));
        createVacancy(id, "Weer welkom");
    }

    @Test
    void listPagesFiltersAndSorts() {
        String m = marker();
        for (String name : List.of("Charlie", "alpha", "Bravo", "Delta", "Echo")) {
            Map<String, Object> body = employer(name + " " + m);
            if (name.equals("Delta")) {
                body.put("sector", "LOGISTICS");
                body.put("municipalityCode", "capelle");
            }
            createEmployer(body);
        }
        as(TestTokens.jobcoach()).queryParam("q", m.toUpperCase()).queryParam("size", 2).get("/api/employers").then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        as(TestTokens.jobcoach()).queryParam("q", m).queryParam("size", 2).queryParam("page", 2).get("/api/employers").then()
                .body("items", hasSize(1))
                .body("totalItems", equalTo(5));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("sort", "createdAt,desc").get("/api/employers").then()
                .body("items[0].name", equalTo("Echo " + m));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("sector", "LOGISTICS").get("/api/employers").then()
                .body("totalItems", equalTo(1)).body("items[0].name", equalTo("Delta " + m));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("municipality", "capelle").get("/api/employers").then()
                .body("totalItems", equalTo(1)).body("items[0].municipalityName", equalTo("Capelle aan den IJssel"));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("status", "ARCHIVED").get("/api/employers").then()
                .body("totalItems", equalTo(0));
        as(TestTokens.consultant()).queryParam("q", m).queryParam("status", "ACTIVE").get("/api/employers").then()
                .body("totalItems", equalTo(5));
    }

    @Test
    void qMatchesKvkNumberAndTreatsWildcardsLiterally() {
        Map<String, Object> body = employer("Zoeken " + marker());
        createEmployer(body);
        as(TestTokens.consultant()).queryParam("q", body.get("kvkNumber")).get("/api/employers").then()
                .body("totalItems", equalTo(1)).body("items[0].kvkNumber", equalTo(body.get("kvkNumber")));
        as(TestTokens.consultant()).queryParam("q", "%_" + marker()).get("/api/employers").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void defaultSortIsNameAscending() {
        String m = marker();
        createEmployer(employer("b " + m));
        createEmployer(employer("a " + m));
        as(TestTokens.consultant()).queryParam("q", m).get("/api/employers").then()
                .body("items.name", contains("a " + m, "b " + m));
    }

    @Test
    void badListParametersAre400() {
        assertProblem(as(TestTokens.consultant()).queryParam("sort", "kvkNumber,asc").get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("sort"));
        assertProblem(as(TestTokens.consultant()).queryParam("sort", "name,up").get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("sort"));
        assertProblem(as(TestTokens.consultant()).queryParam("size", 1000).get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("size"));
        assertProblem(as(TestTokens.consultant()).queryParam("size", 0).get("/api/employers").then(), 400,
                "malformed-request");
        assertProblem(as(TestTokens.consultant()).queryParam("page", -1).get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("page"));
        assertProblem(as(TestTokens.consultant()).queryParam("page", "two").get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("page"));
        assertProblem(as(TestTokens.consultant()).queryParam("sector", "BAKERY").get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("sector"));
        assertProblem(as(TestTokens.consultant()).queryParam("status", "GONE").get("/api/employers").then(), 400,
                "malformed-request").body("violations[0].field", equalTo("status"));
    }

    @Test
    void roles() {
        String id = createEmployer();
        Map<String, Object> body = employer("Rollen " + marker());

        // no token
        assertProblem(given().get("/api/employers").then(), 401, "unauthorized");
        assertProblem(given().get("/api/employers/" + id).then(), 401, "unauthorized");
        assertProblem(given().contentType("application/json").body(body).post("/api/employers").then(), 401, "unauthorized");
        assertProblem(given().contentType("application/json").body(body).put("/api/employers/" + id).then(), 401, "unauthorized");
        assertProblem(given().delete("/api/employers/" + id).then(), 401, "unauthorized");
        assertProblem(given().post("/api/employers/" + id + "/archive").then(), 401, "unauthorized");
        assertProblem(given().post("/api/employers/" + id + "/reactivate").then(), 401, "unauthorized");

        // municipality may not read employers
        assertProblem(as(TestTokens.municipality()).get("/api/employers").then(), 403, "forbidden");
        assertProblem(as(TestTokens.municipality()).get("/api/employers/" + id).then(), 403, "forbidden");

        // jobcoach and municipality may not write
        for (String token : List.of(TestTokens.jobcoach(), TestTokens.municipality())) {
            assertProblem(as(token).body(body).post("/api/employers").then(), 403, "forbidden");
            assertProblem(as(token).header("If-Match", "\"0\"").body(body).put("/api/employers/" + id).then(), 403, "forbidden");
            assertProblem(as(token).delete("/api/employers/" + id).then(), 403, "forbidden");
            assertProblem(as(token).post("/api/employers/" + id + "/archive").then(), 403, "forbidden");
            assertProblem(as(token).post("/api/employers/" + id + "/reactivate").then(), 403, "forbidden");
        }
        // jobcoach can read
        as(TestTokens.jobcoach()).get("/api/employers").then().statusCode(200);
        as(TestTokens.jobcoach()).get("/api/employers/" + id).then().statusCode(200);
        // consultant and admin can write
        as(TestTokens.admin()).post("/api/employers/" + id + "/archive").then().statusCode(200);
        as(TestTokens.consultant()).post("/api/employers/" + id + "/reactivate").then().statusCode(200);
        as(TestTokens.admin()).delete("/api/employers/" + id).then().statusCode(204);
        as(TestTokens.admin()).get("/api/employers").then().statusCode(200).body("items", hasItem(notNullValue()));
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> repository.count());
    }
}
