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
        refuseUnstorable(uri.getPathParameters(true));
        refuseUnstorable(uri.getQueryParameters(true));
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
