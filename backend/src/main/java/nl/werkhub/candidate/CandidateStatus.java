package nl.werkhub.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a job seeker stands; only ACTIVE profiles are searched by default. WITHDRAWN profiles are erased by retention. */
@Schema(name = "CandidateStatus")
public enum CandidateStatus {
    ACTIVE, PAUSED, PLACED, WITHDRAWN
}
