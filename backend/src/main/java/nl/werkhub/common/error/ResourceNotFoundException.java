package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 404 - unknown id, or not visible to the caller. */
public class ResourceNotFoundException extends ApiException {

    public ResourceNotFoundException(Text detail) {
        super(ProblemType.NOT_FOUND, detail, null);
    }
}
