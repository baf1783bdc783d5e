package nl.werkhub.aftercare;

import java.time.LocalDate;
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
 * Follow-up calls (nazorggesprekken). Jobcoaches read and log the calls of their own placements,
 * consultants read all and may log, municipal systems read their own candidates' calls in a reduced
 * view; admins get 403 (see {@link FollowUpCallService}).
 */
@Path("/api/follow-up-calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up calls", description = "Aftercare calls after a placement: the jobcoach's list, logging, retries")
public class FollowUpCallResource {

    static final String ROUTE_LIST = "GET /api/follow-up-calls";
    static final String ROUTE_ONE = "GET /api/follow-up-calls/{id}";

    @Inject
    FollowUpCallService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listFollowUpCalls",
            summary = "Calls the caller may see (paged); consultant and jobcoach reads are audited",
            description = "Items are FollowUpCallResponse for consultants and jobcoaches and MunicipalFollowUpCallResponse"
                    + " for municipalities. The jobcoach's \"Vandaag\" is `assignee=me&status=PLANNED&dueTo=<today>`"
                    + " (sorted by due date, so overdue calls come first).")
    @APIResponse(responseCode = "200", description = "A page of calls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public FollowUpCallPage list(
            @Parameter(description = "`me` for the caller's own calls, or a jobcoach's Keycloak username")
            @QueryParam("assignee") String assignee,
            @Parameter(description = "May repeat (or be comma-separated); any of the given statuses",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CallStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(description = "Due on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("dueTo") String dueTo,
            @Parameter(description = "true: only PLANNED calls due before today (Europe/Amsterdam); false: all others",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("placementId") String placementId,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: dueDate (then the kind in programme order), updatedAt",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "dueDate,asc"))
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, FollowUpCallService.SORT_FIELDS, "dueDate,asc");
        LocalDate from = QueryParams.date("dueFrom", dueFrom);
        LocalDate to = QueryParams.date("dueTo", dueTo);
        if (from != null && to != null && to.isBefore(from)) {
            throw new MalformedRequestException("dueTo", Text.of("field.call.due-to-before-from"));
        }
        String assigneeName = assignee == null || assignee.isBlank() ? null
                : assignee.trim().equals("me") ? currentUser.username() : assignee.trim();
        FollowUpCallService.Filter filter = new FollowUpCallService.Filter(assigneeName,
                QueryParams.enumValues("status", status, CallStatus.class), from, to, bool("overdue", overdue),
                QueryParams.uuid("placementId", placementId));
        return service.list(filter, pageRequest, PlacementVisibility.Viewer.of(currentUser), ROUTE_LIST);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "getFollowUpCall", summary = "One call (audited for consultants and jobcoaches)",
            description = "FollowUpCallResponse for consultants and jobcoaches, MunicipalFollowUpCallResponse for municipalities.")
    @APIResponse(responseCode = "200", description = "The call",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallView.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        FollowUpCallView call = service.get(uuid, PlacementVisibility.Viewer.of(currentUser), ROUTE_ONE)
                .orElseThrow(() -> FollowUpCallService.notFound(uuid));
        return Response.ok(call).tag(etag(call.version())).build();
    }

    @POST
    @Path("/{id}/log")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.JOBCOACH })
    @Operation(operationId = "logFollowUpCall", summary = "Log a PLANNED call: made (DONE) or nobody reached (NOT_REACHED)",
            description = "By the placement's jobcoach or a consultant; If-Match is honoured when sent. DONE needs `outcome`"
                    + " and `contactWith` and sets the placement's last outcome (AT_RISK flags it, a later GOOD or CONCERN"
                    + " clears it); NOT_REACHED refuses them and plans a retry on the next working day (`retry`), or at the"
                    + " last attempt (werkhub.aftercare.max-attempts, default 3) flags the call. 409 `call-not-planned`"
                    + " when the call was already logged or cancelled.")
    @APIResponse(responseCode = "200", description = "The logged call and the retry, if one was planned",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpCallLogResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response log(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of the call as it was read; optional")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) FollowUpCallLogRequest request) {
        refuseMunicipalities(currentUser);
        UUID uuid = QueryParams.requiredUuid("id", id);
        FollowUpCallLogResponse logged = service.log(uuid, ifMatch, Bodies.require(request),
                PlacementVisibility.Viewer.of(currentUser), currentUser.actor());
        return Response.ok(logged).tag(etag(logged.call().version())).build();
    }

    /** A municipal system only reads, whatever other roles its token carries. */
    static void refuseMunicipalities(CurrentUser user) {
        if (user.hasRole(Roles.MUNICIPALITY)) {
            throw new ForbiddenException();
        }
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new MalformedRequestException(name, Text.of("field.boolean"));
        };
    }
}
