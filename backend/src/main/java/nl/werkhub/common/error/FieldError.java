package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** A field at fault, with its message still untranslated; becomes a {@link Violation} in the response. */
public record FieldError(String field, Text message) {
}
