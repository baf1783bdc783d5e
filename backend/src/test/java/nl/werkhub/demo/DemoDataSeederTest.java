package nl.werkhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.vacancy.VacancyRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The demo data passes the same validation as API input (it goes through the services). */
@QuarkusTest
class DemoDataSeederTest {

    @Inject
    DemoDataSeeder seeder;

    @Inject
    EmployerRepository employers;

    @Inject
    VacancyRepository vacancies;

    @Test
    void seedsRealisticDataThroughTheServices() {
        long seeded = QuarkusTransaction.requiringNew().call(() -> employers.count("createdBy", "demo-data"));
        if (seeded == 0) {
            seeder.seed();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(8, employers.count("createdBy", "demo-data"));
            assertEquals(15, vacancies.count("createdBy", "demo-data"));
            assertEquals(1, employers.count("createdBy = ?1 and status = ?2", "demo-data",
                    nl.werkhub.employer.EmployerStatus.ARCHIVED));
            assertTrue(vacancies.count("createdBy = ?1 and status = ?2", "demo-data",
                    nl.werkhub.vacancy.VacancyStatus.OPEN) >= 5);
            assertEquals(0, vacancies.count("createdBy = ?1 and ownerName <> ?1", "demo-data"));
        });
    }
}
