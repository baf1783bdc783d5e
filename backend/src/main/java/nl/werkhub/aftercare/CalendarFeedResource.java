package nl.werkhub.aftercare;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.web.ApiResponses;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own calendar link (jobcoaches only): see {@link CalendarFeedService}. */
@Path("/api/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar feed", description = "A jobcoach's secret iCalendar link with the planned calls")
public class CalendarFeedResource {

    @Inject
    CalendarFeedService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed(Roles.JOBCOACH)
    @Operation(operationId = "getCalendarFeed", summary = "Whether the caller has a calendar link, and since when",
            description = "The URL itself is not returned: only its hash is stored, so it is shown once, by POST.")
    @APIResponse(responseCode = "200", description = "The caller has a link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedResponse.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public CalendarFeedResponse get() {
        FollowUpCallResource.refuseMunicipalities(currentUser);
        return service.get(currentUser.username())
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.calendar-feed.none")));
    }

    @POST
    @RolesAllowed(Roles.JOBCOACH)
    @Operation(operationId = "createCalendarFeed", summary = "Make a new secret calendar link; the previous one stops working",
            description = "The answer is the only time the URL is shown. Takes no body.")
    @APIResponse(responseCode = "201", description = "The new link",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarFeedResponse.class)))
    public Response create(@Context UriInfo uriInfo) {
        FollowUpCallResource.refuseMunicipalities(currentUser);
        CalendarFeedResponse created = service.create(currentUser.username());
        URI location = uriInfo.getBaseUriBuilder().path("api/calendar-feed").build();
        // the body holds a secret: no cache may keep it
        return Response.created(location).header(HttpHeaders.CACHE_CONTROL, "no-store").entity(created).build();
    }

    @DELETE
    @RolesAllowed(Roles.JOBCOACH)
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the caller's calendar link (also when there is none)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke() {
        FollowUpCallResource.refuseMunicipalities(currentUser);
        service.revoke(currentUser.username());
        return Response.noContent().build();
    }
}
