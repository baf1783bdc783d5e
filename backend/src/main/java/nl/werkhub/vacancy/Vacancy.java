package nl.werkhub.vacancy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.AuditedEntity;
import nl.werkhub.employer.Employer;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A vacancy. {@link #talentCodes} and {@link #mustHaveCodes} mirror {@link #talents} (see the V4
 * migration: the suggestions narrow on them with GIN indexes) and are only ever set together with
 * it, through {@link #replaceTalents}.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy extends AuditedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "employer_id", nullable = false)
    public Employer employer;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Sector sector;

    @Column(nullable = false, length = 7)
    public String postcode;

    public Double latitude;

    public Double longitude;

    @Column(name = "hours_per_week_min", nullable = false)
    public int hoursPerWeekMin;

    @Column(name = "hours_per_week_max", nullable = false)
    public int hoursPerWeekMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, length = 20)
    public ContractType contractType;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(nullable = false)
    public int positions;

    @Enumerated(EnumType.STRING)
    @Column(name = "dutch_level", length = 2)
    public LanguageLevel dutchLevel;

    @Column(name = "driving_licence_required", nullable = false)
    public boolean drivingLicenceRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public VacancyStatus status;

    /**
     * When the vacancy first became {@code OPEN}; never reset (ON_HOLD and back does not restart the
     * clock). The dashboard measures opening to placement from it.
     */
    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "owner_id", nullable = false, length = 200)
    public String ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    public String ownerName;

    /** Talent code to requirement and minimum level, in table vacancy_talent. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "vacancy_talent", joinColumns = @JoinColumn(name = "vacancy_id"))
    @MapKeyColumn(name = "talent_code", length = 60)
    // a list page loads the talents of all its vacancies in one query instead of one per vacancy
    @BatchSize(size = 100)
    public Map<String, VacancyTalentLevel> talents = new TreeMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "talent_codes", nullable = false, columnDefinition = "text[]")
    public List<String> talentCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "must_have_codes", nullable = false, columnDefinition = "text[]")
    public List<String> mustHaveCodes = new ArrayList<>();

    /** Replaces the talents and keeps the denormalised, sorted code arrays in step. */
    public void replaceTalents(Map<String, VacancyTalentLevel> levels) {
        talents.keySet().retainAll(levels.keySet());
        levels.forEach((code, level) -> {
            if (!level.equals(talents.get(code))) {
                talents.put(code, level);
            }
        });
        TreeMap<String, VacancyTalentLevel> sorted = new TreeMap<>(levels);
        talentCodes = new ArrayList<>(sorted.keySet());
        mustHaveCodes = new ArrayList<>(sorted.entrySet().stream()
                .filter(e -> e.getValue().requirement == TalentRequirement.MUST_HAVE).map(Map.Entry::getKey).toList());
    }
}
