package nl.werkhub.aftercare;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import nl.werkhub.candidate.CandidateErasing;

/**
 * Erasure of a candidate takes their placements with it: the follow-up calls (whose notes are about
 * the person), the arrangements and the placements, in the erasure's transaction. It runs before
 * {@code MatchErasure} deletes the matches, so the foreign keys' cascades are never what does it. A
 * vacancy the placement filled stays FILLED, as for matches.
 */
@ApplicationScoped
public class PlacementErasure {

    @Inject
    EntityManager em;

    void onErasing(@Observes @Priority(Interceptor.Priority.APPLICATION) CandidateErasing erasing) {
        String placements = "(select id from placement where candidate_id = :id)";
        em.createNativeQuery("delete from follow_up_call where placement_id in " + placements)
                .setParameter("id", erasing.candidateId()).executeUpdate();
        em.createNativeQuery("delete from placement_arrangement where placement_id in " + placements)
                .setParameter("id", erasing.candidateId()).executeUpdate();
        em.createNativeQuery("delete from placement where candidate_id = :id")
                .setParameter("id", erasing.candidateId()).executeUpdate();
    }
}
