package nl.werkhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.candidate.Candidate;
import nl.werkhub.candidate.CandidateRepository;
import nl.werkhub.candidate.CandidateStatus;
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

    @Inject
    CandidateRepository candidates;

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

    @Test
    void seedsTalentProfilesThroughTheMunicipalIntakeOnce() {
        int expected = DemoDataSeeder.candidates(LocalDate.now()).size();
        long seeded = QuarkusTransaction.requiringNew().call(() -> candidates.count("createdBy", "demo-data"));
        if (seeded == 0) {
            // other test classes may have filled the candidate table already, so seed unconditionally
            assertEquals(expected, seeder.seedCandidates(), "every demo profile passes the intake's validation");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Candidate> demo = candidates.list("createdBy", "demo-data");
            assertEquals(expected, demo.size());
            assertTrue(expected >= 20, "about two dozen profiles: " + expected);
            assertTrue(demo.stream().allMatch(c -> c.talents.size() >= 3), "every profile has talents");

            Map<String, Long> perMunicipality = demo.stream()
                    .collect(Collectors.groupingBy(c -> c.municipalityCode, Collectors.counting()));
            assertEquals(Set.of("rotterdam", "capelle", "nissewaard"), perMunicipality.keySet());
            assertTrue(perMunicipality.get("rotterdam") > perMunicipality.get("capelle")
                    && perMunicipality.get("rotterdam") > perMunicipality.get("nissewaard"), perMunicipality.toString());

            assertEquals(2, demo.stream().filter(c -> !c.consent).count());
            assertEquals(5, demo.stream().filter(c -> "jobcoach".equals(c.jobcoach)).count());
            assertTrue(demo.stream().anyMatch(c -> c.status == CandidateStatus.PAUSED));
            assertTrue(demo.stream().filter(c -> c.status == CandidateStatus.ACTIVE).count() > expected / 2);
        });

        // a second run adds nothing: the table is no longer empty, and the intake itself is idempotent
        assertFalse(seeder.seedCandidatesIfEmpty());
        assertEquals(0, seeder.seedCandidates());
        assertEquals(expected, QuarkusTransaction.requiringNew().call(() -> candidates.count("createdBy", "demo-data")));
    }
}
