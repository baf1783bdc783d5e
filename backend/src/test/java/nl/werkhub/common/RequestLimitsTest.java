package nl.werkhub.common;

import static io.restassured.RestAssured.given;
import static nl.werkhub.testsupport.Api.as;
import static nl.werkhub.testsupport.Api.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Candidates;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Item 5 of issue 7, through the public HTTP interface: request body limits (413 problems, also for a
 * chunked body), the page-size limit of every list in openapi.yaml, CORS for the SPA's origin only
 * and the security headers of the API.
 */
@QuarkusTest
class RequestLimitsTest {

    static final int MAX_BODY = 128 * 1024;
    static final int BULK_MAX_BODY = 16 * 1024 * 1024;
    static final String SPA_ORIGIN = "http://localhost:5173";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TestHTTPResource("/")
    URL base;

    // ---- body size ------------------------------------------------------------------------------

    @Test
    void aBodyOverTheLimitIsA413ProblemBeforeItIsRead() {
        String body = jsonOfLength(Api.employer("Groot BV"), MAX_BODY + 1);
        Response response = as(TestTokens.consultant()).body(body).post("/api/employers");
        assertProblem(response.then(), 413, "payload-too-large")
                .body("detail", containsString("131,072"))
                .body("instance", equalTo("/api/employers"))
                .header("Connection", "close");

        as(TestTokens.consultant()).header("Accept-Language", "nl-NL").body(body).put("/api/vacancies/" + UUID.randomUUID())
                .then().statusCode(413).contentType("application/problem+json")
                .header("Content-Language", "nl")
                .body("title", equalTo("Verzoek te groot"));
    }

    @Test
    void aBodyAtTheLimitIsReadAndJudgedOnItsContent() {
        // exactly the limit: not refused for its size, but for its 131,000-character name (422)
        String body = jsonOfLength(Api.employer("Precies groot genoeg"), MAX_BODY);
        assertEquals(MAX_BODY, body.getBytes(StandardCharsets.UTF_8).length);
        assertProblem(as(TestTokens.consultant()).body(body).post("/api/employers").then(), 422, "validation-failed")
                .body("violations.field", hasItem("name"));
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedWhenItPassesTheLimit() throws Exception {
        HttpResponse<String> tooLarge = chunked("POST", "/api/employers",
                jsonOfLength(Api.employer("Gestreamd BV"), MAX_BODY + 1), TestTokens.consultant());
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals("application/problem+json", tooLarge.headers().firstValue("Content-Type").orElse(null));
        JsonNode problem = JSON.readTree(tooLarge.body());
        assertEquals("https://werkhub.nl/problems/payload-too-large", problem.path("type").asText());
        assertEquals(413, problem.path("status").asInt());

        // under the limit a chunked body is handed on whole: the employer is created
        String name = "Gestreamd klein " + Api.marker();
        HttpResponse<String> created = chunked("POST", "/api/employers", JSON.writeValueAsString(Api.employer(name)),
                TestTokens.consultant());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(name, JSON.readTree(created.body()).path("name").asText());
    }

    @Test
    void theBulkIntakeHasItsOwnLargerLimit() {
        String overBulk = jsonOfLength(Map.of("items", List.of()), BULK_MAX_BODY + 1);
        assertProblem(as(TestTokens.rotterdam()).body(overBulk).post("/api/municipalities/rotterdam/candidates/bulk")
                .then(), 413, "payload-too-large").body("detail", containsString("16,777,216"));

        // the bulk limit is the bulk route's alone: a PUT of one profile keeps the small one
        String overSmall = jsonOfLength(Candidates.profile(), MAX_BODY + 1);
        assertProblem(as(TestTokens.rotterdam()).body(overSmall)
                .put("/api/municipalities/rotterdam/candidates/" + Candidates.clientNumber("LIM")).then(),
                413, "payload-too-large");
        // nor does a path that only looks like it get the large one
        assertProblem(as(TestTokens.rotterdam()).body(overSmall)
                .post("/api/municipalities/rotterdam/x/candidates/bulk").then(), 413, "payload-too-large");
    }

    /**
     * 1,000 profiles (the most one bulk request takes) with every text and list at its maximum
     * length fit. A property after the items makes the request a 400 once all of it has been read
     * and parsed, so nothing is written and the test does not pay for 1,000 validations.
     */
    @Test
    void aThousandProfilesOfMaximumLengthFitTheBulkLimit() throws Exception {
        String items = JSON.writeValueAsString(Map.of("items", maximalBulkItems(1000)));
        String body = items.substring(0, items.length() - 1) + ",\"afterTheItems\":true}";
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "[limits] 1,000 maximum-length profiles: %,d bytes (bulk limit %,d)%n", bytes,
                BULK_MAX_BODY);
        assertTrue(bytes > 8_000_000, "the maximal body is not maximal: " + bytes);
        assertProblem(as(TestTokens.rotterdam()).body(body).post("/api/municipalities/rotterdam/candidates/bulk")
                .then(), 400, "malformed-request").body("violations.field", hasItem("afterTheItems"));
    }

