package nl.werkhub.aftercare;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The jobcoaches are the realm users with realm role {@code jobcoach}, read through the Keycloak
 * Admin REST API ({@code GET {admin}/roles/jobcoach/users}) with the confidential client
 * {@code werkhub-backend} (client-credentials grant; its service account has {@code view-users}).
 *
 * <p>The list is cached for {@code werkhub.jobcoaches.cache-ttl}: placements look a jobcoach up on
 * every write, and Keycloak should not be asked each time. A username that is not in the cache is
 * looked up once more, so a jobcoach added in Keycloak a minute ago can be named at once. When
 * Keycloak cannot be reached, a stale list is served (the names change rarely, and a consultant can
 * keep working); only with nothing to serve is the answer a 503 {@code directory-unavailable}.
 * After a failure Keycloak is not asked again for {@link #RETRY_AFTER_FAILURE}, so that an outage
 * does not make every request wait for the connect timeout.
 *
 * <p>Plain JDK HTTP client rather than the OIDC client extension: two requests and one cached
 * token do not justify another extension and its configuration tree.
 */
@ApplicationScoped
public class KeycloakJobcoachDirectory implements JobcoachDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakJobcoachDirectory.class);

    static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Keycloak's page size limit for the role's users. */
    private static final int PAGE = 100;
    private static final Comparator<Jobcoach> BY_DISPLAY_NAME = Comparator
            .comparing((Jobcoach j) -> j.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(Jobcoach::username);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "werkhub.keycloak.admin-url")
    Optional<String> adminUrlOverride;

    @ConfigProperty(name = "werkhub.keycloak.token-url")
    Optional<String> tokenUrlOverride;

    @ConfigProperty(name = "werkhub.keycloak.client-id")
    String clientId;

    @ConfigProperty(name = "werkhub.keycloak.client-secret")
    Optional<String> clientSecret;

    @ConfigProperty(name = "werkhub.jobcoaches.role", defaultValue = "jobcoach")
    String role;

    @ConfigProperty(name = "werkhub.jobcoaches.cache-ttl")
    Duration cacheTtl;

    /** The last list read, or null; replaced as a whole, never changed. */
    private volatile Snapshot cache;
    private volatile long lastFailureNanos;
    private volatile boolean failedLast;
    private String accessToken;
    private long accessTokenExpiresNanos;

    private record Snapshot(List<Jobcoach> jobcoaches, long fetchedNanos) {
    }

    @Override
    public List<Jobcoach> all() {
        Snapshot s = cache;
        if (s != null && System.nanoTime() - s.fetchedNanos < cacheTtl.toNanos()) {
            return s.jobcoaches;
        }
        return refresh(System.nanoTime(), s != null).jobcoaches;
    }

    @Override
    public Optional<Jobcoach> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        long asked = System.nanoTime();
        Optional<Jobcoach> found = lookup(all(), username);
        if (found.isPresent()) {
            return found;
        }
        // Not known (yet): ask Keycloak once more, unless a read has finished since this call began.
        // Keycloak down here means we cannot tell a new jobcoach from a typo, so that is a 503, not
        // an "unknown jobcoach" that would send the consultant looking for a mistake they did not make.
        return lookup(refresh(asked, false).jobcoaches, username);
    }

    private static Optional<Jobcoach> lookup(List<Jobcoach> jobcoaches, String username) {
        return jobcoaches.stream().filter(j -> j.username().equals(username)).findFirst();
    }

    /** Forget the list, the token and a recent failure (tests; operations after a realm change). */
    public synchronized void invalidate() {
        cache = null;
        failedLast = false;
        accessToken = null;
    }

    /** Make the cached list older than the TTL, as if it had been read long ago (tests). */
    synchronized void expireCache() {
        Snapshot s = cache;
        if (s != null) {
            cache = new Snapshot(s.jobcoaches, System.nanoTime() - cacheTtl.toNanos() - 1);
        }
    }

    /**
     * Reads the list unless one was read after {@code notBefore} (another thread did the work). With
     * {@code staleAllowed}, a failure answers the cached list instead of the 503.
     */
    private synchronized Snapshot refresh(long notBefore, boolean staleAllowed) {
        Snapshot s = cache;
        if (s != null && s.fetchedNanos - notBefore >= 0) {
            return s;
        }
        if (failedLast && System.nanoTime() - lastFailureNanos < RETRY_AFTER_FAILURE.toNanos()) {
            return staleOrFail(s, staleAllowed);
        }
        try {
            List<Jobcoach> read = read();
            Snapshot fresh = new Snapshot(read, System.nanoTime());
            cache = fresh;
            failedLast = false;
            return fresh;
        } catch (IOException | DirectoryReadException e) {
            failedLast = true;
            lastFailureNanos = System.nanoTime();
            LOG.warnf("Jobcoach directory: Keycloak could not be read (%s)%s", e.getMessage(),
                    s != null && staleAllowed ? "; serving the list read earlier" : "");
            return staleOrFail(s, staleAllowed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailableException();
        }
    }

    private static Snapshot staleOrFail(Snapshot s, boolean staleAllowed) {
        if (s != null && staleAllowed) {
            return s;
        }
        throw new DirectoryUnavailableException();
    }

    private List<Jobcoach> read() throws IOException, InterruptedException {
        try {
            return readUsers(token());
        } catch (TokenRejected e) {
            // revoked or rotated since we fetched it: one new token, one more try
            accessToken = null;
            return readUsers(token());
        }
    }

    private List<Jobcoach> readUsers(String token) throws IOException, InterruptedException {
        List<Jobcoach> result = new ArrayList<>();
        String base = adminUrl() + "/roles/" + encode(role) + "/users";
        for (int first = 0;; first += PAGE) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "?briefRepresentation=true&first=" + first + "&max=" + PAGE))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new TokenRejected();
            }
            if (response.statusCode() != 200) {
                throw new DirectoryReadException("role users answered " + response.statusCode());
            }
            JsonNode users = json.readTree(response.body());
            if (!users.isArray()) {
                throw new DirectoryReadException("role users is not a JSON array");
            }
            for (JsonNode u : users) {
                // a disabled account cannot log in, so it cannot make the calls either
                if (u.path("enabled").asBoolean(true) && u.hasNonNull("username")) {
                    result.add(new Jobcoach(u.get("username").asText(), text(u, "firstName"), text(u, "lastName")));
                }
            }
            if (users.size() < PAGE) {
                break;
            }
        }
        result.sort(BY_DISPLAY_NAME);
        return List.copyOf(result);
    }

    private String token() throws IOException, InterruptedException {
        if (accessToken != null && System.nanoTime() - accessTokenExpiresNanos < 0) {
            return accessToken;
        }
        String secret = clientSecret.orElse("");
        if (secret.isBlank()) {
            throw new DirectoryReadException("werkhub.keycloak.client-secret (KEYCLOAK_BACKEND_CLIENT_SECRET) is not set");
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new DirectoryReadException("token endpoint answered " + response.statusCode() + " for client " + clientId);
        }
        JsonNode body = json.readTree(response.body());
        String token = body.path("access_token").asText(null);
        if (token == null || token.isBlank()) {
            throw new DirectoryReadException("token endpoint gave no access_token");
        }
        long expiresIn = body.path("expires_in").asLong(60);
        // renew a little early, so a token never expires between our check and Keycloak's
        accessTokenExpiresNanos = System.nanoTime() + Duration.ofSeconds(Math.max(0, expiresIn - 10)).toNanos();
        accessToken = token;
        return token;
    }

    /** {@code http://host/realms/werkhub} → {@code http://host/admin/realms/werkhub}, unless configured. */
    String adminUrl() {
        if (adminUrlOverride.isPresent() && !adminUrlOverride.get().isBlank()) {
            return stripSlash(adminUrlOverride.get());
        }
        String issuer = stripSlash(authServerUrl);
        int i = issuer.lastIndexOf("/realms/");
        if (i < 0) {
            throw new DirectoryReadException("quarkus.oidc.auth-server-url has no /realms/<realm>; set werkhub.keycloak.admin-url");
        }
        return issuer.substring(0, i) + "/admin" + issuer.substring(i);
    }

    String tokenUrl() {
        if (tokenUrlOverride.isPresent() && !tokenUrlOverride.get().isBlank()) {
            return tokenUrlOverride.get();
        }
        return stripSlash(authServerUrl) + "/protocol/openid-connect/token";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String text(JsonNode node, String field) {
        String v = node.path(field).asText(null);
        return v == null || v.isBlank() ? null : v;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Keycloak answered, but not with what we need (misconfiguration, missing role, bad secret). */
    private static class DirectoryReadException extends RuntimeException {
        DirectoryReadException(String message) {
            super(message);
        }
    }

    private static final class TokenRejected extends DirectoryReadException {
        TokenRejected() {
            super("admin API refused the access token");
        }
    }
}
