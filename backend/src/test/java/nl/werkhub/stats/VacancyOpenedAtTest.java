package nl.werkhub.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.werkhub.testsupport.Api;
import nl.werkhub.testsupport.Matches;
import nl.werkhub.testsupport.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code vacancy.opened_at} is not in the API; the dashboard's median reads it. The vacancy is moved
 * through the API, the column read back directly.
 */
@QuarkusTest
class VacancyOpenedAtTest {

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void setOnTheFirstOpeningAndNeverAgain() {
        String id = Api.createVacancy(Api.createEmployer(), "Kassamedewerker " + Api.marker());
        assertNull(openedAt(id), "a draft has not been opened");

        Instant first = Instant.parse("2026-02-02T08:30:00Z");
        clock.set(first);
        Matches.setVacancyStatus(id, "OPEN");
        assertEquals(first, openedAt(id));

        clock.set(Instant.parse("2026-03-10T10:00:00Z"));
        Matches.setVacancyStatus(id, "ON_HOLD");
        Matches.setVacancyStatus(id, "OPEN");
        assertEquals(first, openedAt(id), "reopening after a hold keeps the first opening");
    }

    @Test
    void aDraftClosedWithoutOpeningHasNone() {
        String id = Api.createVacancy(Api.createEmployer(), "Schoonmaker " + Api.marker());
        Matches.setVacancyStatus(id, "CLOSED");
        assertNull(openedAt(id));
    }

    private Instant openedAt(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object v = em.createNativeQuery("select opened_at from vacancy where id = :id")
                    .setParameter("id", UUID.fromString(id)).getSingleResult();
            if (v == null) {
                return null;
            }
            return v instanceof Instant i ? i : v instanceof OffsetDateTime o ? o.toInstant()
                    : ((java.sql.Timestamp) v).toInstant();
        });
    }
}
