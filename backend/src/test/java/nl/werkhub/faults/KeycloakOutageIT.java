package nl.werkhub.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.werkhub.faults.Http.Answer;

/**
 * Keycloak stopped (issue 7, "Faults"), with a real Keycloak: the backend checks a bearer token's
 * signature with the realm keys it fetched once (JWKS) and keeps them, so a token Keycloak issued
 * before it stopped keeps working until it expires — also a token the backend has never seen, so
 * that the keys are what is proven and not the backend's cache of verified tokens
 * ({@code VerifiedTokenCache}). An expired token is refused (401) without Keycloak. The realm is the
 * repository's, with access tokens living 45 s instead of 5 minutes so that the expiry is reached
 * within the test. Slow (Keycloak starts in 40–90 s here): tag {@code keycloak}, run by
 * {@code make test-faults}, which provides a Keycloak dist in {@code werkhub.keycloak.home}.
 */
@Tag("keycloak")
class KeycloakOutageIT {

    static final int PG_PORT = 54397;
    static final int BACKEND_PORT = 54398;
    static final int KEYCLOAK_PORT = 54393;
    static final int KEYCLOAK_MANAGEMENT_PORT = 54394;
    static final int TOKEN_SECONDS = 45;

    @Test
    void tokensIssuedBeforeKeycloakStoppedWorkUntilTheyExpire() throws Exception {
        String home = System.getProperty("werkhub.keycloak.home", "");
        assertFalse(home.isBlank(), "werkhub.keycloak.home names no Keycloak dist: run make test-faults");
        Path kcHome = Path.of(home);
        assertTrue(Files.isExecutable(kcHome.resolve("bin/kc.sh")), kcHome + "/bin/kc.sh is missing");
        String realmUrl = "http://localhost:" + KEYCLOAK_PORT + "/realms/werkhub";
        StringBuilder figures = new StringBuilder();

        Process keycloak = startKeycloak(kcHome);
        try (StoppablePostgres pg = StoppablePostgres.fresh(PG_PORT, BackendProcess.OUT.resolve("pg-keycloak"))) {
            long t0 = System.nanoTime();
            waitFor(realmUrl + "/.well-known/openid-configuration", Duration.ofMinutes(6), keycloak);
            figures.append(String.format(Locale.ROOT, "Keycloak ready in %.0f s%n", (System.nanoTime() - t0) / 1e9));

            Map<String, String> env = Map.of("DB_URL", pg.jdbcUrl(), "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                    "OIDC_AUTH_SERVER_URL", realmUrl, "RETENTION_CRON", "off", "DEMO_DATA", "false",
                    "KEYCLOAK_BACKEND_CLIENT_SECRET", "werkhub-backend-secret");
            try (BackendProcess backend = new BackendProcess("keycloak-outage", BACKEND_PORT, env, List.of())) {
                backend.start(Duration.ofMinutes(5));
                Http http = new Http(backend.baseUrl());
                String candidates = "/api/municipalities/rotterdam/candidates";

                String used = clientCredentials(realmUrl, "gemeente-rotterdam");
                Answer before = http.untilAnswered("GET", candidates, used, null);
                assertEquals(200, before.status(), before::toString);

                // issued before the stop, never shown to the backend before it
                String freshMunicipal = clientCredentials(realmUrl, "gemeente-rotterdam");
                String freshConsultant = password(realmUrl, "consultant");
                assertNotEquals(used, freshMunicipal);
                Instant expires = expiry(freshMunicipal).isBefore(expiry(freshConsultant)) ? expiry(freshConsultant)
                        : expiry(freshMunicipal);

                stop(keycloak);
                assertFalse(listening(KEYCLOAK_PORT), "Keycloak still accepts connections");
                figures.append("Keycloak stopped (its port refuses connections)\n");

                Answer municipal = http.get(candidates, freshMunicipal);
                Answer consultant = http.get("/api/vacancies", freshConsultant);
                Answer again = http.get(candidates, used);
                assertEquals(200, municipal.status(), () -> "a fresh municipal token while Keycloak is down: " + municipal);
                assertEquals(200, consultant.status(), () -> "a fresh consultant token while Keycloak is down: " + consultant);
                assertEquals(200, again.status(), again::toString);
                figures.append(String.format(Locale.ROOT,
                        "with Keycloak down: fresh client-credentials token (gemeente-rotterdam) %d in %.0f ms, "
                                + "fresh password-grant token (consultant) %d in %.0f ms, token used before the stop %d%n",
                        municipal.status(), municipal.millis(), consultant.status(), consultant.millis(), again.status()));

                long wait = Duration.between(Instant.now(), expires).toMillis() + 2_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                Answer expiredMunicipal = http.get(candidates, freshMunicipal);
                Answer expiredConsultant = http.get("/api/vacancies", freshConsultant);
                assertEquals(401, expiredMunicipal.status(), expiredMunicipal::toString);
                assertEquals(401, expiredConsultant.status(), expiredConsultant::toString);
                assertTrue(expiredMunicipal.contentType().startsWith("application/problem+json"), expiredMunicipal::toString);
                figures.append(String.format(Locale.ROOT,
                        "after their expiry (%d s tokens in the test realm), still without Keycloak: %d and %d%n",
                        TOKEN_SECONDS, expiredMunicipal.status(), expiredConsultant.status()));
            }
        } finally {
            stop(keycloak);
            Files.writeString(BackendProcess.OUT.resolve("keycloak-outage.txt"), figures);
            System.out.println("[faults] Keycloak stopped:\n" + figures);
        }
    }

    /** Keycloak in dev mode on its own ports, in memory, with the repository's realm (shorter tokens). */
    private static Process startKeycloak(Path home) throws IOException {
        Path realm = Path.of("devstack", "keycloak", "werkhub-realm.json");
        ObjectNode json = (ObjectNode) Http.JSON.readTree(realm.toFile());
        json.put("accessTokenLifespan", TOKEN_SECONDS);
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        Http.JSON.writeValue(importDir.resolve("werkhub-realm.json").toFile(), json);
        Files.createDirectories(BackendProcess.OUT);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + KEYCLOAK_PORT, "--http-management-port=" + KEYCLOAK_MANAGEMENT_PORT, "--import-realm",
                "--db=dev-mem");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        File log = BackendProcess.OUT.resolve("keycloak.log").toFile();
        builder.directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        return builder.start();
    }

    /** SIGTERM to kc.sh and the JVM it started, SIGKILL after 30 s. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private static void waitFor(String url, Duration timeout, Process keycloak) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see target/faults/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see target/faults/keycloak.log");
    }

    private static String clientCredentials(String realmUrl, String client) throws Exception {
        return token(realmUrl, Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", client + "-secret"));
    }

    private static String password(String realmUrl, String user) throws Exception {
        return token(realmUrl, Map.of("grant_type", "password", "client_id", "werkhub-cli", "username", user,
                "password", user));
    }

    private static String token(String realmUrl, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        return Http.JSON.readTree(r.body()).get("access_token").asText();
    }

    private static Instant expiry(String jwt) throws IOException {
        JsonNode claims = Http.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        return Instant.ofEpochSecond(claims.get("exp").asLong());
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
