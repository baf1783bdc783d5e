package nl.werkhub.common.web;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;

/** Guards for request bodies. */
public final class Bodies {

    private Bodies() {
    }

    /** An empty body reaches the resource as {@code null}; that is a malformed request, not a 500. */
    public static <T> T require(T body) {
        if (body == null) {
            throw new MalformedRequestException(Text.of("detail.body-missing"));
        }
        return body;
    }
}
