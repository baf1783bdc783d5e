package nl.werkhub.aftercare;

import nl.werkhub.common.error.ApiException;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.i18n.Text;

/**
 * The jobcoach directory (Keycloak) cannot answer and has nothing cached to answer from: a 503
 * problem {@code directory-unavailable}. Nothing is wrong with the request, so it is not a 4xx, and
 * nothing is wrong with the backend, so it is not a 500.
 */
public class DirectoryUnavailableException extends ApiException {

    public DirectoryUnavailableException() {
        super(ProblemType.DIRECTORY_UNAVAILABLE, Text.of("detail.directory-unavailable"), null);
    }
}
