package nl.werkhub.common.error;

/** 404 - unknown id, or not visible to the caller. */
public class ResourceNotFoundException extends ApiException {

    public ResourceNotFoundException(String detail) {
        super(ProblemType.NOT_FOUND, detail, null);
    }
}
