package nl.werkhub.common.audit;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read from the validated bearer token. */
@RequestScoped
public class CurrentUser {

    public static final String MUNICIPALITY_CLAIM = "municipality";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String subject() {
        String sub = token == null ? null : token.getSubject();
        return sub != null ? sub : username();
    }

    /** {@code preferred_username}, falling back to the subject. */
    public String username() {
        if (token != null) {
            String preferred = token.getClaim("preferred_username");
            if (preferred != null && !preferred.isBlank()) {
                return preferred;
            }
            if (token.getSubject() != null) {
                return token.getSubject();
            }
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The municipality code of a municipal client or jobcoach, or null. */
    public String municipality() {
        if (token == null) {
            return null;
        }
        Object claim = token.getClaim(MUNICIPALITY_CLAIM);
        // Keycloak user attributes arrive as a string or, for multivalued mappers, as an array
        if (claim instanceof jakarta.json.JsonArray array) {
            claim = array.isEmpty() ? null : array.get(0);
        } else if (claim instanceof java.util.Collection<?> collection) {
            claim = collection.isEmpty() ? null : collection.iterator().next();
        }
        if (claim instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public Actor actor() {
        return new Actor(subject(), username());
    }
}
