package nl.werkhub.common.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A date as the contract's {@code format: date} means it: RFC 3339 {@code full-date}, four-digit
 * year, {@code 2026-03-01} and nothing else. Java also reads {@code +999999999-12-31}, which
 * PostgreSQL cannot store (a 500 before this); and Jackson read {@code ""} as no date at all, which
 * for a contract's end date meant "permanent".
 */
public final class FullDate extends StdScalarDeserializer<LocalDate> {

    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    public FullDate() {
        super(LocalDate.class);
    }

    /** The date, or a {@link DateTimeParseException} for anything that is not one in this form. */
    public static LocalDate parse(String text) {
        if (!FULL_DATE.matcher(text).matches()) {
            throw new DateTimeParseException("not a date as yyyy-mm-dd", text, 0);
        }
        return LocalDate.parse(text);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(parser, "not a date as yyyy-mm-dd", text, LocalDate.class);
        }
    }
}
