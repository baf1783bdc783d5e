package nl.werkhub.testsupport;

import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The mock OIDC provider of quarkus-test-oidc-server plus the Keycloak admin endpoints the jobcoach
 * directory reads ({@link KeycloakAdminStub}), so every test can name jobcoaches.
 */
public class OidcWithKeycloakAdmin extends OidcWiremockTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        KeycloakAdminStub.install(config.get("keycloak.url"));
        return config;
    }
}
