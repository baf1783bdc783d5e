package nl.werkhub.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.werkhub.audit.AuditActor;
import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.web.ApiResponses;
import nl.werkhub.common.web.QueryParams;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open vacancies that fit a candidate, best first (consultants only). */
@Path("/api/candidates/{id}/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CONSULTANT)
@Tag(name = "Matching")
public class CandidateSuggestionResource {

    static final String ROUTE = "GET /api/candidates/{id}/suggestions";

    @Inject
    SuggestionService suggestions;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "suggestVacancies", summary = "Open vacancies for a candidate, best first (audited as a read of the profile)",
            description = "OPEN vacancies that share a talent with the candidate or list none. Order: score desc, "
                    + "talent points desc, vacancy id asc. 404 when the consultant cannot see the profile (no consent).")
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancySuggestions.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.MALFORMED_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public VacancySuggestions suggest(
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = "How many, 1..100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit) {
        if (currentUser.hasRole(Roles.MUNICIPALITY)) {
            // a municipal system never reads other municipalities' profiles, whatever else its token says
            throw new ForbiddenException();
        }
        Integer n = QueryParams.integer("limit", limit, 1, 100);
        return suggestions.forCandidate(QueryParams.requiredUuid("id", id), n == null ? 20 : n,
                new AuditActor(currentUser.username(), Roles.CONSULTANT), ROUTE);
    }
}
