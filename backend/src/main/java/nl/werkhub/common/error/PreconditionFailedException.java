package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 412 - If-Match does not match the current version. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(Text detail) {
        super(ProblemType.PRECONDITION_FAILED, detail, null);
    }
}
