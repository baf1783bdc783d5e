package nl.werkhub.common.error;

import java.util.List;

import nl.werkhub.common.i18n.Text;

/** 400 - unparsable body or a bad query/path parameter. */
public class MalformedRequestException extends ApiException {

    public MalformedRequestException(Text detail) {
        super(ProblemType.MALFORMED_REQUEST, detail, null);
    }

    public MalformedRequestException(String field, Text message) {
        super(ProblemType.MALFORMED_REQUEST, Text.of("detail.invalid-parameter", field),
                List.of(new FieldError(field, message)));
    }
}
