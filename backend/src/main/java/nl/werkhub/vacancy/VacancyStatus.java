package nl.werkhub.vacancy;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of a vacancy. {@code DRAFT → OPEN | CLOSED}, {@code OPEN → ON_HOLD | FILLED | CLOSED},
 * {@code ON_HOLD → OPEN | CLOSED}; {@code FILLED} and {@code CLOSED} are final.
 */
public enum VacancyStatus {
    DRAFT,
    OPEN,
    ON_HOLD,
    FILLED,
    CLOSED;

    public Set<VacancyStatus> allowedNext() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CLOSED);
            case OPEN -> EnumSet.of(ON_HOLD, FILLED, CLOSED);
            case ON_HOLD -> EnumSet.of(OPEN, CLOSED);
            case FILLED, CLOSED -> EnumSet.noneOf(VacancyStatus.class);
        };
    }

    public boolean canMoveTo(VacancyStatus target) {
        return allowedNext().contains(target);
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }
}
