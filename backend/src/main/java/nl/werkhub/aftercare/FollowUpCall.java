package nl.werkhub.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.werkhub.common.audit.AuditedEntity;

/** A nazorggesprek: planned from the contract (or ad hoc), logged once by the jobcoach. */
@Entity
@Table(name = "follow_up_call")
public class FollowUpCall extends AuditedEntity {

    @Column(name = "placement_id", nullable = false, updatable = false)
    public UUID placementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    public FollowUpKind kind;

    /** 1 for a scheduled or ad-hoc call; a retry after NOT_REACHED has the next number. */
    @Column(nullable = false, updatable = false)
    public short attempt;

    /** The NOT_REACHED call this one retries; null when attempt is 1. */
    @Column(name = "retry_of", updatable = false)
    public UUID retryOf;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    /** Keycloak username of the jobcoach who makes the call. */
    @Column(nullable = false, length = 200)
    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public CallStatus status;

    /** The last attempt was not reached: someone has to act. */
    @Column(nullable = false)
    public boolean flagged;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public CallOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_with", length = 10)
    public ContactWith contactWith;

    @Column(length = 4000)
    public String notes;

    @Column(name = "agreed_actions", length = 2000)
    public String agreedActions;

    @Column(name = "logged_at")
    public Instant loggedAt;

    /** Keycloak subject and username of whoever logged the call. */
    @Column(name = "logged_by", length = 200)
    public String loggedBy;

    @Column(name = "logged_by_name", length = 200)
    public String loggedByName;
}
