package nl.werkhub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Registers the test resources for the whole run (they are global: one PostgreSQL and one mock
 * OIDC provider, shared by every {@code @QuarkusTest}).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class PostgresAndOidc {

    private PostgresAndOidc() {
    }
}
