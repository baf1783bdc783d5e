package nl.werkhub.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A follow-up call as the candidate's municipality sees it: status, outcome and dates. No phone
 * numbers, no employer contact and none of the jobcoach's notes or agreed actions — those are the
 * jobcoach's working notes, not the municipality's file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MunicipalFollowUpCallResponse")
public record MunicipalFollowUpCallResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID placementId,
        @Schema(required = true) UUID candidateId,
        @Schema(required = true, description = "First and last name") String candidateName,
        @Schema(required = true) String employerName,
        @Schema(required = true) String vacancyTitle,
        @Schema(required = true) FollowUpKind kind,
        @Schema(required = true, minimum = "1") int attempt,
        @Schema(required = true) LocalDate dueDate,
        @Schema(required = true, description = "Keycloak username of the jobcoach who makes the call") String assignee,
        @Schema(required = true) CallStatus status,
        @Schema(required = true, description = "PLANNED and due before today (Europe/Amsterdam)") boolean overdue,
        @Schema(required = true) boolean flagged,
        @Schema(description = "Only for DONE") CallOutcome outcome,
        @Schema(description = "Only for DONE") ContactWith contactWith,
        Instant loggedAt,
        String loggedBy,
        String loggedByName,
        @Schema(required = true) long version) implements FollowUpCallView {
}
