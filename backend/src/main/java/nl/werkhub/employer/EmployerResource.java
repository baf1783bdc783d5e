package nl.werkhub.employer;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import nl.werkhub.common.Sector;
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

@Path("/api/employers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employers")
public class EmployerResource {

    static final Map<String, String> SORT_FIELDS = Map.of("name", "name", "createdAt", "createdAt", "updatedAt",
            "updatedAt");

    @Inject
    EmployerService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH })
    @Operation(operationId = "listEmployers", summary = "Search employers (paged)")
    @APIResponse(responseCode = "200", description = "A page of employers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public EmployerPage list(
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: name, createdAt, updatedAt",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "name,asc", examples = "name,asc"))
            @QueryParam("sort") String sort,
            @Parameter(description = "Case-insensitive substring of the name or KvK number")
            @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(description = "Municipality code") @QueryParam("municipality") String municipality,
            @Parameter(description = "Defaults to all", schema = @Schema(implementation = EmployerStatus.class))
            @QueryParam("status") String status) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORT_FIELDS, "name,asc");
        EmployerFilter filter = new EmployerFilter(q,
                QueryParams.enumValue("sector", sector, Sector.class),
                municipality == null || municipality.isBlank() ? null : municipality.trim(),
                QueryParams.enumValue("status", status, EmployerStatus.class));
        return service.list(filter, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "createEmployer", summary = "Register an employer")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(required = true) EmployerRequest request, @Context UriInfo uriInfo) {
        EmployerRequest body = Bodies.require(request);
        return idempotency.create(idempotencyKey, "POST /api/employers", body, () -> {
            EmployerResponse created = service.create(body, currentUser.actor());
            URI location = uriInfo.getBaseUriBuilder().path("api/employers").path(created.id().toString()).build();
            return IdempotencyKeys.Created.of(created, location, created.version(), null);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH })
    @Operation(operationId = "getEmployer", summary = "One employer")
    @APIResponse(responseCode = "200", description = "The employer",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return ok(service.get(QueryParams.requiredUuid("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "updateEmployer", summary = "Replace an employer's data (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "ETag of the version being edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) EmployerRequest request) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        return ok(service.update(uuid, ifMatch, Bodies.require(request), currentUser.actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "deleteEmployer", summary = "Delete an employer without vacancies")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response delete(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(QueryParams.requiredUuid("id", id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "archiveEmployer", summary = "Archive an employer (no new vacancies, no edits)")
    @APIResponse(responseCode = "200", description = "Archived",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response archive(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.archive(QueryParams.requiredUuid("id", id), ifMatch, currentUser.actor()));
    }

    @POST
    @Path("/{id}/reactivate")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "reactivateEmployer", summary = "Make an archived employer active again")
    @APIResponse(responseCode = "200", description = "Active",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployerResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response reactivate(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.reactivate(QueryParams.requiredUuid("id", id), ifMatch, currentUser.actor()));
    }

    private static Response ok(EmployerResponse body) {
        return Response.ok(body).tag(etag(body)).build();
    }

    private static EntityTag etag(EmployerResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
