package nl.werkhub.aftercare;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A jobcoach's secret calendar link. Only the SHA-256 of the token is stored: whoever reads the
 * database (or a backup) cannot subscribe to anyone's calendar with it.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends PanacheEntityBase {

    /** Keycloak username; one link per jobcoach. */
    @Id
    @Column(nullable = false, updatable = false, length = 200)
    public String jobcoach;

    @Column(name = "token_hash", nullable = false, unique = true, length = 32)
    public byte[] tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
