package nl.werkhub.common.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.werkhub.common.error.Problem;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.i18n.Languages;
import nl.werkhub.common.i18n.Text;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The largest request body each route accepts, answered with a 413 problem. Only the municipal bulk
 * intake needs a large body (up to 1,000 profiles); every other write takes one small object, so
 * the rest of the API gets a limit that a client cannot use to make the backend buffer and parse
 * megabytes. {@code quarkus.http.limits.max-body-size} stays the framework's backstop and must be
 * at least the bulk limit; this handler runs before the framework's own check, which would answer a
 * bare 413 without a body.
 *
 * <p>A body with a {@code Content-Length} is judged before a byte of it is read. A chunked body
 * (no length) is read here, counted, and refused as soon as it passes the limit; what was read is
 * handed on as the request body, so the JAX-RS layer does not read it again.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Before the framework's body-size check (order -2), after its header and CORS handlers. */
    static final int ORDER = -10;

    static final String BULK_SUFFIX = "/candidates/bulk";
    static final String BULK_PREFIX = "/api/municipalities/";

    @ConfigProperty(name = "werkhub.limits.max-body-size")
    MemorySize maxBodySize;

    @ConfigProperty(name = "werkhub.limits.bulk-max-body-size")
    MemorySize bulkMaxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    /** The limit of one request: the bulk intake's for {@code POST /api/municipalities/{code}/candidates/bulk}. */
    long limitFor(HttpMethod method, String path) {
        if (method == HttpMethod.POST && path != null && path.startsWith(BULK_PREFIX) && path.endsWith(BULK_SUFFIX)
                && path.indexOf('/', BULK_PREFIX.length()) == path.length() - BULK_SUFFIX.length()) {
            return bulkMaxBodySize.asLongValue();
        }
        return maxBodySize.asLongValue();
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        long limit = limitFor(request.method(), request.path());
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                // the HTTP codec refuses a malformed length itself
                rc.next();
                return;
            }
            if (declared > limit) {
                tooLarge(rc, limit);
            } else {
                rc.next();
            }
            return;
        }
        String encoding = request.getHeader(HttpHeaderNames.TRANSFER_ENCODING);
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains(HttpHeaderValues.CHUNKED)) {
            rc.next();
            return;
        }
        readChunked(rc, limit);
    }

    private void readChunked(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = { false };
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused[0] = true;
                tooLarge(rc, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ignored -> {
            if (!refused[0]) {
                rc.setBody(body);
                rc.next();
            }
        });
        if (HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(request.getHeader(HttpHeaderNames.EXPECT))) {
            rc.response().writeContinue();
        }
        request.resume();
    }

    private void tooLarge(RoutingContext rc, long limit) {
        HttpServerRequest request = rc.request();
        Locale locale = Languages.of(request.getHeader(HttpHeaderNames.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title().in(locale), type.status(),
                Text.of("detail.payload-too-large", limit).in(locale), request.path(), null);
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the rest of the body is not read: close the connection rather than drain it
        rc.response().setStatusCode(type.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONTENT_LANGUAGE, locale.toLanguageTag())
                .putHeader(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_LANGUAGE)
                .putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .end(Buffer.buffer(body));
    }
}
