package nl.werkhub.common.idempotency;

import nl.werkhub.common.error.ApiException;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.i18n.Text;

/** 409 {@code idempotency-key-in-use} or 422 {@code idempotency-key-reused}; see {@link IdempotencyKeys}. */
public class IdempotencyKeyException extends ApiException {

    IdempotencyKeyException(ProblemType type, Text detail) {
        super(type, detail, null);
    }
}
