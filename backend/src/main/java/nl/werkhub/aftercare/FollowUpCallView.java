package nl.werkhub.aftercare;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A follow-up call as one audience sees it: the staff view ({@link FollowUpCallResponse}) or the
 * reduced view of the candidate's municipality ({@link MunicipalFollowUpCallResponse}). The two are
 * distinct records, so a field the municipality may not read cannot slip into its view as a null.
 */
@Schema(name = "FollowUpCallView", oneOf = { FollowUpCallResponse.class, MunicipalFollowUpCallResponse.class },
        description = "FollowUpCallResponse for consultants and jobcoaches, MunicipalFollowUpCallResponse for municipalities")
public sealed interface FollowUpCallView permits FollowUpCallResponse, MunicipalFollowUpCallResponse {

    UUID id();

    long version();
}
