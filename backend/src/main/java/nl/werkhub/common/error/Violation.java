package nl.werkhub.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field-level problem inside a {@link Problem}. {@code field} is the JSON name (dotted for nested values). */
@Schema(name = "Violation", description = "A field that is at fault")
public record Violation(
        @Schema(required = true, examples = "kvkNumber") String field,
        @Schema(required = true, examples = "must be exactly 8 digits") String message) {
}
