package nl.werkhub.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Request builders and test data shared by the API tests. */
public final class Api {

    private static final AtomicInteger KVK = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000_000, 89_000_000));

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A KvK number not used before in this run (random start, so reruns on a kept DB rarely collide). */
    public static String uniqueKvk() {
        return String.format("%08d", KVK.incrementAndGet());
    }

    /** A short random marker to put in names, so list tests can filter on their own data. */
    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> employer(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kvkNumber", uniqueKvk());
        body.put("sector", "RETAIL");
        body.put("sizeClass", "SMALL");
        body.put("contactPerson", "Marieke de Vries");
        body.put("phone", "010-1234567");
        body.put("email", "info@example.nl");
        body.put("postcode", "3011ab");
        body.put("municipalityCode", "rotterdam");
        return body;
    }

    public static Map<String, Object> vacancy(String employerId, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerId", employerId);
        body.put("title", title);
        body.put("description", "Helpen in de winkel en bakkerij.");
        body.put("sector", "RETAIL");
        body.put("postcode", "3011 ab");
        body.put("latitude", 51.92);
        body.put("longitude", 4.48);
        body.put("hoursPerWeekMin", 24);
        body.put("hoursPerWeekMax", 32);
        body.put("contractType", "TEMPORARY");
        body.put("startDate", "2026-03-01");
        body.put("positions", 2);
        body.put("dutchLevel", "A2");
        body.put("drivingLicenceRequired", false);
        return body;
    }

    /** {@link #employer(String)} as JSON text, for a test that must change the text itself. */
    public static String employerJson(String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(employer(name));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String createEmployer(Map<String, Object> body) {
        return as(TestTokens.consultant()).body(body).post("/api/employers")
                .then().statusCode(201).extract().path("id");
    }

    public static String createEmployer() {
        return createEmployer(employer("Test BV " + marker()));
    }

    public static String createVacancy(String employerId, String title) {
        return as(TestTokens.consultant()).body(vacancy(employerId, title)).post("/api/vacancies")
                .then().statusCode(201).extract().path("id");
    }

    /** Asserts an RFC 9457 body of the given status/slug that leaks no internals. */
    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String slug) {
        String body = response.extract().asString();
        assertFalse(body.contains("java."), body);
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("org."), body);
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("https://werkhub.nl/problems/" + slug))
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", not(containsString("Exception")));
    }
}
