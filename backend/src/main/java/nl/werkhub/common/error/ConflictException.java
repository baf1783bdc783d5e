package nl.werkhub.common.error;

/** 409 - the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {

    public ConflictException(String detail) {
        super(ProblemType.CONFLICT, detail, null);
    }
}
