package nl.werkhub.matching;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.werkhub.common.audit.AuditedEntity;

import org.hibernate.annotations.ColumnTransformer;

/**
 * A vacancy and a candidate in the pipeline. The two sides are plain ids, not associations: a match
 * is written without loading either side's entity, and read through one SQL projection that also
 * applies the reader's visibility (see {@link MatchService}).
 */
@Entity
@Table(name = "match")
public class Match extends AuditedEntity {

    @Column(name = "vacancy_id", nullable = false, updatable = false)
    public UUID vacancyId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public UUID candidateId;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 50)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public MatchStatus status;

    @Column(nullable = false, updatable = false)
    public int score;

    /**
     * The breakdown as JSON text. Written through a cast rather than Hibernate's JSON type, so the
     * mapping does not depend on which ObjectMapper Hibernate would pick; the service (de)serialises
     * it with the application's own.
     */
    @Column(nullable = false, updatable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String breakdown;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason", length = 20)
    public MatchRejectionReason rejectionReason;

    @Column(name = "owner_id", nullable = false, updatable = false, length = 200)
    public String ownerId;

    @Column(name = "owner_name", nullable = false, updatable = false, length = 200)
    public String ownerName;
}
