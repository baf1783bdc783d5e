package nl.werkhub.aftercare;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ApiResponses;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calendar feed itself. Calendar apps cannot send a bearer token, so this route is outside
 * {@code /api} and open ({@code @PermitAll}): the secret token in the path is the credential.
 * Unknown, replaced and revoked tokens all get the same 404.
 */
@Path("/calendar")
@Tag(name = "Calendar feed")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    CalendarFeedService service;

    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Produces(TEXT_CALENDAR)
    @SecurityRequirementsSet
    @Operation(operationId = "getCalendar", summary = "A jobcoach's planned calls as an iCalendar feed (no bearer token: the token is the secret)",
            description = "One all-day VEVENT per PLANNED call of the jobcoach: UID `<call id>@werkhub`, SUMMARY"
                    + " \"Nazorg: <kind> – <first name> (<employer>)\", URL to the call's page in the SPA. No phone"
                    + " numbers, no notes. Clients may cache it for 5 minutes.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "500", ref = ApiResponses.INTERNAL_ERROR)
    public Response calendar(@PathParam("token") String token) {
        String ics = service.calendar(token)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.calendar-feed.unknown")));
        // private: the feed is one person's; five minutes spares the database from apps that poll hard
        return Response.ok(ics, TEXT_CALENDAR).header(HttpHeaders.CACHE_CONTROL, "private, max-age=300").build();
    }
}
