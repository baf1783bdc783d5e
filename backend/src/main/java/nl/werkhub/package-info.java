/**
 * Werkhub backend. This package-info carries the OpenAPI document's header and the reusable
 * problem responses that operations refer to by name (SmallRye OpenAPI reads
 * {@code @OpenAPIDefinition} only from a JAX-RS Application class or a package-info).
 */
@OpenAPIDefinition(
        info = @Info(title = "Werkhub API", version = "0.1.0",
                description = "Matching job seekers to small-business vacancies. Errors are RFC 9457 problems "
                        + "(application/problem+json); lists are paged; updates use ETag/If-Match. Problem titles, "
                        + "details and violation messages are English unless Accept-Language asks for Dutch (nl, "
                        + "nl-NL, ...); Content-Language says which language a problem is in. Type URIs never change."),
        tags = {
                @Tag(name = "Employers", description = "Employers (werkgevers) and their lifecycle"),
                @Tag(name = "Municipalities", description = "Municipalities of the labour-market region"),
                @Tag(name = "Vacancies", description = "Vacancies (vacatures) and their status") },
        components = @Components(
                headers = {
                        @Header(name = nl.werkhub.common.web.ApiResponses.ETAG_HEADER, description = "Strong ETag: the quoted version, e.g. \"3\"",
                                schema = @Schema(implementation = String.class)),
                        @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                description = "Language of title, detail and violation messages: en (default) or nl, "
                                        + "chosen by the request's Accept-Language",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        enumeration = { "en", "nl" })) },
                responses = {
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.MALFORMED_REQUEST, responseCode = "400",
                                description = "Unparsable JSON, wrong JSON types, unknown properties or a bad query/path parameter",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.UNAUTHORIZED, responseCode = "401",
                                description = "No, an invalid or an expired bearer token",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.FORBIDDEN, responseCode = "403",
                                description = "The caller's role may not do this",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.NOT_FOUND, responseCode = "404",
                                description = "Unknown id",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.CONFLICT, responseCode = "409",
                                description = "The request conflicts with the current state",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.PRECONDITION_FAILED, responseCode = "412",
                                description = "If-Match does not match the current version",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.PAYLOAD_TOO_LARGE, responseCode = "413",
                                description = "The body is larger than this operation accepts (128 KiB; the bulk intake 16 MiB)",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.TOO_MANY_REQUESTS, responseCode = "429",
                                description = "The municipal client is over its rate limit; Retry-After says in how many seconds to try again",
                                headers = {
                                        @Header(name = nl.werkhub.common.web.ApiResponses.RETRY_AFTER_HEADER,
                                                description = "Seconds until a request will be accepted again",
                                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
                                        @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                                ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER) },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "The body is not application/json",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.VALIDATION_FAILED, responseCode = "422",
                                description = "The body breaks validation rules; violations lists every field",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.PRECONDITION_REQUIRED, responseCode = "428",
                                description = "If-Match is missing",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.INTERNAL_ERROR, responseCode = "500",
                                description = "Unexpected error; detail carries the error id that is logged",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.SERVICE_UNAVAILABLE, responseCode = "503",
                                description = "A service the operation depends on cannot be reached at the moment: the database "
                                        + "(problem service-unavailable), the sign-in service that checks the token "
                                        + "(service-unavailable) or the jobcoach directory (directory-unavailable). "
                                        + "Retry-After says when to try again. A write answered 503 may still have been "
                                        + "applied when the outage struck at its commit; repeat it as you would after a "
                                        + "lost answer (the bulk intake keeps the chunks written before the outage, and "
                                        + "repeating it completes the rest)",
                                headers = {
                                        @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                                ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                        @Header(name = "Retry-After", description = "Seconds to wait before trying again",
                                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)) },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = nl.werkhub.common.web.ApiResponses.DIRECTORY_UNAVAILABLE, responseCode = "503",
                                description = "The jobcoach directory (Keycloak) cannot be reached and nothing is cached "
                                        + "(problem directory-unavailable); Retry-After says when to try again",
                                headers = @Header(name = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER,
                                        ref = nl.werkhub.common.web.ApiResponses.CONTENT_LANGUAGE_HEADER),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))) }))
package nl.werkhub;

import nl.werkhub.common.error.Problem;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
