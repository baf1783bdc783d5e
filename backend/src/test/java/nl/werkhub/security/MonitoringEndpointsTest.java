package nl.werkhub.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The endpoints outside {@code /api} (docs/reliability.md, "Monitoring endpoints"): {@code /q/metrics}
 * tells request rates and errors per route, pool sizes and JVM internals, so only a caller with the
 * realm role {@code monitoring} reads it; {@code /q/health} (UP/DOWN for load balancers and compose)
 * and the contract ({@code /q/openapi}, {@code /q/swagger-ui}) stay open.
 */
@QuarkusTest
class MonitoringEndpointsTest {

    /** Lines only the Prometheus exposition of this backend has; none may reach a refused caller. */
    private static final List<String> METRIC_TEXT = List.of("# TYPE", "# HELP", "http_server_requests", "jvm_",
            "agroal_", "process_");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theMonitoringRoleReadsThePrometheusText() {
        // request metrics exist once an /api request was served (/q/* itself is not counted)
        given().auth().oauth2(TestTokens.consultant()).get("/api/employers").then().statusCode(200);
        // Prometheus's classic text format when asked for it, OpenMetrics (what Prometheus asks first) otherwise
        String body = given().auth().oauth2(TestTokens.monitoring()).accept("text/plain").get("/q/metrics").then()
                .statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertTrue(body.contains("# TYPE http_server_requests_seconds"), "request metrics are exposed");
        assertTrue(body.contains("jvm_memory_used_bytes"), "JVM metrics are exposed");
        given().auth().oauth2(TestTokens.monitoring()).get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("application/openmetrics-text")).body(containsString("# TYPE jvm_memory_used_bytes"));
    }

    @Test
    void anonymousIs401WithABearerChallengeAndNoMetric() {
        for (String method : List.of("GET", "HEAD", "POST", "OPTIONS")) {
            Response r = given().request(method, "/q/metrics");
            System.out.printf("anonymous %s /q/metrics: %d, Content-Type %s, %d bytes of body%n", method, r.statusCode(),
                    r.contentType(), r.asByteArray().length);
            assertEquals(401, r.statusCode(), method + " /q/metrics without a token");
            assertTrue(r.header("WWW-Authenticate") != null && r.header("WWW-Authenticate").startsWith("Bearer"),
                    method + ": a Bearer challenge, not " + r.header("WWW-Authenticate"));
            assertNoMetrics(method + " /q/metrics", r.asString());
        }
    }

    @Test
    void aTokenTheBackendDoesNotAcceptIs401() {
        // a monitoring token that expired, is for another API or is signed by a stranger opens nothing
        for (String token : List.of(expiredMonitoring(), TestTokens.wrongAudience(), TestTokens.foreignSignature(),
                "not.a.jwt")) {
            Response r = given().auth().oauth2(token).get("/q/metrics");
            assertEquals(401, r.statusCode());
            assertNoMetrics("a refused token", r.asString());
        }
    }

    @Test
    void everyOtherRoleIs403AndSeesNoMetric() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("consultant", TestTokens.consultant());
        callers.put("jobcoach", TestTokens.jobcoach());
        callers.put("admin", TestTokens.admin());
        callers.put("gemeente-rotterdam", TestTokens.rotterdam());
        callers.put("gemeente-capelle", TestTokens.capelle());
        callers.put("municipal staff", TestTokens.municipalStaff("rotterdam"));
        callers.put("no role at all", TestTokens.token("x-0001", "nobody"));
        for (Map.Entry<String, String> c : callers.entrySet()) {
            Response r = given().auth().oauth2(c.getValue()).get("/q/metrics");
            System.out.printf("%s on /q/metrics: %d, Content-Type %s, %s%n", c.getKey(), r.statusCode(), r.contentType(),
                    r.asString());
            assertEquals(403, r.statusCode(), c.getKey() + " on /q/metrics");
            assertTrue(r.contentType().startsWith("application/problem+json"), "a problem, not " + r.contentType());
            assertEquals(403, r.jsonPath().getInt("status"));
            assertNoMetrics(c.getKey(), r.asString());
        }
    }

    /**
     * The request line as a client writes it, past any normalisation of an HTTP client library: each
     * spelling of the path that the server might resolve to the metrics must be refused as well.
     */
    @Test
    void noSpellingOfThePathGetsPastTheCheck() throws IOException {
        List<String> paths = List.of("/q/metrics", "/q/metrics/", "/q/metrics/anything", "/q//metrics", "//q/metrics",
                "/q/./metrics", "/q/x/../metrics", "/q/metrics/.", "/q/%6detrics", "/q/%6Detrics", "/%71/metrics",
                "/q%2Fmetrics", "/q/metrics%2F", "/q/metrics;a=b", "/q/metrics?name=jvm_info", "/q/metrics#x",
                "/Q/metrics", "/q/METRICS", "/q/metrics%00", "/api/../q/metrics", "/q/metrics/../metrics");
        List<String> leaks = new ArrayList<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String path : paths) {
            RawResponse r = raw(path, null);
            statuses.put(path, r.status);
            if (r.status == 200 || METRIC_TEXT.stream().anyMatch(r.body::contains)) {
                leaks.add(path + " -> " + r.status);
            }
        }
        System.out.println("metrics path spellings without a token: " + statuses);
        assertTrue(leaks.isEmpty(), "metrics served without a token at " + leaks);
        // and, so the loop above can fail: the same raw request with the role does get them
        RawResponse allowed = raw("/q/metrics", TestTokens.monitoring());
        assertEquals(200, allowed.status);
        assertTrue(allowed.body.contains("# TYPE"));
    }

    /** The role opens the metrics and nothing else: every operation of the contract answers it 403. */
    @Test
    void theMonitoringRoleOpensNoApiOperation() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()).path("paths");
        String token = TestTokens.monitoring();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext();) {
                String method = m.next().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                operations++;
                Response r = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                        .request(method, concrete);
                // the calendar feed is open by design (its secret is the credential): an unknown one is 404
                int expected = path.getKey().startsWith("/calendar/") ? 404 : 403;
                if (r.statusCode() != expected) {
                    wrong.add(method + " " + path.getKey() + " -> " + r.statusCode() + " (expected " + expected + ")");
                }
            }
        }
        System.out.println("operations of openapi.yaml called with the monitoring role: " + operations);
        assertTrue(operations > 40, "openapi.yaml was read: " + operations + " operations");
        assertTrue(wrong.isEmpty(), "the monitoring role got more than a refusal: " + wrong);
    }

    @Test
    void healthAndTheContractStayOpen() {
        // load balancers and compose health checks have no token; the answer is UP/DOWN per check
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // the contract is committed as openapi.yaml: nothing in it is secret
        given().accept("application/yaml").get("/q/openapi").then().statusCode(200).body(containsString("openapi:"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        // a token without the monitoring role does not close them either
        given().auth().oauth2(TestTokens.consultant()).get("/q/health").then().statusCode(200);
    }

    private static String expiredMonitoring() {
        return io.smallrye.jwt.build.Jwt.claims().issuer("https://server.example.com").audience("werkhub-api")
                .subject("svc-monitoring").preferredUserName("service-account-werkhub-monitoring")
                .claim("realm_access", Map.of("roles", List.of(TestTokens.MONITORING)))
                .issuedAt(java.time.Instant.now().minusSeconds(7200))
                .expiresAt(java.time.Instant.now().minusSeconds(3600)).sign();
    }

    private static void assertNoMetrics(String who, String body) {
        for (String text : METRIC_TEXT) {
            assertTrue(!body.contains(text), who + ": the answer contains " + text + ": " + body);
        }
    }

    private record RawResponse(int status, String body) {
    }

    private RawResponse raw(String path, String token) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Connection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = response.substring(0, response.indexOf("\r\n"));
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int headersEnd = response.indexOf("\r\n\r\n");
            return new RawResponse(status, headersEnd < 0 ? "" : response.substring(headersEnd + 4));
        }
    }
}
