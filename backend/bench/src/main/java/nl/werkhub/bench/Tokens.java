package nl.werkhub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the realm's demo clients, cached until shortly before they expire: the realm
 * issues 5-minute tokens, and a benchmark phase must never hit Keycloak while it is being timed
 * (callers refresh between phases with {@link #fresh}).
 */
final class Tokens {

    /** The dev-only password grant of the realm file; consultants log in through the SPA otherwise. */
    static final String CONSULTANT = "consultant";

    /** The demo jobcoach (same grant): "the jobcoach's calls for today" are hers. */
    static final String JOBCOACH = "jobcoach";

    private record Cached(String token, Instant expires) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final String tokenUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Tokens(HttpClient http, ObjectMapper json, String keycloakUrl) {
        this.http = http;
        this.json = json;
        this.tokenUrl = keycloakUrl + "/realms/werkhub/protocol/openid-connect/token";
    }

    /** A token valid for at least {@code margin}; fetches a new one otherwise. */
    String fresh(String who, Duration margin) {
        Cached c = cache.get(who);
        if (c == null || Instant.now().plus(margin).isAfter(c.expires())) {
            c = fetch(who);
            cache.put(who, c);
        }
        return c.token();
    }

    /** The consultant's token: the password grant of client werkhub-cli. */
    String consultant() {
        return fresh(CONSULTANT, Duration.ofSeconds(60));
    }

    /** A municipal system's token: client credentials of gemeente-{code}, secret gemeente-{code}-secret. */
    String municipality(String code) {
        return fresh("gemeente-" + code, Duration.ofSeconds(60));
    }

    /** A token for a demo user (password grant) or a {@code gemeente-*} client (client credentials). */
    String of(String who) {
        return fresh(who, Duration.ofSeconds(60));
    }

    private Cached fetch(String who) {
        Map<String, String> form = !who.startsWith("gemeente-")
                ? Map.of("grant_type", "password", "client_id", "werkhub-cli", "username", who, "password", who)
                : Map.of("grant_type", "client_credentials", "client_id", who, "client_secret", who + "-secret");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BenchException("Keycloak refused a token for " + who + " (HTTP " + response.statusCode()
                        + "): " + response.body());
            }
            JsonNode node = json.readTree(response.body());
            Instant expires = Instant.now().plusSeconds(node.path("expires_in").asLong(300));
            return new Cached(node.path("access_token").asText(), expires);
        } catch (java.io.IOException e) {
            throw new BenchException("cannot reach Keycloak at " + tokenUrl + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }
}
