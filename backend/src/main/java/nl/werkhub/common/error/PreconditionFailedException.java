package nl.werkhub.common.error;

/** 412 - If-Match does not match the current version. */
public class PreconditionFailedException extends ApiException {

    public PreconditionFailedException(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail, null);
    }
}
