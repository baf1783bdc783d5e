package nl.werkhub.aftercare;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The logged call and, after NOT_REACHED below the last attempt, the retry that was planned. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FollowUpCallLogResponse")
public record FollowUpCallLogResponse(
        @Schema(required = true) FollowUpCallResponse call,
        @Schema(required = true, nullable = true, description = "The new PLANNED call after NOT_REACHED, or null (DONE, or the last attempt: then call.flagged is true)")
        FollowUpCallResponse retry) {
}
