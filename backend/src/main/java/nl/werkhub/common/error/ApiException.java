package nl.werkhub.common.error;

import java.util.List;

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

    protected ApiException(ProblemType type, Text detail, List<FieldError> fieldErrors) {
        super(detail.in(Languages.DEFAULT));
        this.type = type;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null || fieldErrors.isEmpty() ? null : List.copyOf(fieldErrors);
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    /** Null when no field is at fault. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
