package nl.werkhub.aftercare;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One voorziening of a placement; the list is replaced as a whole, so rows are never updated. */
@Entity
@Table(name = "placement_arrangement")
public class PlacementArrangement extends PanacheEntityBase {

    @Id
    @Column(nullable = false, updatable = false)
    public UUID id;

    @Column(name = "placement_id", nullable = false, updatable = false)
    public UUID placementId;

    /** Order as sent, 0..9. */
    @Column(nullable = false, updatable = false)
    public short position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 25)
    public ArrangementKind kind;

    /** EUR, only for OV_TOPUP. */
    @Column(updatable = false, precision = 7, scale = 2)
    public BigDecimal amount;

    @Column(updatable = false, length = 500)
    public String description;
}
