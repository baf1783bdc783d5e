package nl.werkhub.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The backend's JSON API as the SPA and municipal systems use it: bearer token, JSON in and out. */
final class Api {

    record Reply(int status, JsonNode body, String raw) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    final HttpClient http;
    final ObjectMapper json;
    final String baseUrl;

    Api(HttpClient http, ObjectMapper json, String baseUrl) {
        this.http = http;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    /** Shared by every request of a run: HTTP/1.1 keep-alive, one connection per concurrent caller. */
    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    Reply post(String path, String token, Object body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body))).build());
    }

    /** Like {@link #get} but fails unless the answer is 2xx. */
    JsonNode getOk(String path, String token) {
        return ok("GET " + path, get(path, token));
    }

    JsonNode postOk(String path, String token, Object body) {
        return ok("POST " + path, post(path, token, body));
    }

    static JsonNode ok(String what, Reply reply) {
        if (!reply.ok()) {
            throw new BenchException(what + " answered " + reply.status() + ": " + abbreviate(reply.raw()));
        }
        return reply.body();
    }

    byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            JsonNode body = raw == null || raw.isBlank() ? json.nullNode() : parse(raw);
            return new Reply(response.statusCode(), body, raw);
        } catch (IOException e) {
            throw new BenchException("cannot reach the backend at " + request.uri() + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }

    private JsonNode parse(String raw) {
        try {
            return json.readTree(raw);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(raw);
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 600 ? s : s.substring(0, 600) + " ...";
    }
}
