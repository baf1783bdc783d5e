package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/**
 * The problem slugs of docs/api.md, with their HTTP status. The title is translated
 * ({@code title.<slug>} in {@code messages/problems.properties}); the type URI never is.
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    // 409s of the match pipeline, with slugs of their own so a client can tell them apart
    ILLEGAL_TRANSITION(409, "illegal-transition"),
    VACANCY_NOT_OPEN(409, "vacancy-not-open"),
    MATCH_EXISTS(409, "match-exists"),
    CANDIDATE_ALREADY_PLACED(409, "candidate-already-placed"),
    VACANCY_HAS_MATCHES(409, "vacancy-has-matches"),
    // logging a follow-up call that was already logged or cancelled (issue 5)
    CALL_NOT_PLANNED(409, "call-not-planned"),
    // a request with the same Idempotency-Key is still running (issue 7)
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION_FAILED(422, "validation-failed"),
    // the Idempotency-Key was used before for another request; after validation-failed, so that
    // forStatus(422) stays the generic one
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    // declared after service-unavailable, so that forStatus(503) stays the generic one
    DIRECTORY_UNAVAILABLE(503, "directory-unavailable");

    public static final String BASE_URI = "https://werkhub.nl/problems/";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public Text title() {
        return Text.of("title." + slug);
    }

    public String uri() {
        return BASE_URI + slug;
    }

    /**
     * The type used for a status that has no slug of its own (e.g. 410, 503 from the framework); for 409
     * that is the generic {@code conflict}, which is declared before the specific ones.
     */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
