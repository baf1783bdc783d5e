package nl.werkhub.common.error;

/** 428 - a write that needs If-Match came without it. */
public class PreconditionRequiredException extends ApiException {

    public PreconditionRequiredException(String detail) {
        super(ProblemType.PRECONDITION_REQUIRED, detail, null);
    }
}
