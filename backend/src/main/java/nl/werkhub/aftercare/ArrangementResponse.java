package nl.werkhub.aftercare;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One voorziening of a placement, as agreed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ArrangementResponse")
public record ArrangementResponse(
        @Schema(required = true) ArrangementKind kind,
        @Schema(description = "EUR; only for OV_TOPUP", examples = "250.00") BigDecimal amount,
        String description) {
}
