package nl.werkhub.matching;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
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

import io.quarkus.security.ForbiddenException;

/**
 * The match pipeline. Consultants make and move matches; consultants, jobcoaches and municipal
 * systems read the matches of the candidates they may see (see {@link MatchService}). Admins get 403.
 */
@Path("/api/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "The pipeline from suggestion to placement")
public class MatchResource {

    static final String ROUTE_LIST = "GET /api/matches";
    static final String ROUTE_ONE = "GET /api/matches/{id}";
    static final String ROUTE_EVENTS = "GET /api/matches/{id}/events";

    @Inject
    MatchService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listMatches", summary = "Matches the caller may see (paged); consultant and jobcoach reads are audited")
    @APIResponse(responseCode = "200", description = "A page of matches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public MatchPage list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("vacancyId") String vacancyId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("candidateId") String candidateId,
            @Parameter(description = "May repeat (or be comma-separated); any of the given statuses",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MatchStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "`me` for the caller's own matches, or the Keycloak subject of another consultant")
            @QueryParam("owner") String owner,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: updatedAt, createdAt, score",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "updatedAt,desc"))
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, MatchService.SORT_FIELDS, "updatedAt,desc");
        String ownerId = owner == null || owner.isBlank() ? null
                : owner.trim().equals("me") ? currentUser.subject() : owner.trim();
        MatchService.Filter filter = new MatchService.Filter(QueryParams.uuid("vacancyId", vacancyId),
                QueryParams.uuid("candidateId", candidateId), QueryParams.enumValues("status", status, MatchStatus.class),
                ownerId);
        return service.list(filter, pageRequest, viewer(), ROUTE_LIST);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "createMatch",
            summary = "Put a candidate in a vacancy's pipeline (SUGGESTED, with a snapshot of the score)",
            description = "409 problems: `vacancy-not-open`, and `match-exists` with the extension member `matchId`"
                    + " (the pair's existing match).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(required = true) MatchCreateRequest request, @Context UriInfo uriInfo) {
        refuseMunicipalities();
        MatchCreateRequest body = Bodies.require(request);
        try {
            return idempotency.create(idempotencyKey, "POST /api/matches", body, () -> {
                MatchResponse created = service.create(body, currentUser.actor());
                URI location = uriInfo.getBaseUriBuilder().path("api/matches").path(created.id().toString()).build();
                // the answer names the candidate: an erasure deletes it with the rest
                return IdempotencyKeys.Created.of(created, location, created.version(), List.of(created.candidateId()));
            });
        } catch (MatchService.PairTaken race) {
            // outside the create's transaction (and the key's), which the lost race has rolled back
            throw service.matchExistsAfterRace(race);
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "getMatch", summary = "One match (audited for consultants and jobcoaches)")
    @APIResponse(responseCode = "200", description = "The match",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        MatchResponse match = service.get(uuid, viewer(), ROUTE_ONE).orElseThrow(() -> MatchService.notFound(uuid));
        return Response.ok(match).tag(etag(match)).build();
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listMatchEvents", summary = "Every move of a match, oldest first")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MatchEventResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<MatchEventResponse> events(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        return service.events(uuid, viewer(), ROUTE_EVENTS).orElseThrow(() -> MatchService.notFound(uuid));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "transitionMatch", summary = "Move a match to another status (If-Match required)",
            description = "Allowed: SUGGESTED→PROPOSED→INTRODUCED→TRIAL→PLACED, INTRODUCED→PLACED, and every open"
                    + " status (SUGGESTED, PROPOSED, INTRODUCED, TRIAL) → REJECTED | WITHDRAWN. PLACED needs `placement`"
                    + " (the contract) and creates the placement with its follow-up calls; the candidate becomes PLACED."
                    + " 409 problems: `illegal-transition`, `vacancy-not-open` (forward moves need an OPEN vacancy),"
                    + " `candidate-already-placed` (the candidate has an ACTIVE placement).")
    @APIResponse(responseCode = "200", description = "The match in its new status",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response transition(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "ETag of the version being moved")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) MatchTransitionRequest request) {
        refuseMunicipalities();
        UUID uuid = QueryParams.requiredUuid("id", id);
        MatchResponse moved = service.transition(uuid, ifMatch, Bodies.require(request), writer(), currentUser.actor());
        return Response.ok(moved).tag(etag(moved)).build();
    }

    /** A municipal system only reads its own candidates' matches, whatever other roles its token carries. */
    private void refuseMunicipalities() {
        if (currentUser.hasRole(Roles.MUNICIPALITY)) {
            throw new ForbiddenException();
        }
    }

    private MatchService.Viewer viewer() {
        boolean municipal = currentUser.hasRole(Roles.MUNICIPALITY);
        return new MatchService.Viewer(currentUser.subject(), currentUser.username(),
                !municipal && currentUser.hasRole(Roles.CONSULTANT), !municipal && currentUser.hasRole(Roles.JOBCOACH),
                municipal, municipal ? currentUser.municipality() : null);
    }

    /** Writes are a consultant's, on matches of consenting candidates, even when the token is also a jobcoach's. */
    private MatchService.Viewer writer() {
        return new MatchService.Viewer(currentUser.subject(), currentUser.username(), true, false, false, null);
    }

    private static EntityTag etag(MatchResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
