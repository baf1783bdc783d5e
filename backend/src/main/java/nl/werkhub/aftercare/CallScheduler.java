package nl.werkhub.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werkhub.common.audit.Actor;

/**
 * The standard follow-up calls of a placement as its contract changes: planned when it is placed,
 * moved when its dates change, handed over when its jobcoach changes, cancelled when it ends. Only
 * PLANNED calls are ever touched; a call that was made or not reached is history. Logging calls and
 * their retries is {@code FollowUpCallService}'s (docs/api.md, "Follow-up calls").
 */
@ApplicationScoped
public class CallScheduler {

    @Inject
    EntityManager em;

    /** The standard calls of a new placement, PLANNED, first attempts, for its jobcoach. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(Placement placement, Actor actor, Instant now) {
        for (ScheduledCall call : FollowUpSchedule.plan(placement.startDate, placement.endDate)) {
            plan(placement, call.kind(), call.dueDate(), actor, now);
        }
    }

    /**
     * After the contract dates changed: every standard first attempt still PLANNED moves to the date
     * the new contract gives it. Retries keep their dates (each was planned from the day the previous
     * attempt failed, not from the contract) and so do ad-hoc calls. BEFORE_CONTRACT_END follows the
     * end date: added when the new contract gets it and has no live one, cancelled (with any PLANNED
     * retry of it) when the new contract no longer has it. The first three kinds are never added here:
     * a placement without them is one carried over from before contracts existed, whose first
     * day, week and month have passed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reschedule(Placement placement, Actor actor, Instant now) {
        Map<FollowUpKind, LocalDate> plan = new EnumMap<>(FollowUpKind.class);
        for (ScheduledCall call : FollowUpSchedule.plan(placement.startDate, placement.endDate)) {
            plan.put(call.kind(), call.dueDate());
        }
        List<FollowUpCall> calls = em.createQuery(
                "from FollowUpCall where placementId = :p and kind <> :adHoc and status <> :cancelled order by attempt, dueDate",
                FollowUpCall.class)
                .setParameter("p", placement.id).setParameter("adHoc", FollowUpKind.AD_HOC)
                .setParameter("cancelled", CallStatus.CANCELLED).getResultList();
        boolean hasBeforeEnd = false;
        for (FollowUpCall call : calls) {
            LocalDate due = plan.get(call.kind);
            if (call.kind == FollowUpKind.BEFORE_CONTRACT_END) {
                hasBeforeEnd = true;
                if (due == null) {
                    if (call.status == CallStatus.PLANNED) {
                        cancel(call, actor, now);
                    }
                    continue;
                }
            }
            if (call.status == CallStatus.PLANNED && call.attempt == 1 && due != null && !due.equals(call.dueDate)) {
                call.dueDate = due;
                call.markUpdated(actor, now);
            }
        }
        LocalDate beforeEnd = plan.get(FollowUpKind.BEFORE_CONTRACT_END);
        if (beforeEnd != null && !hasBeforeEnd) {
            plan(placement, FollowUpKind.BEFORE_CONTRACT_END, beforeEnd, actor, now);
        }
    }

    /** A new jobcoach takes over every call still to be made, ad-hoc calls and retries included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reassign(UUID placementId, String jobcoach, Actor actor, Instant now) {
        for (FollowUpCall call : planned(placementId)) {
            if (!jobcoach.equals(call.assignee)) {
                call.assignee = jobcoach;
                call.markUpdated(actor, now);
            }
        }
    }

    /** The placement ended: nothing is left to call about. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPlanned(UUID placementId, Actor actor, Instant now) {
        for (FollowUpCall call : planned(placementId)) {
            cancel(call, actor, now);
        }
    }

    private List<FollowUpCall> planned(UUID placementId) {
        return em.createQuery("from FollowUpCall where placementId = :p and status = :planned", FollowUpCall.class)
                .setParameter("p", placementId).setParameter("planned", CallStatus.PLANNED).getResultList();
    }

    private static void cancel(FollowUpCall call, Actor actor, Instant now) {
        call.status = CallStatus.CANCELLED;
        call.markUpdated(actor, now);
    }

    private void plan(Placement placement, FollowUpKind kind, LocalDate due, Actor actor, Instant now) {
        FollowUpCall call = new FollowUpCall();
        call.placementId = placement.id;
        call.kind = kind;
        call.attempt = 1;
        call.dueDate = due;
        call.assignee = placement.jobcoach;
        call.status = CallStatus.PLANNED;
        call.markCreated(actor, now);
        em.persist(call);
    }
}
