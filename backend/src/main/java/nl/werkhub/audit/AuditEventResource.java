package nl.werkhub.audit;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.web.ApiResponses;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed which candidate profile, when, through which route")
public class AuditEventResource {

    static final Map<String, String> SORT_FIELDS = Map.of("occurredAt", "occurredAt");

    @Inject
    AuditEventService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MUNICIPALITY })
    @Operation(operationId = "listAuditEvents",
            summary = "Search the audit log (admins: everything; a municipality: events of its own candidates)")
    @APIResponse(responseCode = "200", description = "A page of audit events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    public AuditEventPage list(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("candidateId") String candidateId,
            @Parameter(description = "Municipality code (a municipality only ever sees its own)") @QueryParam("municipality") String municipality,
            @Parameter(schema = @Schema(implementation = AuditAction.class)) @QueryParam("action") String action,
            @Parameter(description = "Inclusive lower bound, e.g. 2026-03-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(description = "Exclusive upper bound", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("to") String to,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1..100", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("size") String size,
            @Parameter(description = "`occurredAt,asc|desc`", schema = @Schema(type = SchemaType.STRING, defaultValue = "occurredAt,desc"))
            @QueryParam("sort") String sort) {
        PageRequest pageRequest = PageRequest.parse(page, size, sort, SORT_FIELDS, "occurredAt,desc");
        AuditEventFilter filter = new AuditEventFilter(QueryParams.uuid("candidateId", candidateId),
                municipality == null || municipality.isBlank() ? null : municipality.trim(),
                QueryParams.enumValue("action", action, AuditAction.class), QueryParams.instant("from", from), QueryParams.instant("to", to));
        // A municipality sees the events of its own candidates only, whatever it asks for; without a
        // claim it sees nothing. Admins see everything.
        String own = null;
        if (!currentUser.hasRole(Roles.ADMIN)) {
            own = currentUser.municipality() == null ? "" : currentUser.municipality();
        }
        return service.search(filter, own, pageRequest);
    }
}
