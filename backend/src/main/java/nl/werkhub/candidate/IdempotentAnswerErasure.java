package nl.werkhub.candidate;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.werkhub.common.idempotency.IdempotencyKeys;

/**
 * An erasure also deletes the stored Idempotency-Key answers that name the person (a match names the
 * candidate, a bulk intake lists the id and client number); they would otherwise outlive the profile
 * until they expire. A replay of such a key afterwards runs the request again, as for a key never seen.
 */
@ApplicationScoped
class IdempotentAnswerErasure {

    @Inject
    IdempotencyKeys keys;

    void onErasing(@Observes CandidateErasing erasing) {
        keys.forget(List.of(erasing.candidateId()));
    }
}
