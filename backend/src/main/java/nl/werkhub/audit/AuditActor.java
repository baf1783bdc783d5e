package nl.werkhub.audit;

/**
 * Who caused an audit event: a username (never a candidate's data) and the role it acted in
 * ({@code consultant}, {@code jobcoach}, {@code municipality}, {@code admin} or {@code system}).
 */
public record AuditActor(String username, String role) {

    public static final String SYSTEM_ROLE = "system";

    public static AuditActor system(String name) {
        return new AuditActor(name, SYSTEM_ROLE);
    }
}
