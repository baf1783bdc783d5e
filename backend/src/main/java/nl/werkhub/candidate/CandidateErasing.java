package nl.werkhub.candidate;

import java.util.UUID;

/**
 * Fired synchronously by {@link CandidateErasureService}, inside its transaction and before the
 * profile row is deleted, for every erasure (a municipality's DELETE and the retention job alike).
 * Whatever else names the candidate (matches, placements, follow-up calls of later issues) observes
 * this event and deletes its rows; an observer that fails rolls the whole erasure back.
 */
public record CandidateErasing(UUID candidateId, String municipalityCode) {
}
