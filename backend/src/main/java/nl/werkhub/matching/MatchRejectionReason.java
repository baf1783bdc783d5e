package nl.werkhub.matching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a match ended without a placement; required for REJECTED, optional for WITHDRAWN. */
@Schema(name = "MatchRejectionReason")
public enum MatchRejectionReason {
    CANDIDATE_DECLINED,
    EMPLOYER_DECLINED,
    SKILLS_MISMATCH,
    HOURS_OR_TRAVEL,
    NO_SHOW,
    VACANCY_FILLED,
    /** needs a note that says what happened */
    OTHER
}
