package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 429 - a client over its rate limit; the problem carries {@code Retry-After} in whole seconds. */
public class TooManyRequestsException extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(Text detail, long retryAfterSeconds) {
        super(ProblemType.TOO_MANY_REQUESTS, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
