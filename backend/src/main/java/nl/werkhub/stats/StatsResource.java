package nl.werkhub.stats;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "Placements, vacancies, aftercare and the programme target in figures")
public class StatsResource {

    @Inject
    StatsService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.MUNICIPALITY })
    @Operation(operationId = "getStats", summary = "The dashboard's figures for a period",
            description = "Consultants and admins: all placements; a municipality: its own candidates' placements "
                    + "(vacancy counts and the target are regional). Jobcoaches: 403.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsResponse.class)))
    @APIResponse(ref = ApiResponses.MALFORMED_REQUEST)
    public StatsResponse get(
            @Parameter(description = "First day of the period (default: the first day of the month 11 months before `to`)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the period, included (default: today); at most "
                    + StatsPeriod.MAX_MONTHS + " calendar months from `from`",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to) {
        StatsPeriod period = StatsPeriod.of(from, to, service.today());
        return service.stats(period, scope());
    }

    /** A municipal token only ever sees its own candidates, whatever other roles it carries. */
    private StatsService.Scope scope() {
        return currentUser.hasRole(Roles.MUNICIPALITY) ? StatsService.Scope.municipality(currentUser.municipality())
                : StatsService.Scope.ALL;
    }
}
