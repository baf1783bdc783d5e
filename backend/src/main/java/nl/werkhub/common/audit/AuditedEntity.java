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
        Instant now = now();
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
        updatedAt = now();
        updatedBy = actor.username();
    }

    /** PostgreSQL keeps microseconds; truncating keeps the response equal to what a re-read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
