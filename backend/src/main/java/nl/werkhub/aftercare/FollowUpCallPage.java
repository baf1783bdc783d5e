package nl.werkhub.aftercare;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of calls, each in the caller's view (staff or municipal; never mixed within one page). */
@Schema(name = "FollowUpCallPage")
public record FollowUpCallPage(
        @Schema(required = true) List<FollowUpCallView> items,
        @Schema(required = true, description = "0-based page number") int page,
        @Schema(required = true) int size,
        @Schema(required = true) long totalItems,
        @Schema(required = true) int totalPages) {
}
