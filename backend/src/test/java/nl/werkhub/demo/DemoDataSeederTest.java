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
import nl.werkhub.audit.AuditActor;
import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.matching.CandidateSuggestion;
import nl.werkhub.matching.SuggestionService;
import nl.werkhub.vacancy.Vacancy;
import nl.werkhub.vacancy.VacancyRepository;
import nl.werkhub.vacancy.VacancyStatus;

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

    @Inject
    SuggestionService suggestions;

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

    /** Demo suggestions are worth showing: every open demo vacancy has several demo candidates, some with gaps. */
    @Test
    void everyOpenDemoVacancyHasSeveralSuggestions() {
        if (QuarkusTransaction.requiringNew().call(() -> employers.count("createdBy", "demo-data")) == 0) {
            seeder.seed();
        }
        seeder.seedCandidates();
        Set<java.util.UUID> demoCandidates = QuarkusTransaction.requiringNew().call(() -> candidates
                .list("createdBy", "demo-data").stream().map(c -> c.id).collect(Collectors.toSet()));
        List<Vacancy> open = QuarkusTransaction.requiringNew().call(() -> vacancies
                .list("createdBy = ?1 and status = ?2", "demo-data", VacancyStatus.OPEN));
        assertTrue(open.size() >= 5);
        int withGaps = 0;
        for (Vacancy v : open) {
            List<CandidateSuggestion> demo = suggestions.forVacancy(v.id, null, 100,
                    new AuditActor("demo-test", "consultant"), "GET /api/vacancies/{id}/suggestions").items().stream()
                    .filter(s -> demoCandidates.contains(s.candidate().id())).toList();
            assertTrue(demo.size() >= 2, v.title + ": " + demo.size() + " demo suggestions");
            if (demo.stream().anyMatch(s -> !s.breakdown().gaps().isEmpty())) {
                withGaps++;
            }
        }
        assertTrue(withGaps >= open.size() / 2, withGaps + " of " + open.size() + " with gaps");
    }
}
