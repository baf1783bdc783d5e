package nl.werkhub.vacancy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.AuditedEntity;
import nl.werkhub.employer.Employer;

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

    @Column(name = "owner_id", nullable = false, length = 200)
    public String ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    public String ownerName;
}
