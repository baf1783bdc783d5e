package nl.werkhub.common.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;

/**
 * Path and query values obey the rule of {@link StorableText}: a {@code %00} in a talent code or a
 * client number would otherwise reach PostgreSQL, which refuses it, and end in a 500. Refused here
 * for every operation at once, as a 400 naming the parameter.
 */
public class StorableParameters {

    @ServerRequestFilter
    void refuseUnstorable(UriInfo uri) {
        // Such a value can only arrive percent-encoded: %00, or %ED (the first byte of an encoded
        // surrogate); the HTTP parser refuses raw control bytes. So every other request, GET by id
        // included, pays one scan of its raw URI here and no decoding of its parameters.
        String raw = uri.getRequestUri().getRawPath() + "?" + uri.getRequestUri().getRawQuery();
        if (!mayHoldUnstorable(raw)) {
            return;
        }
        refuseUnstorable(uri.getPathParameters(true));
        refuseUnstorable(uri.getQueryParameters(true));
    }

    static boolean mayHoldUnstorable(String rawUri) {
        for (int i = rawUri.indexOf('%'); i >= 0 && i + 2 < rawUri.length(); i = rawUri.indexOf('%', i + 1)) {
            char high = rawUri.charAt(i + 1);
            char low = rawUri.charAt(i + 2);
            if (high == '0' && low == '0' || (high == 'e' || high == 'E') && (low == 'd' || low == 'D')) {
                return true;
            }
        }
        return false;
    }

    private static void refuseUnstorable(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && !StorableText.storable(value)) {
                    throw new MalformedRequestException(parameter.getKey(), Text.of("field.unstorable-text"));
                }
            }
        }
    }
}
