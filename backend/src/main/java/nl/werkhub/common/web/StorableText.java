package nl.werkhub.common.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Every text of a request body must be one PostgreSQL can keep exactly as sent. JSON allows two
 * things it cannot: a NUL character ({@code \u0000}), which PostgreSQL refuses (the request used to
 * end in a 500), and an unpaired surrogate ({@code \ud800} on its own), which the driver would
 * silently turn into {@code ?}. Both are refused while the body is read, as a 400 naming the field.
 */
public final class StorableText extends StdScalarDeserializer<String> {

    public StorableText() {
        super(String.class);
    }

    /** Thrown for a text that cannot be stored; the problem mapper names the field. */
    public static final class Refused extends InvalidFormatException {

        Refused(JsonParser parser) {
            super(parser, "text contains a NUL character or an unpaired surrogate", null, String.class);
        }
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && !storable(text)) {
            throw new Refused(parser);
        }
        return text;
    }

    public static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
