package nl.werkhub.common.error;

import java.util.List;

import nl.werkhub.common.i18n.Text;

/** 422 - the body is well-formed but breaks a rule that needs the database (e.g. an unknown municipality). */
public class BusinessValidationException extends ApiException {

    public BusinessValidationException(String field, Text message) {
        this(List.of(new FieldError(field, message)));
    }

    public BusinessValidationException(List<FieldError> fieldErrors) {
        super(ProblemType.VALIDATION_FAILED, Text.of("detail.invalid-fields", fieldErrors.size()), fieldErrors);
    }
}
