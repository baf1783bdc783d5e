package nl.werkhub.common.audit;

/**
 * Who performs a write: the Keycloak subject and the name written into the audit columns.
 * Services take it explicitly so that non-HTTP callers (the demo-data seeder) go through the
 * same code with their own identity.
 */
public record Actor(String subject, String username) {

    public static Actor system(String name) {
        return new Actor(name, name);
    }
}
