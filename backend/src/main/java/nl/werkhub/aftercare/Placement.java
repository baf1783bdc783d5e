package nl.werkhub.aftercare;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import nl.werkhub.common.audit.AuditedEntity;

/**
 * The contract that a PLACED match became. As with {@code Match}, the vacancy, candidate and match are
 * plain ids: a placement is written without loading them and read through SQL projections that apply
 * the reader's visibility.
 */
@Entity
@Table(name = "placement")
public class Placement extends AuditedEntity {

    @Column(name = "match_id", nullable = false, updatable = false)
    public UUID matchId;

    @Column(name = "vacancy_id", nullable = false, updatable = false)
    public UUID vacancyId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    public UUID candidateId;

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 50)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public PlacementStatus status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Null for a permanent contract. */
    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "hours_per_week", nullable = false)
    public int hoursPerWeek;

    /** Keycloak username; null only on placements carried over from issue 4. */
    @Column(length = 200)
    public String jobcoach;

    @Column(name = "at_risk", nullable = false)
    public boolean atRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome", length = 10)
    public CallOutcome lastOutcome;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    public PlacementEndReason endReason;

    @Column(name = "end_note", length = 2000)
    public String endNote;

    @Column(name = "placed_by", nullable = false, updatable = false, length = 200)
    public String placedBy;

    @Column(name = "placed_by_name", nullable = false, updatable = false, length = 200)
    public String placedByName;
}
