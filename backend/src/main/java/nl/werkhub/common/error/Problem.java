package nl.werkhub.common.error;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, as described in docs/api.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(required = true, examples = "https://werkhub.nl/problems/validation-failed") String type,
        @Schema(required = true, examples = "Validation failed") String title,
        @Schema(required = true, examples = "422") int status,
        @Schema(examples = "The request body has 1 invalid field") String detail,
        @Schema(examples = "/api/employers") String instance,
        @Schema(description = "Only present when fields are at fault") List<Violation> violations,
        @Schema(description = "Extension member of `match-exists`: the match the pair already has") UUID matchId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without extension members. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null);
    }
}
