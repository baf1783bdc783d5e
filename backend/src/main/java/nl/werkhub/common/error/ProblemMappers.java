package nl.werkhub.common.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import nl.werkhub.common.i18n.Languages;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.StorableText;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem. Client-facing texts come from
 * {@code messages/problems.properties} (or, for Bean Validation, {@code ValidationMessages}), never
 * from an exception message of a library (those can contain class names, SQL or values). They are
 * translated here, into the language the request asks for ({@link Languages#of}), and the response
 * says which one with {@code Content-Language}.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Name of the unique constraint on employer.kvk_number (see V1 migration). */
    static final String EMPLOYER_KVK_CONSTRAINT = "uk_employer_kvk_number";

    /** A restarted PostgreSQL answers within seconds; the pool reconnects on the next request. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response apiException(ApiException e, ContainerRequestContext ctx) {
        Locale locale = locale(ctx);
        List<Violation> violations = e.fieldErrors() == null ? null
                : e.fieldErrors().stream().map(f -> new Violation(f.field(), f.message().in(locale))).toList();
        Response r = problemResponse(e.type().status(), e.type(), e.detail(), violations, e.matchId(), ctx);
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                    .build();
        }
        // a dependency that is down (the jobcoach directory): tell clients when a retry makes sense
        if (e.type().status() == 503) {
            return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "10").build();
        }
        // the first request with this Idempotency-Key is still running; its answer is usually there in a second
        return e.type() == ProblemType.IDEMPOTENCY_KEY_IN_USE
                ? Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "1").build() : r;
    }

    // ---- request body -------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, ContainerRequestContext ctx) {
        return jackson(e, ctx);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext ctx) {
        return jackson(e, ctx);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, ContainerRequestContext ctx) {
        return jackson(e, ctx);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, ContainerRequestContext ctx) {
        return jackson(e, ctx);
    }

    @ServerExceptionMapper
    public Response invalidDefinition(InvalidDefinitionException e, ContainerRequestContext ctx) {
        return internalError(e, ctx);
    }

    private Response jackson(JsonProcessingException e, ContainerRequestContext ctx) {
        if (e instanceof InvalidDefinitionException) {
            return internalError(e, ctx);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            Text message;
            if (e instanceof UnrecognizedPropertyException) {
                message = Text.of("field.unknown-property");
            } else if (e instanceof StorableText.Refused) {
                message = Text.of("field.unstorable-text");
            } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = expected(format.getTargetType());
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = expected(mismatch.getTargetType());
            } else {
                message = Text.of("field.invalid-value");
            }
            return problem(ProblemType.MALFORMED_REQUEST, Text.of("detail.body-invalid-value", field),
                    List.of(new FieldError(field, message)), ctx);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return problem(ProblemType.MALFORMED_REQUEST, Text.of("detail.body-not-object"), null, ctx);
        }
        return problem(ProblemType.MALFORMED_REQUEST, Text.of("detail.body-not-json"), null, ctx);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** "must be an integer", "must be one of MICRO, SMALL, MEDIUM", ... */
    private static Text expected(Class<?> type) {
        if (type.isEnum()) {
            return Text.of("field.one-of",
                    Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
        }
        if (type == String.class) {
            return Text.of("field.string");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Text.of("field.integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return Text.of("field.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("field.boolean");
        }
        if (type == UUID.class) {
            return Text.of("field.uuid");
        }
        if (type == java.time.LocalDate.class) {
            return Text.of("field.date");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Text.of("field.array");
        }
        return Text.of("field.object");
    }

    // ---- bean validation ----------------------------------------------------------------------

    /**
     * The messages are already in the request's language: Hibernate Validator interpolated them with
     * the locale of {@link nl.werkhub.common.i18n.RequestLocaleResolver}, which uses {@link Languages#of}.
     */
    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, ContainerRequestContext ctx) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    // a response that breaks its own constraints is our bug, not the client's
                    return internalError(e, ctx);
                }
            }
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return problemResponse(type.status(), type, Text.of("detail.invalid-fields", violations.size()), violations, ctx);
    }

    /** {@code create.request.kvkNumber} becomes {@code kvkNumber}; a bare parameter keeps its own name. */
    public static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        String parameter = null;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getKind() == ElementKind.PARAMETER) {
                start = i + 1;
                parameter = nodes.get(i).getName();
                break;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.BEAN) {
                continue;
            }
            if (node.getName() == null || node.getName().startsWith("<")) {
                // container element without a name (e.g. list element)
                if (node.getIndex() != null) {
                    sb.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                // a property of a bean in a list: Bean Validation puts the list index on this node,
                // but it belongs to the list (talents[1].level, not talents.level[1])
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        if (sb.isEmpty()) {
            return parameter != null ? parameter : "body";
        }
        return sb.toString();
    }

    // ---- framework / JAX-RS -------------------------------------------------------------------

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext ctx) {
        return problem(ProblemType.NOT_FOUND, Text.of("detail.no-resource"), null, ctx);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext ctx) {
        Response r = problem(ProblemType.METHOD_NOT_ALLOWED, Text.of("detail.method-not-allowed"), null, ctx);
        String allow = e.getResponse() == null ? null : e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? r : Response.fromResponse(r).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, ContainerRequestContext ctx) {
        return problem(ProblemType.NOT_ACCEPTABLE, Text.of("detail.not-acceptable"), null, ctx);
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, ContainerRequestContext ctx) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.of("detail.unsupported-media-type"), null, ctx);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext ctx) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException json) {
                return jackson(json, ctx);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internalError(e, ctx);
        }
        ProblemType type = ProblemType.forStatus(status);
        Text detail = Text.of(switch (status) {
            case 400 -> "detail.bad-request";
            case 401 -> "detail.unauthorized";
            case 403 -> "detail.forbidden-request";
            case 404 -> "detail.no-resource";
            case 405 -> "detail.method-not-allowed";
            case 406 -> "detail.not-acceptable";
            case 415 -> "detail.unsupported-media-type";
            default -> "detail.not-processed";
        });
        return Response.fromResponse(problemResponse(status, type, detail, null, ctx)).build();
    }

    // ---- security -----------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext ctx) {
        return unauthorizedProblem(ctx);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext ctx) {
        return unauthorizedProblem(ctx);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext ctx) {
        return problem(ProblemType.FORBIDDEN, Text.of("detail.forbidden"), null, ctx);
    }

    /** The identity provider (Keycloak) cannot be reached, so no token can be checked: not the client's fault. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(io.quarkus.oidc.OIDCException e, ContainerRequestContext ctx) {
        LOG.warnf("Identity provider unavailable on %s %s: %s", ctx.getMethod(), path(ctx), e.getMessage());
        Response r = problem(ProblemType.SERVICE_UNAVAILABLE, Text.of("detail.identity-provider-unavailable"), null, ctx);
        return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, "10").build();
    }

    private Response unauthorizedProblem(ContainerRequestContext ctx) {
        Response r = problem(ProblemType.UNAUTHORIZED, Text.of("detail.unauthorized"), null, ctx);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    // ---- persistence and everything else ------------------------------------------------------

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, ContainerRequestContext ctx) {
        return staleWrite(ctx);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, ContainerRequestContext ctx) {
        return staleWrite(ctx);
    }

    private Response staleWrite(ContainerRequestContext ctx) {
        return problem(ProblemType.PRECONDITION_FAILED, Text.of("detail.concurrent-write"), null, ctx);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, ContainerRequestContext ctx) {
        java.util.Optional<Throwable> outage = DatabaseUnavailable.causeOf(e);
        if (outage.isPresent()) {
            return databaseUnavailable(outage.get(), ctx);
        }
        // failures at commit time arrive wrapped; look for a cause we know how to explain
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ApiException api) {
                return apiException(api, ctx);
            }
            if (c instanceof OptimisticLockException || c instanceof StaleStateException) {
                return staleWrite(ctx);
            }
            if (c instanceof org.hibernate.exception.ConstraintViolationException cve
                    && cve.getConstraintName() != null
                    && cve.getConstraintName().toLowerCase().contains(EMPLOYER_KVK_CONSTRAINT)) {
                return problem(ProblemType.CONFLICT, Text.of("detail.employer.duplicate-kvk"), null, ctx);
            }
            if (c instanceof ConstraintViolationException cve) {
                return constraintViolation(cve, ctx);
            }
            if (c instanceof io.quarkus.oidc.OIDCException oidc) {
                return identityProviderUnavailable(oidc, ctx);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return internalError(e, ctx);
    }

    /**
     * PostgreSQL is down, restarting or too slow: the client may retry the same request, so 503 with
     * Retry-After rather than 500. Logged as one line without a stack trace (an outage gives one per
     * request), with the SQLState that tells which of the cases it was.
     */
    private Response databaseUnavailable(Throwable cause, ContainerRequestContext ctx) {
        String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        LOG.warnf("Database unavailable on %s %s: %s%s", ctx.getMethod(), path(ctx), cause.getClass().getSimpleName(),
                state == null ? "" : " (SQLState " + state + ")");
        Response r = problem(ProblemType.SERVICE_UNAVAILABLE, Text.of("detail.database-unavailable"), null, ctx);
        return Response.fromResponse(r).header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private Response internalError(Throwable e, ContainerRequestContext ctx) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s %s", errorId, ctx.getMethod(), path(ctx));
        return problem(ProblemType.INTERNAL_ERROR, Text.of("detail.internal-error", errorId), null, ctx);
    }

    // ---- building -----------------------------------------------------------------------------

    static Response problem(ProblemType type, Text detail, List<FieldError> fieldErrors, ContainerRequestContext ctx) {
        Locale locale = locale(ctx);
        List<Violation> violations = fieldErrors == null ? null
                : fieldErrors.stream().map(f -> new Violation(f.field(), f.message().in(locale))).toList();
        return problemResponse(type.status(), type, detail, violations, ctx);
    }

    /** The only place where a problem body is made: title and detail in the request's language. */
    private static Response problemResponse(int status, ProblemType type, Text detail, List<Violation> violations,
            ContainerRequestContext ctx) {
        return problemResponse(status, type, detail, violations, null, ctx);
    }

    private static Response problemResponse(int status, ProblemType type, Text detail, List<Violation> violations,
            UUID matchId, ContainerRequestContext ctx) {
        Locale locale = locale(ctx);
        Problem body = new Problem(type.uri(), type.title().in(locale), status, detail.in(locale), path(ctx),
                violations == null || violations.isEmpty() ? null : violations, matchId);
        return Response.status(status).type(Problem.MEDIA_TYPE).language(locale)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).entity(body).build();
    }

    /** The language of the texts: the best match of Accept-Language among en and nl, English by default. */
    static Locale locale(ContainerRequestContext ctx) {
        return ctx == null ? Languages.DEFAULT : Languages.of(ctx.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String path(ContainerRequestContext ctx) {
        return ctx == null ? null : ctx.getUriInfo().getRequestUri().getRawPath();
    }
}
