package nl.werkhub.aftercare;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JobcoachResponse", description = "A Keycloak user with realm role jobcoach")
public record JobcoachResponse(
        @Schema(required = true, examples = "jet.jobcoach") String username,
        @Schema(description = "Absent when Keycloak has none", examples = "Jet") String firstName,
        @Schema(description = "Absent when Keycloak has none", examples = "Smit") String lastName,
        @Schema(required = true, description = "First and last name, or the username when Keycloak has no name",
                examples = "Jet Smit") String displayName) {

    static JobcoachResponse of(Jobcoach j) {
        return new JobcoachResponse(j.username(), j.firstName(), j.lastName(), j.displayName());
    }
}
