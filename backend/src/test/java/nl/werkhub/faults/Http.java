package nl.werkhub.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON client for the fault tests, with a hard timeout so that a hanging request is seen as one. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Longer than any answer the promise allows: a request that reaches it hung. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One answer (status -1 when none came: a timeout or a broken connection) and how long it took. */
    record Answer(String method, String path, long startNanos, long endNanos, int status, String contentType,
            String retryAfter, String body) {

        double millis() {
            return (endNanos - startNanos) / 1e6;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " in " + Math.round(millis()) + " ms"
                    + (ok() ? "" : ": " + (body == null ? "" : body.substring(0, Math.min(300, body.length()))));
        }
    }

    /**
     * For set-up: sends again while no answer comes back (a cold backend), at most for two minutes. Only
     * for requests that may be repeated: the first may still have been carried out.
     */
    Answer untilAnswered(String method, String path, String token, Object body) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Answer a = send(method, path, token, body);
        while (a.status() == -1 && System.nanoTime() < deadline) {
            a = send(method, path, token, body);
        }
        return a;
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer send(String method, String path, String token, Object body) {
        return send(method, path, token, body, TIMEOUT);
    }

    /** With a timeout of its own, for requests that are slow by nature (a bulk intake of 1,000 profiles). */
    Answer send(String method, String path, String token, Object body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            try {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, path, start, System.nanoTime(), r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null), r.headers().firstValue("Retry-After").orElse(null),
                    r.body());
        } catch (HttpTimeoutException e) {
            return new Answer(method, path, start, System.nanoTime(), -1, null, null, "no answer within " + timeout);
        } catch (IOException e) {
            return new Answer(method, path, start, System.nanoTime(), -1, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(method, path, start, System.nanoTime(), -1, null, null, "interrupted");
        }
    }
}
