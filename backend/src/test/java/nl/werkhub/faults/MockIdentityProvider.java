package nl.werkhub.faults;

import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The mock OIDC provider of the backend tests (discovery and the public key of
 * {@link nl.werkhub.testsupport.TestTokens}), started outside Quarkus for a backend in a process of
 * its own. Its issuer differs from the tokens', so the backend is started with
 * {@code quarkus.oidc.token.issuer=any}, as the test profile does.
 */
final class MockIdentityProvider implements AutoCloseable {

    private final OidcWiremockTestResource server = new OidcWiremockTestResource();
    private final String realmUrl;

    MockIdentityProvider() {
        Map<String, String> config = server.start();
        realmUrl = config.get("keycloak.url") + "/realms/quarkus";
    }

    String realmUrl() {
        return realmUrl;
    }

    /**
     * The environment and options that point a {@link BackendProcess} at this provider and at a database.
     * The municipal rate limit gets a burst no fault test reaches: they write and read back as one
     * municipal client from several threads, and a 429 there would hide what they look for
     * (MunicipalRateLimitTest proves the limit).
     */
    Map<String, String> backendEnv(String jdbcUrl) {
        return Map.of("DB_URL", jdbcUrl, "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "OIDC_AUTH_SERVER_URL", realmUrl, "RETENTION_CRON", "off", "DEMO_DATA", "false",
                "KEYCLOAK_BACKEND_CLIENT_SECRET", "not-used-here", "MUNICIPAL_RATE_LIMIT_BURST", "1000000");
    }

    static final String ANY_ISSUER = "-Dquarkus.oidc.token.issuer=any";

    @Override
    public void close() {
        server.stop();
    }
}
