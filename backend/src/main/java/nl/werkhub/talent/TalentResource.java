package nl.werkhub.talent;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

/** The talent taxonomy over HTTP: every Werkhub role reads it (municipal systems need the codes), admins keep it. */
@Path("/api/talents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Talents", description = "The talent taxonomy (werkhouding, vakvaardigheden, certificaten, talen)")
public class TalentResource {

    static final Map<String, String> SORT_FIELDS = Map.of("labelNl", "labelNl", "code", "code", "category", "category");

    @Inject
    TalentService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "listTalents", summary = "Search the talent taxonomy (paged)")
    @APIResponse(responseCode = "200", description = "A page of talents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public TalentPage list(
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`field,asc|desc`; fields: labelNl, code, category",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "labelNl,asc", examples = "labelNl,asc"))
            @QueryParam("sort") String sort,
            @Parameter(description = "Substring of the code, the Dutch or the English label; case- and accent-insensitive "
                    + "(hygiene finds Hygiëne)")
            @QueryParam("q") String q,
            @Parameter(schema = @Schema(implementation = TalentCategory.class)) @QueryParam("category") String category,
            @Parameter(description = "Also list retired talents", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("includeRetired") String includeRetired) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORT_FIELDS, "labelNl,asc");
        TalentFilter filter = new TalentFilter(q, QueryParams.enumValue("category", category, TalentCategory.class),
                bool("includeRetired", includeRetired));
        return service.list(filter, pageRequest);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createTalent", summary = "Add a talent to the taxonomy (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    public Response create(@RequestBody(required = true) TalentCreateRequest request, @Context UriInfo uriInfo) {
        TalentResponse created = service.create(Bodies.require(request), currentUser.actor());
        URI location = uriInfo.getBaseUriBuilder().path("api/talents").path(created.code()).build();
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Operation(operationId = "getTalent", summary = "One talent (retired ones too)")
    @APIResponse(responseCode = "200", description = "The talent",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@Parameter(schema = @Schema(type = SchemaType.STRING, examples = "rijbewijs-c"))
            @PathParam("code") String code) {
        return ok(service.get(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateTalent", summary = "Rename or recategorise a talent (admin, If-Match required)")
    @APIResponse(responseCode = "200", description = "Updated (unchanged, same version, when the body equals the talent)",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentResponse.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ApiResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "422", ref = ApiResponses.VALIDATION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(schema = @Schema(type = SchemaType.STRING, examples = "rijbewijs-c")) @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "ETag of the version being edited")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = true) TalentUpdateRequest request) {
        return ok(service.update(code, ifMatch, Bodies.require(request), currentUser.actor()));
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retireTalent", summary = "Retire a talent: it stays on profiles but cannot be added (admin)")
    @APIResponse(responseCode = "200", description = "Retired",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response retire(@Parameter(schema = @Schema(type = SchemaType.STRING, examples = "rijbewijs-c")) @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.retire(code, ifMatch, currentUser.actor()));
    }

    @POST
    @Path("/{code}/reinstate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reinstateTalent", summary = "Make a retired talent assignable again (admin)")
    @APIResponse(responseCode = "200", description = "Active",
            headers = @Header(name = ApiResponses.ETAG_HEADER, ref = ApiResponses.ETAG_HEADER),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TalentResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    public Response reinstate(@Parameter(schema = @Schema(type = SchemaType.STRING, examples = "rijbewijs-c")) @PathParam("code") String code,
            @Parameter(in = ParameterIn.HEADER, description = "Optional; when sent it must match")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.reinstate(code, ifMatch, currentUser.actor()));
    }

    /** {@code true}/{@code false} (any case); absent or empty is false; anything else is a 400 naming the parameter. */
    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MalformedRequestException(name, Text.of("field.boolean"));
        };
    }

    private static Response ok(TalentResponse body) {
        return Response.ok(body).tag(etag(body)).build();
    }

    private static EntityTag etag(TalentResponse body) {
        return new EntityTag(Long.toString(body.version()));
    }
}
