package nl.werkhub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the test resources for the whole run (they are global: one PostgreSQL and one mock
 * OIDC provider with the Keycloak admin endpoints of the jobcoach directory, shared by every
 * {@code @QuarkusTest}).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWithKeycloakAdmin.class)
public final class PostgresAndOidc {

    private PostgresAndOidc() {
    }
}
