package nl.werkhub.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The value of a row of vacancy_talent (its key, the talent code, is the map key in {@link Vacancy#talents}). */
@Embeddable
public class VacancyTalentLevel {

    @Enumerated(EnumType.STRING)
    @Column(name = "requirement", nullable = false, length = 12)
    public TalentRequirement requirement;

    @Column(name = "min_level", nullable = false)
    public int minLevel;

    protected VacancyTalentLevel() {
    }

    public VacancyTalentLevel(TalentRequirement requirement, int minLevel) {
        this.requirement = requirement;
        this.minLevel = minLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VacancyTalentLevel other && other.requirement == requirement && other.minLevel == minLevel;
    }

    @Override
    public int hashCode() {
        return requirement.hashCode() * 31 + minLevel;
    }
}
