package nl.werkhub.candidate;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.common.web.ETags;

/**
 * Erasure of a job seeker (AVG/GDPR art. 17): the only place where profiles are deleted, used by the
 * municipality's {@code DELETE} and by the retention job. It deletes the profile and its talents,
 * lets everything else that names the person go through {@link CandidateErasing}, and leaves one
 * {@link AuditAction#ERASED} event that holds only the candidate's UUID, the municipality, the actor
 * and the time.
 */
@ApplicationScoped
public class CandidateErasureService {

    @Inject
    CandidateRepository candidates;

    @Inject
    AuditEventService audit;

    @Inject
    Event<CandidateErasing> erasing;

    /**
     * The municipality's DELETE; false when there is no such profile. The caller has checked that the
     * municipality is the caller's own. {@code If-Match} is honoured when sent.
     */
    @Transactional
    public boolean eraseByClientNumber(String municipalityCode, String clientNumber, String ifMatch, AuditActor actor,
            String route) {
        Candidate candidate = candidates.find("municipalityCode = ?1 and clientNumber = ?2", municipalityCode,
                clientNumber).firstResult();
        if (candidate == null) {
            return false;
        }
        ETags.checkIfPresent(ifMatch, candidate.version);
        erase(candidate, actor, route);
        return true;
    }

    /** Erases the profile with this id if it still exists; true when it did. */
    @Transactional
    public boolean erase(UUID candidateId, AuditActor actor, String route) {
        Candidate candidate = candidates.findById(candidateId);
        if (candidate == null) {
            return false;
        }
        erase(candidate, actor, route);
        return true;
    }

    private void erase(Candidate candidate, AuditActor actor, String route) {
        UUID id = candidate.id;
        String municipalityCode = candidate.municipalityCode;
        erasing.fire(new CandidateErasing(id, municipalityCode));
        candidates.delete(candidate);
        candidates.flush();
        audit.record(AuditAction.ERASED, id, municipalityCode, actor, route);
    }
}
