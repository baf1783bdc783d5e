package nl.werkhub.common.web;

/** Names of the reusable OpenAPI responses and headers declared in {@code nl/werkhub/package-info.java}. */
public final class ApiResponses {

    public static final String ETAG_HEADER = "ETag";
    public static final String CONTENT_LANGUAGE_HEADER = "Content-Language";
    public static final String MALFORMED_REQUEST = "MalformedRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String RETRY_AFTER_HEADER = "Retry-After";
    public static final String VALIDATION_FAILED = "ValidationFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String DIRECTORY_UNAVAILABLE = "DirectoryUnavailable";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

    private ApiResponses() {
    }
}
