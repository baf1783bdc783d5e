package nl.werkhub.vacancy;

import java.net.URI;
import java.util.List;
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

@Path("/api/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
public class VacancyResource {

    static final Map<String, String> SORT_FIELDS = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "title", "title", "startDate", "startDate");

    @Inject
    VacancyService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH })
    @Operation(operationId = "listVacancies", summary = "Search vacancies (paged)")
    @APIResponse(responseCode = "200", description = "A page of vacancies",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public VacancyPage list(
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: createdAt, updatedAt, title, startDate",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "createdAt,desc", examples = "createdAt,desc"))
            @QueryParam("sort") String sort,
            @Parameter(description = "Case-insensitive substring of the title or description")
            @QueryParam("q") String q,
            @Parameter(description = "May repeat; any of the given statuses",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VacancyStatus.class))
            @QueryParam("status") List<String> status,
            @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("employerId") String employerId) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORT_FIELDS, "createdAt,desc");
        VacancyFilter filter = new VacancyFilter(q,
                QueryParams.enumValues("status", status, VacancyStatus.class),
                QueryParams.enumValue("sector", sector, Sector.class),
                QueryParams.uuid("employerId", employerId));
        return service.list(filter, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "createVacancy", summary = "Create a vacancy (status DRAFT, owned by the caller)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyKeys.MAX_LENGTH))
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(required = true) VacancyRequest request, @Context UriInfo uriInfo) {
        VacancyRequest body = Bodies.require(request);
        return idempotency.create(idempotencyKey, "POST /api/vacancies", body, () -> {
            VacancyResponse created = service.create(body, currentUser.actor());
            URI location = uriInfo.getBaseUriBuilder().path("api/vacancies").path(created.id().toString()).build();
            return IdempotencyKeys.Created.of(created, location, created.version(), null);
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH })
    @Operation(operationId = "getVacancy", summary = "One vacancy")
    @APIResponse(responseCode = "200", description = "The vacancy",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return ok(service.get(QueryParams.requiredUuid("id", id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "updateVacancy", summary = "Replace a vacancy's data (If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyResponse.class)))
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
            @RequestBody(required = true) VacancyRequest request) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        return ok(service.update(uuid, ifMatch, Bodies.require(request), currentUser.actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "deleteVacancy", summary = "Delete a DRAFT vacancy")
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
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "changeVacancyStatus",
            summary = "Move a vacancy to another status (DRAFT→OPEN|CLOSED, OPEN→ON_HOLD|FILLED|CLOSED, ON_HOLD→OPEN|CLOSED)")
    @APIResponse(responseCode = "200", description = "The vacancy in its new status",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response changeStatus(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) VacancyStatusChange change) {
        UUID uuid = QueryParams.requiredUuid("id", id);
        return ok(service.changeStatus(uuid, ifMatch, Bodies.require(change), currentUser.actor()));
    }

    private static Response ok(VacancyResponse body) {
        return Response.ok(body).tag(etag(body)).build();
    }

    private static EntityTag etag(VacancyResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
