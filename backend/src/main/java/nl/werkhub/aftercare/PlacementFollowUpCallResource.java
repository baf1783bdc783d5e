package nl.werkhub.aftercare;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.web.ApiResponses;
import nl.werkhub.common.web.Bodies;
import nl.werkhub.common.web.QueryParams;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calls of one placement: its timeline, and extra (ad-hoc) calls. A resource of its own beside
 * the placement resource, so the calls' rules stay with {@link FollowUpCallService}.
 */
@Path("/api/placements/{id}/follow-up-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up calls")
public class PlacementFollowUpCallResource {

    static final String ROUTE_TIMELINE = "GET /api/placements/{id}/follow-up-calls";

    @Inject
    FollowUpCallService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listPlacementFollowUpCalls",
            summary = "Every call of a placement by due date: its timeline (audited for consultants and jobcoaches)",
            description = "FollowUpCallResponse items for consultants and jobcoaches, MunicipalFollowUpCallResponse for"
                    + " municipalities. Calls on one day come in programme order (first day, first week, first month,"
                    + " before contract end, extra), retries after their earlier attempts.")
    @APIResponse(responseCode = "200", description = "The calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<FollowUpCallView> timeline(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        return service.timeline(uuid, PlacementVisibility.Viewer.of(currentUser), ROUTE_TIMELINE)
                .orElseThrow(() -> FollowUpCallService.placementNotFound(uuid));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH })
    @Operation(operationId = "planAdHocFollowUpCall",
            summary = "Plan an extra call (AD_HOC) for the placement's jobcoach",
            description = "By a consultant or the placement's jobcoach. The placement must be ACTIVE and have a jobcoach"
                    + " (409 `conflict` otherwise); the due date must be today or later (422).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response planAdHoc(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @RequestBody(required = true) AdHocCallRequest request, @Context UriInfo uriInfo) {
        FollowUpCallResource.refuseMunicipalities(currentUser);
        UUID uuid = QueryParams.requiredUuid("id", id);
        FollowUpCallResponse created = service.planAdHoc(uuid, Bodies.require(request),
                PlacementVisibility.Viewer.of(currentUser), currentUser.actor());
        URI location = uriInfo.getBaseUriBuilder().path("api/follow-up-calls").path(created.id().toString()).build();
        return Response.created(location).tag(FollowUpCallResource.etag(created.version())).entity(created).build();
    }
}
