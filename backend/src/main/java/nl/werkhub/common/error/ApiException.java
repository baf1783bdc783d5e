package nl.werkhub.common.error;

import java.util.List;
import java.util.UUID;

import nl.werkhub.common.i18n.Languages;
import nl.werkhub.common.i18n.Text;

/**
 * Base of the domain exceptions that become a problem response. The detail and the violation
 * messages are {@link Text}s, translated into the request's language when the problem is written;
 * they are shown to clients, so they must never contain internals. The exception message (for logs)
 * is the English detail.
 */
public abstract class ApiException extends RuntimeException {

    private final ProblemType type;
    private final Text detail;
    private final List<FieldError> fieldErrors;
    private final UUID matchId;

    protected ApiException(ProblemType type, Text detail, List<FieldError> fieldErrors) {
        this(type, detail, fieldErrors, null);
    }

    protected ApiException(ProblemType type, Text detail, List<FieldError> fieldErrors, UUID matchId) {
        super(detail.in(Languages.DEFAULT));
        this.type = type;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null || fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors);
        this.matchId = matchId;
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    /** The {@code matchId} extension member of the problem, or null. */
    public UUID matchId() {
        return matchId;
    }

    /** Null when no field is at fault. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
