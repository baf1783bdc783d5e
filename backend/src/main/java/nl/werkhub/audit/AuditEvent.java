package nl.werkhub.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One line of the audit log. It names the candidate only by Werkhub's UUID and never holds personal
 * data of the candidate, so it may (and must) outlive the erasure of the profile.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public UUID id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 200)
    public String actor;

    @Column(name = "actor_role", nullable = false, updatable = false, length = 20)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    public AuditAction action;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public UUID candidateId;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 50)
    public String municipalityCode;

    @Column(nullable = false, updatable = false, length = 200)
    public String route;
}
