package nl.werkhub.common.error;

import java.util.List;

/** 422 - the body is well-formed but breaks a rule that needs the database (e.g. an unknown municipality). */
public class BusinessValidationException extends ApiException {

    public BusinessValidationException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public BusinessValidationException(List<Violation> violations) {
        super(ProblemType.VALIDATION_FAILED,
                violations.size() == 1 ? "The request has 1 invalid field" : "The request has " + violations.size() + " invalid fields",
                violations);
    }
}
