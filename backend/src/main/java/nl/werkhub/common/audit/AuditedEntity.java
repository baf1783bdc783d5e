package nl.werkhub.common.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** UUID id, optimistic-lock version and who/when columns shared by the writable entities. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public UUID id;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    /** Call once before persisting a new entity. */
    public void markCreated(Actor actor) {
        markCreated(actor, Instant.now());
    }

    /** As {@link #markCreated(Actor)}, at a given time (for code that reads an injected clock). */
    public void markCreated(Actor actor, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        if (id == null) {
            id = UUID.randomUUID();
        }
        createdAt = now;
        createdBy = actor.username();
        updatedAt = now;
        updatedBy = actor.username();
    }

    /** Call on every change of an existing entity. */
    public void markUpdated(Actor actor) {
        markUpdated(actor, Instant.now());
    }

    /**
     * As {@link #markUpdated(Actor)}, at a given time. PostgreSQL keeps microseconds; truncating keeps
     * the response equal to what a re-read returns.
     */
    public void markUpdated(Actor actor, Instant at) {
        updatedAt = at.truncatedTo(ChronoUnit.MICROS);
        updatedBy = actor.username();
    }
}
