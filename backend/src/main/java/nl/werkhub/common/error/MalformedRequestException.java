package nl.werkhub.common.error;

import java.util.List;

/** 400 - unparsable body or a bad query/path parameter. */
public class MalformedRequestException extends ApiException {

    public MalformedRequestException(String detail) {
        super(ProblemType.MALFORMED_REQUEST, detail, null);
    }

    public MalformedRequestException(String field, String message) {
        super(ProblemType.MALFORMED_REQUEST, "Invalid value for '" + field + "'", List.of(new Violation(field, message)));
    }
}
