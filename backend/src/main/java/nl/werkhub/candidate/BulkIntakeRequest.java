package nl.werkhub.candidate;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Up to {@value #MAX_ITEMS} profiles; each is validated and written on its own. */
@Schema(name = "BulkIntakeRequest")
public record BulkIntakeRequest(
        @Schema(required = true, minItems = 1, maxItems = MAX_ITEMS) @NotNull @Size(min = 1, max = MAX_ITEMS, message = "{nl.werkhub.candidate.items.size}") List<BulkIntakeItem> items) {

    public static final int MAX_ITEMS = 1000;
}
