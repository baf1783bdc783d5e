package nl.werkhub.common.i18n;

import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import org.hibernate.validator.spi.messageinterpolation.LocaleResolver;
import org.hibernate.validator.spi.messageinterpolation.LocaleResolverContext;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Bean Validation messages in the language of the request, chosen by {@link Languages#of} exactly
 * like the problem texts. Quarkus' own resolver matches {@code Accept-Language} with RFC 4647
 * filtering, under which {@code nl-NL} (what browsers and the SPA send) does not match {@code nl};
 * this one uses lookup, so it does. Outside a request it returns null and the configured default
 * locale ({@code quarkus.default-locale=en}) applies.
 */
@Singleton
@Priority(100)
public class RequestLocaleResolver implements LocaleResolver {

    @Inject
    CurrentVertxRequest currentRequest;

    @Override
    public Locale resolve(LocaleResolverContext context) {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext routing = currentRequest.getCurrent();
        if (routing == null) {
            return null;
        }
        return Languages.of(routing.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
