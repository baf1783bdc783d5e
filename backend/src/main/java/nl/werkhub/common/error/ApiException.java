package nl.werkhub.common.error;

import java.util.List;

/**
 * Base of the domain exceptions that become a problem response. The message is the problem's
 * {@code detail} and is shown to clients, so it must never contain internals.
 */
public abstract class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    protected ApiException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }
}