    /** A profile with every field at its maximum length, as 1,000 bulk items. */
    static List<Map<String, Object>> maximalBulkItems(int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> profile = Candidates.profile();
            profile.put("firstName", "A".repeat(100));
            profile.put("lastName", "B".repeat(100));
            profile.put("email", "e".repeat(240) + "@example.nl");
            profile.put("phone", "+31 (0)6 - 1234 - 5678 - 90 12");
            List<Map<String, Object>> talents = new ArrayList<>();
            for (int t = 0; t < 50; t++) {
                talents.add(Candidates.talent("talent-code-of-some-length-" + t, 5));
            }
            profile.put("talents", talents);
            profile.put("interests", "i".repeat(2000));
            profile.put("motivation", "m".repeat(2000));
            profile.put("preferredSectors", Arrays.stream(Sector.values()).map(Sector::name).toList());
            List<String> occupations = new ArrayList<>();
            for (int o = 0; o < 10; o++) {
                occupations.add(Character.toString('a' + o).repeat(100));
            }
            profile.put("preferredOccupations", occupations);
            profile.put("jobcoach", "j".repeat(200));
            profile.put("hoursPerWeekMin", 40);
            profile.put("hoursPerWeekMax", 8);
            items.add(Map.of("clientNumber", "MAX-" + "9".repeat(30) + String.format(Locale.ROOT, "%05d", i),
                    "profile", profile));
        }
        return items;
    }

    // ---- page size ------------------------------------------------------------------------------

    /** Lists without paging, each bounded by what it lists. A new unpaged list fails the test until it is named here. */
    static final Map<String, String> BOUNDED_LISTS = Map.of(
            "/api/jobcoaches", "the realm's jobcoaches (staff of one association)",
            "/api/municipalities", "reference data (57 municipalities, changed by migration)",
            "/api/matches/{id}/events", "one match's pipeline steps",
            "/api/placements/{id}/follow-up-calls", "one placement's calls (4 scheduled, a few ad hoc)");

    /**
     * Every GET in openapi.yaml that answers a list (a page, suggestions or an array) either takes a
     * page size with a maximum, which the backend enforces with a 400 naming the parameter, or is one
     * of {@link #BOUNDED_LISTS}.
     */
    @Test
    void everyListRefusesAPageLargerThanItsMaximum() throws Exception {
        JsonNode api = YAML.readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> checked = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String template = entry.getKey();
            JsonNode get = entry.getValue().get("get");
            if (get == null || !isList(api, get)) {
                continue;
            }
            JsonNode sizeParameter = null;
            for (JsonNode parameter : get.path("parameters")) {
                if (Set.of("size", "limit").contains(parameter.path("name").asText())
                        && "query".equals(parameter.path("in").asText())) {
                    sizeParameter = parameter;
                }
            }
            if (sizeParameter == null) {
                assertTrue(BOUNDED_LISTS.containsKey(template),
                        "GET " + template + " answers a list without a page size: page it, or name it in BOUNDED_LISTS with the reason it is bounded");
                continue;
            }
            String name = sizeParameter.path("name").asText();
            JsonNode maximum = sizeParameter.path("schema").path("maximum");
            assertTrue(maximum.isNumber(), "GET " + template + ": " + name + " declares no maximum");
            int max = maximum.asInt();
            assertTrue(max <= 100, "GET " + template + ": maximum page size " + max + " is above 100");
            String path = template.replace("{code}", "rotterdam").replace("{id}", UUID.randomUUID().toString());
            String token = tokenFor(get);
            for (String tooLarge : List.of(Integer.toString(max + 1), "1000000", "99999999999")) {
                assertProblem(as(token).queryParam(name, tooLarge).get(path).then(), 400, "malformed-request")
                        .body("violations.field", hasItem(name));
            }
            int atMaximum = as(token).queryParam(name, max).get(path).then().extract().statusCode();
            assertTrue(atMaximum == 200 || atMaximum == 404, "GET " + template + "?" + name + "=" + max + " gave " + atMaximum);
            checked.add("GET " + template + " (" + name + " <= " + max + ")");
        }
        System.out.println("[limits] page size enforced on " + checked.size() + " lists: " + checked);
        assertTrue(checked.size() >= 11, checked.toString());
    }

    private static boolean isList(JsonNode api, JsonNode operation) {
        JsonNode schema = operation.path("responses").path("200").path("content").path("application/json").path("schema");
        if ("array".equals(schema.path("type").asText())) {
            return true;
        }
        String ref = schema.path("$ref").asText();
        if (ref.isEmpty()) {
            return false;
        }
        JsonNode target = api.at(ref.substring(1));
        return target.path("properties").has("items") || target.path("properties").has("suggestions")
                || ref.endsWith("Page");
    }

    /** A caller the operation admits: consultant, else admin, else Rotterdam's municipal system. */
    private static String tokenFor(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.path("bearerAuth").forEach(role -> roles.add(role.asText()));
        }
        if (roles.contains("consultant")) {
            return TestTokens.consultant();
        }
        if (roles.contains("admin")) {
            return TestTokens.admin();
        }
        return TestTokens.rotterdam();
    }

    // ---- CORS -----------------------------------------------------------------------------------

    @Test
    void theSpaOriginMayCallWithTheHeadersItNeeds() {
        Response preflight = given().header("Origin", SPA_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key,accept-language")
                .options("/api/vacancies/" + UUID.randomUUID());
        preflight.then().statusCode(200).header("Access-Control-Allow-Origin", SPA_ORIGIN);
        String allowedHeaders = preflight.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT);
        for (String header : List.of("authorization", "content-type", "if-match", "idempotency-key", "accept-language")) {
            assertTrue(allowedHeaders.contains(header), "preflight does not allow " + header + ": " + allowedHeaders);
        }
        String allowedMethods = preflight.header("Access-Control-Allow-Methods");
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            assertTrue(allowedMethods.contains(method), "preflight does not allow " + method + ": " + allowedMethods);
        }

        Response simple = as(TestTokens.consultant()).header("Origin", SPA_ORIGIN).get("/api/talents/betrouwbaar");
        simple.then().statusCode(200).header("Access-Control-Allow-Origin", SPA_ORIGIN);
        String exposed = simple.header("Access-Control-Expose-Headers");
        for (String header : List.of("ETag", "Location", "Retry-After", "Content-Language", "Idempotent-Replayed")) {
            assertTrue(exposed != null && exposed.contains(header), "not exposed: " + header + " in " + exposed);
        }
    }

    @Test
    void anotherOriginGetsNoCorsPermission() {
        for (String origin : List.of("https://evil.example", "http://localhost:5174", "null")) {
            Response preflight = given().header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization")
                    .options("/api/vacancies/" + UUID.randomUUID());
            assertNull(preflight.header("Access-Control-Allow-Origin"), origin + " preflight");
            assertNotEquals(SPA_ORIGIN, preflight.header("Access-Control-Allow-Origin"));

            Response simple = as(TestTokens.consultant()).header("Origin", origin).get("/api/talents/betrouwbaar");
            assertNull(simple.header("Access-Control-Allow-Origin"), origin + " simple request");
        }
    }

    // ---- security headers -----------------------------------------------------------------------

    @Test
    void apiResponsesCarryTheSecurityHeaders() {
        List<Response> responses = List.of(
                as(TestTokens.consultant()).get("/api/vacancies"),
                as(TestTokens.rotterdam()).get("/api/municipalities/rotterdam/candidates"),
                given().get("/api/vacancies"), // 401 problem
                as(TestTokens.consultant()).body(jsonOfLength(Map.of(), MAX_BODY + 1)).post("/api/employers"), // 413
                as(TestTokens.consultant()).get("/api/no-such-thing")); // 404 problem
        for (Response r : responses) {
            r.then().header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer")
                    .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .header("Cache-Control", "no-store");
        }
        // Swagger UI runs scripts: the strict CSP is not for it, the other headers are
        Response swagger = given().get("/q/swagger-ui/");
        swagger.then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", nullValue());
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The object as JSON, padded with spaces inside it to exactly {@code length} bytes. */
    static String jsonOfLength(Map<String, Object> object, int length) {
        try {
            String json = JSON.writeValueAsString(object);
            if (json.length() < 2) {
                throw new IllegalStateException(json);
            }
            if (object.containsKey("name")) {
                // a long name makes the body big and still well-formed and typed
                Map<String, Object> copy = new HashMap<>(object);
                copy.put("name", "");
                json = JSON.writeValueAsString(copy);
                int missing = length - json.getBytes(StandardCharsets.UTF_8).length;
                copy.put("name", "n".repeat(Math.max(0, missing)));
                json = JSON.writeValueAsString(copy);
            }
            int pad = length - json.getBytes(StandardCharsets.UTF_8).length;
            if (pad > 0) {
                json = "{" + " ".repeat(pad) + json.substring(1);
            }
            assertEquals(length, json.getBytes(StandardCharsets.UTF_8).length);
            return json;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request whose body has no Content-Length (Transfer-Encoding: chunked). */
    private HttpResponse<String> chunked(String method, String path, String body, String token) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
