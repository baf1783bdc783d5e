package nl.werkhub.common;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static nl.werkhub.testsupport.Api.createEmployer;
import static nl.werkhub.testsupport.Api.employer;
import static nl.werkhub.testsupport.Api.marker;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Every failure path answers application/problem+json, names the field where it can, and writes nothing. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject
    EmployerRepository employers;

    @Test
    void malformedJsonIs400() {
        long before = count();
        assertProblem(as(TestTokens.consultant()).body("{\"name\": \"Bakkerij\", ").post("/api/employers").then(),
                400, "malformed-request")
                .body("violations", nullValue())
                .body("instance", equalTo("/api/employers"));
        assertProblem(as(TestTokens.consultant()).body("not json at all").post("/api/employers").then(),
                400, "malformed-request");
        assertEquals(before, count());
    }

    @Test
    void wrongJsonTypeIs400NamingTheField() {
        String employerId = createEmployer();
        long before = count();
        Map<String, Object> body = employer("Types " + marker());
        body.put("sector", 12);
        body.put("name", Map.of("nested", true));
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("name"));

        Map<String, Object> vacancy = nl.werkhub.testsupport.Api.vacancy(employerId, "Types");
        vacancy.put("hoursPerWeekMin", "veel");
        assertProblem(as(TestTokens.consultant()).body(vacancy).post("/api/vacancies").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("hoursPerWeekMin"))
                .body("violations[0].message", equalTo("must be an integer"));
        vacancy.put("hoursPerWeekMin", 24);
        vacancy.put("startDate", "1 maart");
        assertProblem(as(TestTokens.consultant()).body(vacancy).post("/api/vacancies").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("startDate"));
        vacancy.put("startDate", "2026-03-01");
        vacancy.put("employerId", "abc");
        assertProblem(as(TestTokens.consultant()).body(vacancy).post("/api/vacancies").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("employerId"));
        assertEquals(before, count());
    }

    @Test
    void jsonTypesAreNotCoerced() {
        String employerId = createEmployer();
        long before = count();
        Map<String, Object> numberAsText = employer("Coercion " + marker());
        numberAsText.put("kvkNumber", 24123456);
        assertProblem(as(TestTokens.consultant()).body(numberAsText).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("kvkNumber"));
        Map<String, Object> enumAsNumber = employer("Coercion " + marker());
        enumAsNumber.put("sector", 12);
        assertProblem(as(TestTokens.consultant()).body(enumAsNumber).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("sector"));
        assertEquals(before, count());

        for (Object[] wrong : new Object[][] { { "hoursPerWeekMin", "24" }, { "positions", 1.5 },
                { "drivingLicenceRequired", "true" }, { "drivingLicenceRequired", 1 }, { "latitude", "51.9" },
                { "hoursPerWeekMax", 99999999999L }, { "title", true } }) {
            Map<String, Object> vacancy = nl.werkhub.testsupport.Api.vacancy(employerId, "Coercion");
            vacancy.put((String) wrong[0], wrong[1]);
            assertProblem(as(TestTokens.consultant()).body(vacancy).post("/api/vacancies").then(), 400, "malformed-request")
                    .body("violations[0].field", equalTo(wrong[0]));
        }
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedValues() {
        Map<String, Object> body = employer("Enum " + marker());
        body.put("sizeClass", "HUGE");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("sizeClass"))
                .body("violations[0].message", containsString("MICRO"));
    }

    @Test
    void unknownPropertyIs400NamingIt() {
        long before = count();
        Map<String, Object> body = employer("Onbekend " + marker());
        body.put("status", "ARCHIVED");
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("status"))
                .body("violations[0].message", equalTo("unknown property"));
        body.remove("status");
        body.put("version", 4);
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 400, "malformed-request")
                .body("violations[0].field", equalTo("version"));
        assertEquals(before, count());
    }

    @Test
    void emptyBodyAndNonObjectBodyAre400() {
        assertProblem(as(TestTokens.consultant()).post("/api/employers").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant()).body("[]").post("/api/employers").then(), 400, "malformed-request");
        assertProblem(as(TestTokens.consultant()).body("null").post("/api/employers").then(), 400, "malformed-request");
    }

    @Test
    void wrongContentTypeIs415() {
        long before = count();
        assertProblem(given().auth().oauth2(TestTokens.consultant()).contentType("text/plain").body("name=x")
                .post("/api/employers").then(), 415, "unsupported-media-type");
        assertProblem(given().auth().oauth2(TestTokens.consultant()).contentType("application/xml").body("<employer/>")
                .post("/api/employers").then(), 415, "unsupported-media-type");
        assertEquals(before, count());
    }

    @Test
    void unsupportedAcceptIs406AndWrongMethodIs405() {
        assertProblem(given().auth().oauth2(TestTokens.consultant()).accept("application/xml").get("/api/employers").then(),
                406, "not-acceptable");
        assertProblem(as(TestTokens.consultant()).patch("/api/employers").then(), 405, "method-not-allowed");
    }

    @Test
    void unknownRouteIs404Problem() {
        assertProblem(as(TestTokens.consultant()).get("/api/nothing-here").then(), 404, "not-found");
    }

    @Test
    void badTokensAre401Problems() {
        for (String token : new String[] { TestTokens.expired(), TestTokens.wrongAudience(), TestTokens.foreignSignature(),
                "not.a.jwt" }) {
            assertProblem(given().auth().oauth2(token).get("/api/employers").then(), 401, "unauthorized")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    @Test
    void problemBodiesAreProblemJsonEvenWhenTheClientAcceptsOnlyJson() {
        assertProblem(given().auth().oauth2(TestTokens.consultant()).accept("application/json")
                .get("/api/employers/00000000-0000-0000-0000-000000000000").then(), 404, "not-found")
                .body("title", equalTo("Not found"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().get("/q/health").then().statusCode(200);
        // the metrics only to the monitoring role (MonitoringEndpointsTest has the refusals)
        given().auth().oauth2(TestTokens.monitoring()).get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> employers.count());
    }
}
