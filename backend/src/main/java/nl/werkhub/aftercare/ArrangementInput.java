package nl.werkhub.aftercare;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.werkhub.common.Strings;
import nl.werkhub.common.validation.NoBsn;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One voorziening of a contract. An absent OV_TOPUP amount becomes EUR 250.00, the programme's
 * standard top-up, here in the record, so that validation, storage and the response all see it.
 */
@ConsistentArrangement
@Schema(name = "ArrangementInput")
public record ArrangementInput(
        @Schema(required = true) @NotNull ArrangementKind kind,
        @Schema(description = "EUR, at most 2 decimals, 0.01..10000; only for OV_TOPUP, where it defaults to 250.00",
                examples = "250.00", minimum = "0.01", maximum = "10000")
        @DecimalMin("0.01") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal amount,
        @Schema(maxLength = 500, description = "Required for TRAINING and OTHER, optional otherwise",
                examples = "Heftruckcertificaat bij ROC Albeda")
        @Size(max = 500) @NoBsn String description) {

    public static final BigDecimal DEFAULT_OV_TOPUP = new BigDecimal("250.00");

    public ArrangementInput {
        description = Strings.trimToNull(description);
        if (kind == ArrangementKind.OV_TOPUP && amount == null) {
            amount = DEFAULT_OV_TOPUP;
        }
        if (amount != null && amount.scale() < 2) {
            // 250 and 250.00 are one amount: the column keeps cents, so the response and a comparison
            // with the stored value agree (more than 2 decimals is left for @Digits to refuse)
            amount = amount.setScale(2);
        }
    }
}
