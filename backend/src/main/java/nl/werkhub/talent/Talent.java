package nl.werkhub.talent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.werkhub.common.audit.Actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One entry of the talent taxonomy. The primary key is the code (a stable slug that municipal
 * systems send), so this entity does not extend {@link nl.werkhub.common.audit.AuditedEntity}
 * (UUID id); it has the same optimistic-lock version and audit columns with the same semantics.
 * Other packages may refer to it (e.g. a {@code @ManyToOne} on {@code talent_code}) but change it
 * only through {@link TalentService}.
 */
@Entity
@Table(name = "talent")
public class Talent extends PanacheEntityBase {

    public static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int CODE_MAX = 60;
    public static final int LABEL_MAX = 120;
    public static final String ESCO_URI_PATTERN =
            "^http://data\\.europa\\.eu/esco/(skill|occupation)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    @Id
    @Column(nullable = false, updatable = false, length = CODE_MAX)
    public String code;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "label_nl", nullable = false, length = LABEL_MAX)
    public String labelNl;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    public String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public TalentCategory category;

    @Column(name = "esco_uri", length = 255)
    public String escoUri;

    @Column(nullable = false)
    public boolean retired;

    /** Code and both labels, accent- and case-folded; a column PostgreSQL generates (see V2). Read-only here. */
    @Column(name = "search_text", insertable = false, updatable = false, length = 310)
    String searchText;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;

    void markCreated(Actor actor) {
        Instant now = now();
        createdAt = now;
        createdBy = actor.username();
        updatedAt = now;
        updatedBy = actor.username();
    }

    void markUpdated(Actor actor) {
        updatedAt = now();
        updatedBy = actor.username();
    }

    /** PostgreSQL keeps microseconds; truncating keeps a response equal to what a re-read returns. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
