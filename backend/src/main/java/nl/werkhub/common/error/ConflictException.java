package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 409 - the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {

    public ConflictException(Text detail) {
        super(ProblemType.CONFLICT, detail, null);
    }
}
