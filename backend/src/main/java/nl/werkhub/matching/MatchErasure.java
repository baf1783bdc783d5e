package nl.werkhub.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.werkhub.candidate.CandidateErasing;

/**
 * Erasure of a candidate takes their matches and the matches' events with it, in the erasure's own
 * transaction (before the profile row goes, so the foreign key's cascade is never what does it). The
 * notes of the events may name the person, so nothing of a match is kept. A vacancy filled by an
 * erased candidate's placement stays {@code FILLED}: the position was filled.
 */
@ApplicationScoped
public class MatchErasure {

    @Inject
    EntityManager em;

    void onErasing(@Observes CandidateErasing erasing) {
        em.createNativeQuery("delete from match_event where match_id in (select id from match where candidate_id = :id)")
                .setParameter("id", erasing.candidateId()).executeUpdate();
        em.createNativeQuery("delete from match where candidate_id = :id")
                .setParameter("id", erasing.candidateId()).executeUpdate();
    }
}
