package nl.werkhub.common.audit;

/** Realm roles from Keycloak ({@code realm_access.roles}). */
public final class Roles {

    public static final String CONSULTANT = "consultant";
    public static final String ADMIN = "admin";
    public static final String JOBCOACH = "jobcoach";
    public static final String MUNICIPALITY = "municipality";

    private Roles() {
    }
}
