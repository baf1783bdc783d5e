package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 428 - a write that needs If-Match came without it. */
public class PreconditionRequiredException extends ApiException {

    public PreconditionRequiredException(Text detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail, null);
    }
}
