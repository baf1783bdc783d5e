package nl.werkhub.demo;

import static nl.werkhub.testsupport.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import nl.werkhub.candidate.Candidate;
import nl.werkhub.candidate.CandidateRepository;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.aftercare.PlacementService;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.matching.CandidateSuggestion;
import nl.werkhub.matching.SuggestionService;
import nl.werkhub.vacancy.Vacancy;
import nl.werkhub.vacancy.VacancyRepository;
import nl.werkhub.vacancy.VacancyStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import nl.werkhub.testsupport.TestTokens;

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

    @Inject
    DemoPlacements placements;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

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
        // the people of the demo placements are demo profiles too, published with their placements
        Set<String> clientNumbers = DemoDataSeeder.candidates(LocalDate.now()).stream()
                .map(DemoDataSeeder.DemoCandidate::clientNumber).collect(Collectors.toSet());
        long seeded = QuarkusTransaction.requiringNew().call(() -> candidates.list("createdBy", "demo-data").stream()
                .filter(c -> clientNumbers.contains(c.clientNumber)).count());
        if (seeded == 0) {
            // other test classes may have filled the candidate table already, so seed unconditionally
            assertEquals(expected, seeder.seedCandidates(), "every demo profile passes the intake's validation");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Candidate> demo = candidates.list("createdBy", "demo-data").stream()
                    .filter(c -> clientNumbers.contains(c.clientNumber)).toList();
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
        assertEquals(expected, QuarkusTransaction.requiringNew().call(() -> candidates.list("createdBy", "demo-data").stream()
                .filter(c -> clientNumbers.contains(c.clientNumber)).count()));
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

    /**
     * Demo placements make the aftercare screens worth opening: ten placements over the last nine
     * months through the pipeline, worked calls consistent with their placement's outcome, and work
     * on the demo jobcoach's "Vandaag" list.
     */
    @Test
    void seedsPlacementsWithWorkedCallsAndWorkForTheDemoJobcoach() {
        if (QuarkusTransaction.requiringNew().call(() -> employers.count("createdBy", "demo-data")) == 0) {
            seeder.seed();
        }
        if (count("select count(*) from placement where placed_by = 'demo-data'") == 0) {
            assertEquals(10, placements.seed(), "every demo placement goes through the pipeline");
        }
        LocalDate today = PlacementService.today(clock);
        assertEquals(10, count("select count(*) from placement where placed_by = 'demo-data'"));
        assertEquals(1, count("select count(*) from placement where placed_by = 'demo-data' and status = 'COMPLETED'"));
        assertEquals(1, count("select count(*) from placement where placed_by = 'demo-data' and status = 'ENDED_EARLY'"));
        assertEquals(today.minusDays(270), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select min(start_date) from placement where placed_by = 'demo-data'", LocalDate.class).getSingleResult()));
        assertTrue(count("select count(*) from placement where placed_by = 'demo-data' and start_date between cast(:from as date)"
                + " and cast(:to as date)", today.minusDays(7), today.plusDays(7)) >= 2, "a few start this week");
        assertTrue(count("select count(*) from placement where placed_by = 'demo-data' and status = 'ACTIVE'"
                + " and jobcoach = 'jobcoach'") >= 4);
        assertEquals(1, count("select count(*) from placement where placed_by = 'demo-data' and status = 'ACTIVE' and at_risk"));
        assertTrue(count("select count(*) from placement where placed_by = 'demo-data' and last_outcome = 'CONCERN'") >= 1);
        // lastOutcome and atRisk follow the latest DONE call, as when a jobcoach logs them
        assertEquals(0, count("""
                select count(*) from placement p where p.placed_by = 'demo-data'
                and p.last_outcome is distinct from (select f.outcome from follow_up_call f
                    where f.placement_id = p.id and f.status = 'DONE' order by f.logged_at desc limit 1)"""));
        // a chain of NOT_REACHED attempts whose next attempt waits
        assertEquals(1, count("""
                select count(*) from follow_up_call f join follow_up_call prev on prev.id = f.retry_of
                join placement p on p.id = f.placement_id
                where p.placed_by = 'demo-data' and f.attempt = 3 and f.status = 'PLANNED' and prev.status = 'NOT_REACHED'"""));
        // calls are logged on their due dates, never in the future, and only ACTIVE placements have calls to make
        assertEquals(0, count("""
                select count(*) from follow_up_call f join placement p on p.id = f.placement_id
                where p.placed_by = 'demo-data' and (f.logged_at > now() or (f.status = 'PLANNED' and p.status <> 'ACTIVE'))"""));
        // the vacancies were not filled: the open demo vacancies are still there for the suggestions
        assertTrue(QuarkusTransaction.requiringNew().call(() -> vacancies.count("createdBy = ?1 and status = ?2",
                "demo-data", VacancyStatus.OPEN)) >= 8);

        // "Vandaag" of the demo jobcoach, through the API: overdue (or today's) planned calls
        List<String> due = as(TestTokens.jobcoach("jobcoach")).queryParam("assignee", "me").queryParam("status", "PLANNED")
                .queryParam("dueTo", today.toString()).queryParam("size", 100).get("/api/follow-up-calls")
                .then().statusCode(200).extract().path("items.id");
        assertTrue(due.size() >= 2, "calls due today or overdue for the demo jobcoach: " + due.size());
        as(TestTokens.jobcoach("jobcoach")).queryParam("jobcoach", "me").get("/api/placements").then().statusCode(200)
                .body("items[0].atRisk", org.hamcrest.Matchers.equalTo(true));
    }

    private long count(String sql, Object... dates) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (dates.length == 2) {
                query.setParameter("from", dates[0]).setParameter("to", dates[1]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
