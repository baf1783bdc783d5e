package nl.werkhub.vacancy;

import static nl.werkhub.vacancy.VacancyStatus.CLOSED;
import static nl.werkhub.vacancy.VacancyStatus.DRAFT;
import static nl.werkhub.vacancy.VacancyStatus.FILLED;
import static nl.werkhub.vacancy.VacancyStatus.ON_HOLD;
import static nl.werkhub.vacancy.VacancyStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VacancyStatusTest {

    private static final Map<VacancyStatus, Set<VacancyStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(OPEN, CLOSED),
            OPEN, EnumSet.of(ON_HOLD, FILLED, CLOSED),
            ON_HOLD, EnumSet.of(OPEN, CLOSED),
            FILLED, EnumSet.noneOf(VacancyStatus.class),
            CLOSED, EnumSet.noneOf(VacancyStatus.class));

    @Test
    void everyPairFollowsTheContract() {
        for (VacancyStatus from : VacancyStatus.values()) {
            for (VacancyStatus to : VacancyStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void filledAndClosedAreFinal() {
        for (VacancyStatus s : VacancyStatus.values()) {
            assertEquals(s == FILLED || s == CLOSED, s.isFinal(), s.name());
        }
    }
}
