package nl.werkhub.aftercare;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A jobcoach's calendar link. The URL carries the secret and is shown once, when the link is made:
 * only the token's hash is stored, so it cannot be shown again afterwards.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CalendarFeedResponse")
public record CalendarFeedResponse(
        @Schema(description = "The secret iCalendar URL; only in the answer to POST (it cannot be read back later)",
                examples = "http://localhost:8080/calendar/8fJ3kQ2m1xYbV0pZ7cWnL5tR9sA4dE6gH0iK2lM3nO4.ics")
        String url,
        @Schema(required = true) Instant createdAt) {
}
