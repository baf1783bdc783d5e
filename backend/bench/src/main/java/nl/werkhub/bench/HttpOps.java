package nl.werkhub.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The timed API request: GET with the consultant's token, the whole body read, anything but 200 an error. */
final class HttpOps {

    private HttpOps() {
    }

    static LoadRunner.OpFactory get(Api api, Tokens tokens, String path) {
        URI uri = URI.create(api.baseUrl + path);
        return () -> () -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + tokens.consultant())
                    .header("Accept", "application/json").GET().build();
            HttpResponse<byte[]> response = api.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + Api.abbreviate(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        };
    }
}
