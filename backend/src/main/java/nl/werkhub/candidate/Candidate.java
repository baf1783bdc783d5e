package nl.werkhub.candidate;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.audit.AuditedEntity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A job seeker's talent profile, owned by one municipality. The enum lists are stored as
 * {@code text[]} of their names; {@link #talentCodes} mirrors the keys of {@link #talents} (see the
 * V3 migration) and {@link #talentLevels} their levels in the same order (V4: the match score reads
 * levels from there); both are only ever set together with the talents, through {@link #replaceTalents}.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends AuditedEntity {

    @Column(name = "municipality_code", nullable = false, updatable = false, length = 50)
    public String municipalityCode;

    @Column(name = "client_number", nullable = false, updatable = false, length = 40)
    public String clientNumber;

    @Column(name = "first_name", nullable = false, length = 100)
    public String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    public String lastName;

    @Column(length = 254)
    public String email;

    @Column(length = 30)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(nullable = false, length = 7)
    public String postcode;

    public Double latitude;

    public Double longitude;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false, columnDefinition = "text[]")
    public List<String> targetGroups = new ArrayList<>();

    /** Talent code to level 1..5, in table candidate_talent. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "candidate_talent", joinColumns = @JoinColumn(name = "candidate_id"))
    @MapKeyColumn(name = "talent_code", length = 60)
    @Column(name = "level", nullable = false)
    public Map<String, Integer> talents = new TreeMap<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "talent_codes", nullable = false, columnDefinition = "text[]")
    public List<String> talentCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "talent_levels", nullable = false, columnDefinition = "smallint[]")
    public List<Short> talentLevels = new ArrayList<>();

    @Column(length = 2000)
    public String interests;

    @Column(length = 2000)
    public String motivation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_sectors", nullable = false, columnDefinition = "text[]")
    public List<String> preferredSectors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_occupations", nullable = false, columnDefinition = "text[]")
    public List<String> preferredOccupations = new ArrayList<>();

    @Column(name = "hours_per_week_min", nullable = false)
    public int hoursPerWeekMin;

    @Column(name = "hours_per_week_max", nullable = false)
    public int hoursPerWeekMax;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "max_travel_distance_km", nullable = false)
    public int maxTravelDistanceKm;

    @Column(name = "driving_licence", nullable = false)
    public boolean drivingLicence;

    @Enumerated(EnumType.STRING)
    @Column(name = "dutch_level", length = 2)
    public LanguageLevel dutchLevel;

    @Column(nullable = false)
    public boolean consent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public CandidateStatus status;

    @Column(length = 200)
    public String jobcoach;

    /** Replaces the talents and keeps the denormalised, sorted {@link #talentCodes} and {@link #talentLevels} in step. */
    public void replaceTalents(Map<String, Integer> levels) {
        talents.keySet().retainAll(levels.keySet());
        talents.putAll(levels);
        TreeMap<String, Integer> sorted = new TreeMap<>(levels);
        talentCodes = new ArrayList<>(sorted.keySet());
        talentLevels = new ArrayList<>(sorted.values().stream().map(Integer::shortValue).toList());
    }
}
