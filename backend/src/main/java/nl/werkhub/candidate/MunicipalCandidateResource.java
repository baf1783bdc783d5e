package nl.werkhub.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.werkhub.audit.AuditActor;
import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Languages;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.idempotency.IdempotencyKeys;
import nl.werkhub.common.web.ApiResponses;
import nl.werkhub.common.web.Bodies;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A municipality's own job seekers, by its own client numbers. Tenancy: the caller needs role
 * {@code municipality} (others get 403) and its token's {@code municipality} claim must equal
 * {@code {code}}; otherwise every route here answers the very same 404 as an unknown client number,
 * so that nothing tells a municipality whether another one has a profile.
 */
@Path(MunicipalCandidateResource.BASE)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MUNICIPALITY)
@Tag(name = "Municipal intake", description = "Municipal systems publish, read back and erase their job seekers' talent profiles")
public class MunicipalCandidateResource {

    static final String BASE = "/api/municipalities/{code}/candidates";
    static final String ROUTE_ONE = BASE + "/{clientNumber}";
    static final String ROUTE_BULK = "POST " + BASE + "/bulk";

    @Inject
    CandidateIntakeService intake;

    @Inject
    CandidateErasureService erasure;

    @Inject
    CurrentUser currentUser;

    @Inject
    Validator validator;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @Operation(operationId = "listMunicipalCandidates",
            summary = "The municipality's profiles, oldest change first (for synchronisation)")
    @APIResponse(responseCode = "200", description = "A page of profiles, ordered by updatedAt, then id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalCandidatePage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public MunicipalCandidatePage list(@Parameter(description = "Municipality code") @PathParam("code") String code,
            @Parameter(description = "Only profiles with updatedAt at or after this instant, e.g. 2026-03-01T09:15:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size) {
        requireOwn(code);
        PageRequest pageRequest = PageRequest.parse(page, size, null,
                Map.of("updatedAt", "updatedAt"), "updatedAt,asc");
        return intake.list(code, QueryParams.instant("updatedSince", updatedSince), pageRequest.page(),
                pageRequest.size());
    }

    @GET
    @Path("/{clientNumber}")
    @Operation(operationId = "getMunicipalCandidate", summary = "One profile, in full")
    @APIResponse(responseCode = "200", description = "The profile",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalCandidateResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(description = "Municipality code") @PathParam("code") String code,
            @Parameter(description = "The municipality's client number") @PathParam("clientNumber") String clientNumber) {
        requireOwn(code);
        MunicipalCandidateResponse body = intake.get(code, clientNumber).orElseThrow(MunicipalCandidateResource::notFound);
        return Response.ok(body).tag(etag(body)).build();
    }

    @PUT
    @Path("/{clientNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putMunicipalCandidate",
            summary = "Create or replace a profile (idempotent: the same body again changes nothing)")
    @APIResponse(responseCode = "200", description = "Updated, or unchanged (same version, same updatedAt)",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalCandidateResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalCandidateResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response put(@Parameter(description = "Municipality code") @PathParam("code") String code,
            @Parameter(description = "The municipality's client number: 1..40 letters, digits and dashes; never a BSN",
                    schema = @Schema(type = SchemaType.STRING, pattern = BulkIntakeItem.CLIENT_NUMBER_PATTERN))
            @PathParam("clientNumber") String clientNumber,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match the current ETag")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) CandidateProfileRequest request,
            @Context UriInfo uriInfo) {
        requireOwn(code);
        CandidateIntakeService.IntakeResult result = intake.put(code, clientNumber, Bodies.require(request), ifMatch,
                actor(), "PUT " + ROUTE_ONE);
        MunicipalCandidateResponse body = result.candidate();
        if (result.outcome() == IntakeOutcome.CREATED) {
            return Response.created(uriInfo.getAbsolutePath()).tag(etag(body)).entity(body).build();
        }
        return Response.ok(body).tag(etag(body)).build();
    }

    @DELETE
    @Path("/{clientNumber}")
    @Operation(operationId = "eraseMunicipalCandidate",
            summary = "Erase a job seeker (AVG art. 17): the profile and everything naming the person")
    @APIResponse(responseCode = "204", description = "Erased; only an anonymous ERASED audit event remains")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response delete(@Parameter(description = "Municipality code") @PathParam("code") String code,
            @Parameter(description = "The municipality's client number") @PathParam("clientNumber") String clientNumber,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match the current ETag")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        requireOwn(code);
        if (!erasure.eraseByClientNumber(code, clientNumber, ifMatch, actor(), "DELETE " + ROUTE_ONE)) {
            throw notFound();
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bulkIntakeMunicipalCandidates",
            summary = "Create, update or confirm up to 1000 profiles; each item succeeds or fails on its own")
    @APIResponse(responseCode = "200", description = "An outcome per item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkIntakeResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response bulk(@Parameter(description = "Municipality code") @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(required = true) BulkIntakeRequest request,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        requireOwn(code);
        Set<ConstraintViolation<BulkIntakeRequest>> violations = validator.validate(Bodies.require(request));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Locale locale = Languages.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        // The chunks commit one by one (each item succeeds or fails on its own), so the key is stored after
        // the last: a crash in between leaves the written profiles and no key, and the retry, an upsert by
        // client number like the first, finds them UNCHANGED. The answer holds ids, client numbers and
        // problems without values; an erasure deletes it (it names the candidate).
        return idempotency.create(idempotencyKey, ROUTE_BULK, request, () -> {
            BulkIntakeResponse answer = intake.bulk(code, request.items(), actor(), ROUTE_BULK, locale,
                    uriInfo.getRequestUri().getRawPath());
            List<UUID> named = answer.results().stream().map(BulkIntakeResult::candidateId).filter(Objects::nonNull)
                    .toList();
            return new IdempotencyKeys.Created(200, answer, null, null, named);
        });
    }

    /** 404 unless the caller's municipality claim is exactly {@code code}. */
    private void requireOwn(String code) {
        String own = currentUser.municipality();
        if (own == null || !own.equals(code)) {
            throw notFound();
        }
    }

    /** The one 404 of these routes: the same text for a foreign municipality and an unknown client number. */
    static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException(Text.of("detail.candidate.not-found"));
    }

    private AuditActor actor() {
        return new AuditActor(currentUser.username(), Roles.MUNICIPALITY);
    }

    private static EntityTag etag(MunicipalCandidateResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
