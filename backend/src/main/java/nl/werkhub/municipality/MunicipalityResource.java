package nl.werkhub.municipality;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.werkhub.common.audit.Roles;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
public class MunicipalityResource {

    @Inject
    MunicipalityRepository repository;

    @GET
    @RolesAllowed({ Roles.CONSULTANT, Roles.ADMIN, Roles.JOBCOACH, Roles.MUNICIPALITY })
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMunicipalities", summary = "All municipalities of the region, sorted by name")
    @APIResponse(responseCode = "200", description = "The municipalities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MunicipalityResponse.class)))
    public List<MunicipalityResponse> list() {
        return repository.listByName().stream().map(MunicipalityResponse::of).toList();
    }
}
