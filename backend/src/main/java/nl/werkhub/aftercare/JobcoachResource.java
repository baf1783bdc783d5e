package nl.werkhub.aftercare;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.web.ApiResponses;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/jobcoaches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobcoaches", description = "Who can be named as a placement's jobcoach (read from Keycloak)")
public class JobcoachResource {

    @Inject
    JobcoachDirectory directory;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN })
    @Operation(operationId = "listJobcoaches",
            summary = "The jobcoaches a placement can name (Keycloak users with realm role jobcoach), sorted by display name")
    @APIResponse(responseCode = "200", description = "The jobcoaches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = JobcoachResponse.class)))
    @APIResponse(ref = ApiResponses.DIRECTORY_UNAVAILABLE)
    public List<JobcoachResponse> list() {
        return directory.all().stream().map(JobcoachResponse::of).toList();
    }
}
