package nl.werkhub.common.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * An enum value is taken only as the contract spells it. Jackson trims the text before it looks a
 * name up, so {@code " MICRO"} and {@code "GOOD\u0000"} (trim also drops control characters) were
 * taken as MICRO and GOOD: harmless values, but a client that sends them has a bug it should hear
 * about, and the contract promises exactly these names.
 */
final class ExactEnumNames extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
            BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Exact(deserializer, type.getRawClass());
    }

    private static final class Exact extends DelegatingDeserializer {

        private final Class<?> enumType;

        Exact(JsonDeserializer<?> delegate, Class<?> enumType) {
            super(delegate);
            this.enumType = enumType;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Exact(newDelegatee, enumType);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (!text.isEmpty() && (padded(text.charAt(0)) || padded(text.charAt(text.length() - 1)))) {
                    throw InvalidFormatException.from(parser, "not one of the enum's names", text, enumType);
                }
            }
            return super.deserialize(parser, context);
        }

        /** What Jackson's trim would take off: control characters, spaces and other white space. */
        private static boolean padded(char c) {
            return c <= ' ' || Character.isWhitespace(c);
        }
    }
}
