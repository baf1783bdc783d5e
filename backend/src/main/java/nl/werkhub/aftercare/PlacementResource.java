package nl.werkhub.aftercare;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;
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
 * Placements: made by moving a match to PLACED, read by consultants, jobcoaches and municipal systems
 * as {@link PlacementVisibility} says, changed and ended by consultants. Admins get 403.
 */
@Path("/api/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Contracts that placed matches became, and their aftercare")
public class PlacementResource {

    static final String ROUTE_LIST = "GET /api/placements";
    static final String ROUTE_ONE = "GET /api/placements/{id}";

    @Inject
    PlacementService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listPlacements",
            summary = "Placements the caller may see (paged); consultant and jobcoach reads are audited")
    @APIResponse(responseCode = "200", description = "A page of placements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public PlacementPage list(
            @Parameter(description = "May repeat (or be comma-separated); any of the given statuses",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PlacementStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("candidateId") String candidateId,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("vacancyId") String vacancyId,
            @Parameter(description = "`me` for the caller's own placements, or a jobcoach's username")
            @QueryParam("jobcoach") String jobcoach,
            @Parameter(description = "`true`: only placements at risk; `false`: only those that are not",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("atRisk") String atRisk,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: attention (at risk first, then unreachable, then the latest"
                    + " start; `desc` reverses it), startDate, updatedAt",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "attention,asc"))
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, PlacementService.SORT_FIELDS, "attention,asc");
        String coach = jobcoach == null || jobcoach.isBlank() ? null
                : jobcoach.trim().equals("me") ? currentUser.username() : jobcoach.trim();
        PlacementService.Filter filter = new PlacementService.Filter(
                QueryParams.enumValues("status", status, PlacementStatus.class),
                QueryParams.uuid("candidateId", candidateId), QueryParams.uuid("vacancyId", vacancyId), coach,
                bool("atRisk", atRisk));
        return service.list(filter, pageRequest, PlacementVisibility.Viewer.of(currentUser), ROUTE_LIST);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "getPlacement", summary = "One placement (audited for consultants and jobcoaches)")
    @APIResponse(responseCode = "200", description = "The placement",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        PlacementResponse placement = service.get(uuid, PlacementVisibility.Viewer.of(currentUser), ROUTE_ONE)
                .orElseThrow(() -> PlacementService.notFound(uuid));
        return Response.ok(placement).tag(etag(placement)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "updatePlacement", summary = "Replace the contract of an ACTIVE placement (If-Match required)",
            description = "Changed dates move the standard calls that are still PLANNED (retries and ad-hoc calls keep"
                    + " their dates); BEFORE_CONTRACT_END is added or cancelled as the end date asks. A new jobcoach takes"
                    + " over every PLANNED call and the candidate. 409 `conflict` when the placement has ended.")
    @APIResponse(responseCode = "200", description = "The placement with its new contract",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "ETag of the version being changed")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) PlacementContract contract) {
        refuseMunicipalities();
        UUID uuid = QueryParams.requiredUuid("id", id);
        PlacementResponse updated = service.update(uuid, ifMatch, Bodies.require(contract), writer(), currentUser.actor());
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONSULTANT)
    @Operation(operationId = "endPlacement", summary = "Complete an ACTIVE placement or end it early (If-Match honoured)",
            description = "Cancels every PLANNED call. ENDED_EARLY needs a reason (OTHER also a note) and puts a candidate"
                    + " who is still PLACED back to ACTIVE; COMPLETED takes no reason and leaves the candidate PLACED."
                    + " 409 `conflict` when the placement has already ended.")
    @APIResponse(responseCode = "200", description = "The ended placement",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response end(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of the version being ended; checked when sent")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) PlacementEndRequest request) {
        refuseMunicipalities();
        UUID uuid = QueryParams.requiredUuid("id", id);
        PlacementResponse ended = service.end(uuid, ifMatch, Bodies.require(request), writer(), currentUser.actor());
        return Response.ok(ended).tag(etag(ended)).build();
    }

    /** A municipal system only reads its own candidates' placements, whatever other roles its token carries. */
    private void refuseMunicipalities() {
        if (currentUser.hasRole(Roles.MUNICIPALITY)) {
            throw new ForbiddenException();
        }
    }

    /** Writes are a consultant's, on placements of consenting candidates, even when the token is also a jobcoach's. */
    private PlacementVisibility.Viewer writer() {
        return new PlacementVisibility.Viewer(currentUser.subject(), currentUser.username(), true, false, false, null);
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new MalformedRequestException(name, Text.of("field.boolean"));
        };
    }

    private static EntityTag etag(PlacementResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
