package nl.werkhub.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A follow-up call as consultants and jobcoaches see it: with the phone numbers to make the call and
 * the jobcoach's notes. Municipalities get {@link MunicipalFollowUpCallResponse}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FollowUpCallResponse")
public record FollowUpCallResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID placementId,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, description = "First and last name") String candidateName,
        String candidatePhone,
        @Schema(required = true) String employerName,
        String employerContactPerson,
        String employerPhone,
        @Schema(required = true) String vacancyTitle,
        @Schema(required = true) FollowUpKind kind,
        @Schema(required = true, minimum = "1", description = "1 for a scheduled or ad-hoc call; a retry after NOT_REACHED has the next number")
        int attempt,
        @Schema(required = true) LocalDate dueDate,
        @Schema(required = true, description = "Keycloak username of the jobcoach who makes the call") String assignee,
        @Schema(required = true) CallStatus status,
        @Schema(required = true, description = "PLANNED and due before today (Europe/Amsterdam)") boolean overdue,
        @Schema(required = true, description = "The last attempt was not reached: the placement is unreachable") boolean flagged,
        @Schema(description = "Only for DONE") CallOutcome outcome,
        @Schema(description = "Only for DONE") ContactWith contactWith,
        String notes,
        String agreedActions,
        Instant loggedAt,
        @Schema(description = "Keycloak subject of whoever logged the call") String loggedBy,
        @Schema(description = "Username of whoever logged the call") String loggedByName,
        @Schema(required = true) long version) implements FollowUpCallView {
}
