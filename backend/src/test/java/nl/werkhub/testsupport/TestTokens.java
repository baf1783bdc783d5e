package nl.werkhub.testsupport;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real signed access tokens for the tests, shaped like Keycloak's: audience {@code werkhub-api},
 * roles in {@code realm_access.roles}. They are signed with the key whose public half the
 * OidcWiremockTestResource (here OidcWithKeycloakAdmin) publishes, so the backend's full OIDC bearer validation runs.
 */
public final class TestTokens {

    public static final String CONSULTANT = "consultant";
    public static final String ADMIN = "admin";
    public static final String JOBCOACH = "jobcoach";
    public static final String MUNICIPALITY = "municipality";
    public static final String MONITORING = "monitoring";

    private TestTokens() {
    }

    public static String consultant() {
        return token("c-0001", "connie.consultant", CONSULTANT);
    }

    public static String admin() {
        return token("a-0001", "adam.admin", ADMIN);
    }

    public static String jobcoach() {
        return token("j-0001", "jos.jobcoach", JOBCOACH);
    }

    /** The demo realm's scraper, client werkhub-monitoring (client credentials): role monitoring only. */
    public static String monitoring() {
        return token("svc-monitoring", "service-account-werkhub-monitoring", MONITORING);
    }

    /** The municipal system of Rotterdam (client credentials; claim municipality=rotterdam). */
    public static String municipality() {
        return rotterdam();
    }

    public static String rotterdam() {
        return municipality("rotterdam");
    }

    public static String capelle() {
        return municipality("capelle");
    }

    /** A municipal system's service account, as Keycloak issues it: role municipality and the claim. */
    public static String municipality(String code) {
        return claims("svc-" + code, "service-account-gemeente-" + code, MUNICIPALITY)
                .claim("municipality", code).sign();
    }

    /**
     * A municipality's staff member logged in to the SPA, as the realm's user {@code rotterdam}: a
     * person's username (not a service account's), role municipality and the claim from the user's
     * attribute.
     */
    public static String municipalStaff(String code) {
        return claims("u-staff-" + code, code, MUNICIPALITY).claim("municipality", code).sign();
    }

    /** Role municipality but no municipality claim (a misconfigured client). */
    public static String municipalityWithoutClaim() {
        return token("svc-none", "service-account-gemeente-none", MUNICIPALITY);
    }

    /** A jobcoach with a chosen username (what a profile's {@code jobcoach} field names). */
    public static String jobcoach(String username) {
        return token("j-" + username, username, JOBCOACH);
    }

    public static String token(String subject, String username, String... roles) {
        return claims(subject, username, roles).sign();
    }

    public static String expired() {
        return claims("c-0001", "connie.consultant", CONSULTANT)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
    }

    /** A consultant's token that expires at the given moment (whole seconds, as JWT's exp). */
    public static String consultantExpiringAt(Instant expiresAt) {
        return claims("c-0001", "connie.consultant", CONSULTANT).expiresAt(expiresAt).sign();
    }

    public static String wrongAudience() {
        return claims("c-0001", "connie.consultant", CONSULTANT).audience("some-other-api").sign();
    }

    /** Well-formed but signed with a key the server does not know. */
    public static String foreignSignature() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("c-0001", "connie.consultant", CONSULTANT).jws().keyId("1")
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String username, String... roles) {
        return Jwt.claims()
                .issuer("https://server.example.com")
                .audience("werkhub-api")
                .subject(subject)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600);
    }
}
