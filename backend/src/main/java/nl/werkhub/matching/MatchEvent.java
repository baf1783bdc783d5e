package nl.werkhub.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a match (the first has no {@code fromStatus}). Written once, never changed. */
@Entity
@Table(name = "match_event")
public class MatchEvent extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public UUID id;

    /** Filled by the database (identity); orders the events of a match when timestamps tie. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "match_id", nullable = false, updatable = false)
    public UUID matchId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 10)
    public MatchStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 10)
    public MatchStatus toStatus;

    @Column(updatable = false, length = 2000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    public MatchRejectionReason reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** Keycloak subject. */
    @Column(nullable = false, updatable = false, length = 200)
    public String actor;

    /** Username, for display. */
    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    public String actorName;
}
