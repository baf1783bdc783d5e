package nl.werkhub.demo;

import static nl.werkhub.candidate.CandidateStatus.PAUSED;
import static nl.werkhub.candidate.Gender.FEMALE;
import static nl.werkhub.candidate.Gender.MALE;
import static nl.werkhub.candidate.TargetGroup.BANENAFSPRAAK;
import static nl.werkhub.candidate.TargetGroup.BBL;
import static nl.werkhub.candidate.TargetGroup.PRAKTIJKROUTE;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.werkhub.aftercare.ArrangementInput;
import nl.werkhub.aftercare.ArrangementKind;
import nl.werkhub.aftercare.CallOutcome;
import nl.werkhub.aftercare.CallStatus;
import nl.werkhub.aftercare.ContactWith;
import nl.werkhub.aftercare.DutchCalendar;
import nl.werkhub.aftercare.FollowUpCall;
import nl.werkhub.aftercare.FollowUpKind;
import nl.werkhub.aftercare.JobcoachDirectory;
import nl.werkhub.aftercare.Placement;
import nl.werkhub.aftercare.PlacementContract;
import nl.werkhub.aftercare.PlacementEndReason;
import nl.werkhub.aftercare.PlacementEndRequest;
import nl.werkhub.aftercare.PlacementService;
import nl.werkhub.aftercare.PlacementStatus;
import nl.werkhub.aftercare.PlacementVisibility;
import nl.werkhub.aftercare.WhenDirectoryAnswers;
import nl.werkhub.candidate.BulkIntakeItem;
import nl.werkhub.candidate.BulkIntakeResult;
import nl.werkhub.candidate.Candidate;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.candidate.CandidateIntakeService;
import nl.werkhub.candidate.IntakeOutcome;
import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.web.ETags;
import nl.werkhub.demo.DemoDataSeeder.DemoCandidate;
import nl.werkhub.matching.MatchCreateRequest;
import nl.werkhub.matching.MatchResponse;
import nl.werkhub.matching.MatchService;
import nl.werkhub.matching.MatchStatus;
import nl.werkhub.matching.MatchTransitionRequest;
import nl.werkhub.vacancy.Vacancy;
import nl.werkhub.vacancy.VacancyRepository;
import nl.werkhub.vacancy.VacancyStatus;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Demo placements (part of {@link DemoDataSeeder}): ten people placed on the open demo vacancies over
 * the last nine months, through the match pipeline and {@link PlacementService}, so contracts and call
 * schedules are real. Calls that lie in the past are then logged straight on the entities, on their due
 * dates, as a jobcoach would have: mostly GOOD, one placement AT_RISK, one CONCERN, one chain of
 * NOT_REACHED attempts, and two placements of the demo jobcoach ({@code jobcoach}) with a call left
 * open, so that "Vandaag" has overdue work. One placement completed, one ended early. The placement's
 * {@code lastOutcome}/{@code atRisk} follow the follow-up call rule: the latest DONE call's outcome.
 */
@ApplicationScoped
public class DemoPlacements {

    private static final Logger LOG = Logger.getLogger(DemoPlacements.class);

    static final String DEMO_JOBCOACH = "jobcoach";
    static final String OTHER_JOBCOACH = "jet.jobcoach";

    @Inject
    EntityManager em;

    @Inject
    CandidateIntakeService intake;

    @Inject
    VacancyRepository vacancies;

    @Inject
    MatchService matches;

    @Inject
    PlacementService placements;

    @Inject
    JobcoachDirectory directory;

    @Inject
    Clock clock;

    /** What happens to a placement's past calls. */
    enum Story {
        /** every past call DONE, with the outcomes given (GOOD for the rest) */
        WORKED,
        /** as WORKED, then COMPLETED on its end date */
        COMPLETED,
        /** as WORKED up to the end date, then ENDED_EARLY */
        ENDED_EARLY,
        /** FIRST_WEEK not reached twice; the third attempt is still PLANNED */
        NOT_REACHED_CHAIN,
        /** as WORKED, but the latest call due before today is still PLANNED (overdue) */
        LATEST_LEFT_OPEN
    }

    record DemoPlacement(DemoCandidate person, String vacancyTitle, int startInDays, Integer months, int hours,
            String jobcoach, List<ArrangementInput> arrangements, List<CallOutcome> outcomes, Story story,
            Integer endedAfterDays) {
    }

    /** Seeds unless Keycloak never answers (make run starts Keycloak alongside). */
    void seedWhenTheDirectoryAnswers() {
        WhenDirectoryAnswers.run("Demo placements", LOG, this::seedIfEmpty);
    }

    /** Seeds the demo placements when there are none yet and the demo vacancies exist; true when it seeded. */
    boolean seedIfEmpty() {
        long existing = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from placement").getSingleResult()).longValue());
        long demoVacancies = QuarkusTransaction.requiringNew().call(() -> vacancies.count("createdBy", "demo-data"));
        if (existing > 0 || demoVacancies == 0) {
            LOG.infof("Demo placements skipped: %d placements, %d demo vacancies", existing, demoVacancies);
            return false;
        }
        if (directory.find(DEMO_JOBCOACH).isEmpty()) {
            LOG.warnf("Demo placements skipped: the directory has no jobcoach '%s'", DEMO_JOBCOACH);
            return false;
        }
        return seed() > 0;
    }

    /** Publishes the placed people (municipal intake, idempotent) and places each; returns how many were placed. */
    int seed() {
        LocalDate today = PlacementService.today(clock);
        List<DemoPlacement> plan = plan(today);
        Map<String, UUID> people = publish(plan);
        int placed = 0;
        for (DemoPlacement demo : plan) {
            UUID candidate = people.get(demo.person().clientNumber());
            Vacancy vacancy = QuarkusTransaction.requiringNew().call(() -> vacancies
                    .find("createdBy = ?1 and title = ?2", "demo-data", demo.vacancyTitle()).firstResult());
            if (candidate == null || vacancy == null || vacancy.status != VacancyStatus.OPEN) {
                LOG.warnf("Demo placement on '%s' skipped: no open demo vacancy or no profile", demo.vacancyTitle());
                continue;
            }
            UUID placementId;
            try {
                placementId = QuarkusTransaction.requiringNew().call(() -> place(vacancy.id, candidate, demo, today));
            } catch (RuntimeException e) {
                // e.g. someone filled the vacancy meanwhile (make run is already usable): skip this one
                LOG.warnf("Demo placement on '%s' skipped: %s", demo.vacancyTitle(), e.getMessage());
                continue;
            }
            work(placementId, demo, today);
            end(placementId, demo, today);
            placed++;
        }
        backdate();
        LOG.infof("Demo data created: %d placements", placed);
        return placed;
    }

    private Map<String, UUID> publish(List<DemoPlacement> plan) {
        Map<String, List<BulkIntakeItem>> byMunicipality = new LinkedHashMap<>();
        for (DemoPlacement p : plan) {
            byMunicipality.computeIfAbsent(p.person().municipality(), m -> new ArrayList<>())
                    .add(new BulkIntakeItem(p.person().clientNumber(), p.person().profile()));
        }
        Map<String, UUID> ids = new HashMap<>();
        for (Map.Entry<String, List<BulkIntakeItem>> entry : byMunicipality.entrySet()) {
            for (BulkIntakeResult result : intake.bulk(entry.getKey(), entry.getValue(), DemoDataSeeder.DEMO_INTAKE,
                    DemoDataSeeder.ROUTE, Locale.ENGLISH, null).results()) {
                if (result.outcome() == IntakeOutcome.INVALID) {
                    LOG.warnf("Demo candidate %s not created: %s %s", result.clientNumber(), result.problem().detail(),
                            result.problem().violations());
                } else {
                    ids.put(result.clientNumber(), result.candidateId());
                }
            }
        }
        return ids;
    }

    /**
     * Through the pipeline, as a consultant would: SUGGESTED, PROPOSED, INTRODUCED, PLACED with the
     * contract, in one transaction (the caller's). The person was published PAUSED and becomes ACTIVE
     * only inside it, so nobody ever sees them as a suggestion: under make run the app is in use (and
     * the browser tests pick suggestions) while this runs.
     */
    private UUID place(UUID vacancyId, UUID candidateId, DemoPlacement demo, LocalDate today) {
        Actor actor = DemoDataSeeder.DEMO;
        Candidate person = em.find(Candidate.class, candidateId);
        person.status = CandidateStatus.ACTIVE;
        person.markUpdated(actor, clock.instant());
        em.flush();
        MatchService.Viewer consultant = new MatchService.Viewer(actor.subject(), actor.username(), true, false, false, null);
        MatchResponse match = matches.create(new MatchCreateRequest(vacancyId, candidateId, null), actor);
        for (MatchStatus step : List.of(MatchStatus.PROPOSED, MatchStatus.INTRODUCED)) {
            match = matches.transition(match.id(), ETags.of(match.version()),
                    new MatchTransitionRequest(step, null, null, null), consultant, actor);
        }
        LocalDate start = today.plusDays(demo.startInDays());
        PlacementContract contract = new PlacementContract(start,
                demo.months() == null ? null : start.plusMonths(demo.months()), demo.hours(), demo.jobcoach(),
                demo.arrangements());
        match = matches.transition(match.id(), ETags.of(match.version()),
                new MatchTransitionRequest(MatchStatus.PLACED, "Contract getekend.", null, contract), consultant, actor);
        return match.placementId();
    }

    /** The calls that lie in the past, logged on their due dates as the story says. */
    private void work(UUID placementId, DemoPlacement demo, LocalDate today) {
        QuarkusTransaction.requiringNew().run(() -> {
            Placement placement = em.find(Placement.class, placementId);
            LocalDate until = demo.endedAfterDays() != null ? placement.startDate.plusDays(demo.endedAfterDays())
                    : demo.story() == Story.COMPLETED ? placement.endDate : today.minusDays(1);
            List<FollowUpCall> past = em.createQuery(
                    "from FollowUpCall where placementId = :p and status = :planned and dueDate <= :until order by dueDate",
                    FollowUpCall.class).setParameter("p", placementId).setParameter("planned", CallStatus.PLANNED)
                    .setParameter("until", until).getResultList();
            if (demo.story() == Story.LATEST_LEFT_OPEN && !past.isEmpty()) {
                past = past.subList(0, past.size() - 1);
            }
            int done = 0;
            CallOutcome last = null;
            for (FollowUpCall call : past) {
                if (demo.story() == Story.NOT_REACHED_CHAIN && call.kind == FollowUpKind.FIRST_WEEK) {
                    notReachedTwice(call, today);
                    continue;
                }
                CallOutcome outcome = done < demo.outcomes().size() ? demo.outcomes().get(done) : CallOutcome.GOOD;
                logDone(call, outcome);
                done++;
                last = outcome;
            }
            if (last != null) {
                placement.lastOutcome = last;
                placement.atRisk = last == CallOutcome.AT_RISK;
                placement.markUpdated(DemoDataSeeder.DEMO, clock.instant());
            }
        });
    }

    private void logDone(FollowUpCall call, CallOutcome outcome) {
        call.status = CallStatus.DONE;
        call.outcome = outcome;
        call.contactWith = switch (outcome) {
            case GOOD -> call.kind == FollowUpKind.FIRST_MONTH ? ContactWith.BOTH
                    : call.kind == FollowUpKind.BEFORE_CONTRACT_END ? ContactWith.EMPLOYER : ContactWith.CANDIDATE;
            case CONCERN, AT_RISK -> ContactWith.BOTH;
        };
        call.notes = switch (outcome) {
            case GOOD -> NOTES_GOOD.getOrDefault(call.kind, "Gaat goed; werkgever en werknemer zijn tevreden.");
            case CONCERN -> "Moeite met de vroege diensten: twee keer te laat begonnen. Werkgever wil het nog een kans geven.";
            case AT_RISK -> "Werkgever twijfelt aan verlenging na een conflict met de leidinggevende; werknemer overweegt te stoppen.";
        };
        call.agreedActions = switch (outcome) {
            case GOOD -> null;
            case CONCERN -> "Reisplanning en wekker doorgenomen; over twee weken opnieuw bellen.";
            case AT_RISK -> "Driegesprek met werkgever plannen; consultant is ingelicht.";
        };
        logged(call);
    }

    private static final Map<FollowUpKind, String> NOTES_GOOD = Map.of(
            FollowUpKind.FIRST_DAY, "Eerste dag goed verlopen; hartelijk ontvangen door het team.",
            FollowUpKind.FIRST_WEEK, "Eerste week goed; de werktijden en de reis gaan prima.",
            FollowUpKind.FIRST_MONTH, "Werkgever tevreden over inzet en op tijd komen; werknemer heeft het naar de zin.",
            FollowUpKind.BEFORE_CONTRACT_END, "Werkgever wil het contract verlengen.");

    /** Not reached on the due day nor on the next working day; the third attempt waits. */
    private void notReachedTwice(FollowUpCall first, LocalDate today) {
        FollowUpCall call = first;
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (attempt > 1) {
                FollowUpCall retry = new FollowUpCall();
                retry.placementId = call.placementId;
                retry.kind = call.kind;
                retry.attempt = (short) attempt;
                retry.retryOf = call.id;
                retry.dueDate = DutchCalendar.nextWorkingDayAfter(call.dueDate);
                retry.assignee = call.assignee;
                retry.status = CallStatus.PLANNED;
                retry.markCreated(DemoDataSeeder.DEMO, at(call.dueDate));
                em.persist(retry);
                call = retry;
            }
            if (attempt == 3 || !call.dueDate.isBefore(today)) {
                return;
            }
            call.status = CallStatus.NOT_REACHED;
            logged(call);
        }
    }

    private void logged(FollowUpCall call) {
        Instant at = at(call.dueDate);
        call.loggedAt = at;
        call.loggedBy = call.assignee;
        call.loggedByName = call.assignee;
        call.markUpdated(new Actor(call.assignee, call.assignee), at);
    }

    private void end(UUID placementId, DemoPlacement demo, LocalDate today) {
        PlacementVisibility.Viewer consultant = new PlacementVisibility.Viewer(DemoDataSeeder.DEMO.subject(),
                DemoDataSeeder.DEMO.username(), true, false, false, null);
        if (demo.story() == Story.COMPLETED) {
            Placement placement = QuarkusTransaction.requiringNew().call(() -> em.find(Placement.class, placementId));
            placements.end(placementId, null, new PlacementEndRequest(PlacementStatus.COMPLETED, placement.endDate, null,
                    "Contract uitgediend; werkgever biedt een vast contract aan."), consultant, DemoDataSeeder.DEMO);
        } else if (demo.story() == Story.ENDED_EARLY) {
            LocalDate endedOn = today.plusDays(demo.startInDays() + demo.endedAfterDays());
            placements.end(placementId, null, new PlacementEndRequest(PlacementStatus.ENDED_EARLY, endedOn,
                    PlacementEndReason.EMPLOYEE_RESIGNED, "Heeft zelf opgezegd: het werk paste niet bij de zorg voor de kinderen."),
                    consultant, DemoDataSeeder.DEMO);
        }
    }

    /**
     * The placements were made just now, but they started months ago; a placement "created" a week before
     * its start, its calls with it, and each vacancy opened three weeks before its first placement make
     * the dashboard (months, days to placement) look like the programme it shows.
     */
    private void backdate() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    update placement
                    set created_at = least(created_at, ((start_date - 7) + time '09:00') at time zone 'Europe/Amsterdam')
                    where placed_by = 'demo-data'""").executeUpdate();
            em.createNativeQuery("""
                    update follow_up_call f set created_at = p.created_at
                    from placement p where p.id = f.placement_id and p.placed_by = 'demo-data' and f.attempt = 1""")
                    .executeUpdate();
            em.createNativeQuery("""
                    update vacancy v set opened_at = least(v.opened_at,
                           (select min(p.created_at) from placement p where p.vacancy_id = v.id) - interval '21 days')
                    where v.created_by = 'demo-data' and exists (select 1 from placement p where p.vacancy_id = v.id)""")
                    .executeUpdate();
        });
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(PlacementService.ZONE).toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    // ---- the data -----------------------------------------------------------------------------

    private static List<ArrangementInput> standard(ArrangementInput... more) {
        List<ArrangementInput> list = new ArrayList<>();
        list.add(new ArrangementInput(ArrangementKind.JOBCOACH, null, null));
        list.add(new ArrangementInput(ArrangementKind.OV_TOPUP, null, null));
        list.addAll(List.of(more));
        return list;
    }

    private static final CallOutcome GOOD = CallOutcome.GOOD;

    /** Who is placed where and what happened since; start dates relative to {@code today}. */
    static List<DemoPlacement> plan(LocalDate today) {
        return List.of(
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100611", "Kevin Brouwer", MALE, "1992-03-14", "3083 BK",
                        List.of(PRAKTIJKROUTE), "orderpicken 4, magazijnwerk 4, fysiek-belastbaar 4, punctueel 4, nederlands 5",
                        List.of(Sector.LOGISTICS), "Orderpicker", 32, 40, -300, 15, LanguageLevel.C1, true, PAUSED, null,
                        "Orders verzamelen en de vrachtwagen laden.", "Na een lange tijd thuis wil ik weer een vast ritme."),
                        "Orderpicker (dagdienst)", -270, 6, 36, DEMO_JOBCOACH, standard(), List.of(), Story.COMPLETED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100628", "Naima Bouzid", FEMALE, "1983-07-22", "3026 CK",
                        List.of(PRAKTIJKROUTE), "schoonmaken 4, betrouwbaar 5, zelfstandig 3, arabisch 5, nederlands 3",
                        List.of(Sector.CLEANING), "Schoonmaker", 16, 24, -270, 10, LanguageLevel.A2, true, PAUSED, null,
                        "Schoonmaken in kantoren, 's avonds als de kinderen thuis zijn.", "Ik wil mijn eigen geld verdienen."),
                        "Schoonmaker kantoren (avond)", -240, null, 18, OTHER_JOBCOACH, standard(), List.of(), Story.WORKED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "capelle", "CAP-200174", "Rik van Leeuwen", MALE, "1990-10-02", "2903 AB",
                        List.of(BANENAFSPRAAK), "metaalproducten-assembleren 3, veilig-werken 3, plaatwerken 2, vca-basis 3, nederlands 5",
                        List.of(Sector.MANUFACTURING), "Productiemedewerker", 36, 40, -230, 25, LanguageLevel.C1, true, PAUSED, null,
                        "Met mijn handen werken aan machines.", "Ik wil laten zien dat ik een volle week kan werken."),
                        "Productiemedewerker metaal", -200, 12, 38, DEMO_JOBCOACH,
                        standard(new ArrangementInput(ArrangementKind.WORKPLACE_ADAPTATION, null, "Geluiddempende oorkappen en een vaste werkplek")),
                        List.of(GOOD, GOOD, CallOutcome.AT_RISK), Story.WORKED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100645", "Dewi Soeparman", FEMALE, "1998-01-19", "3081 EE",
                        List.of(PRAKTIJKROUTE), "orderpicken 3, fysiek-belastbaar 3, klantgericht 3, nederlands 5",
                        List.of(Sector.LOGISTICS), "Orderpicker", 32, 36, -180, 15, LanguageLevel.C1, true, PAUSED, null,
                        "Een baan dicht bij huis met vaste tijden.", "Ik zoek werk dat ik kan combineren met mijn gezin."),
                        "Orderpicker (dagdienst)", -150, 6, 32, OTHER_JOBCOACH, standard(),
                        List.of(GOOD, CallOutcome.CONCERN, CallOutcome.CONCERN), Story.ENDED_EARLY, 40),
                new DemoPlacement(DemoDataSeeder.c(today, "nissewaard", "NSW-300257", "Sandra Verschoor", FEMALE, "1974-05-30", "3202 LM",
                        List.of(PRAKTIJKROUTE), "schoonmaken 3, huishoudelijke-hulp 4, betrouwbaar 5, nederlands 5",
                        List.of(Sector.CLEANING), "Schoonmaker", 12, 20, -120, 20, LanguageLevel.C2, true, PAUSED, null,
                        "Schoonmaken en opruimen; ik zie wat er moet gebeuren.", "Na mijn scheiding wil ik weer aan het werk."),
                        "Schoonmaker kantoren (avond)", -90, null, 16, DEMO_JOBCOACH, standard(),
                        List.of(GOOD, GOOD, CallOutcome.CONCERN), Story.WORKED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100662", "Lucas Hoekstra", MALE, "2001-12-05", "3034 KA",
                        List.of(BBL), "bakken 3, hygienisch-werken 4, voedselproductie 3, punctueel 4, nederlands 5",
                        List.of(Sector.RETAIL), "Medewerker bakkerij", 24, 32, -60, 10, LanguageLevel.C1, true, PAUSED, null,
                        "Brood en gebak maken, vroeg beginnen.", "Ik wil bakker worden en mijn diploma halen in de praktijk."),
                        "Medewerker bakkerij (ochtendploeg)", -45, 6, 28, OTHER_JOBCOACH, standard(), List.of(), Story.WORKED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "capelle", "CAP-200189", "Arjen Mulder", MALE, "1995-08-17", "2905 CD",
                        List.of(BBL), "installatietechniek 2, vca-basis 2, leergierig 4, rijbewijs-b 4, nederlands 5",
                        List.of(Sector.ENGINEERING), "Monteur", 36, 40, -40, 30, LanguageLevel.C1, true, PAUSED, null,
                        "Techniek, installaties en bij klanten thuis werken.", "Ik wil monteur worden via een leerwerkplek."),
                        "Monteur cv en sanitair (leerwerkplek)", -20, 12, 38, DEMO_JOBCOACH,
                        standard(new ArrangementInput(ArrangementKind.TRAINING, null, "VCA-basis bij een erkend opleidingsinstituut")),
                        List.of(), Story.NOT_REACHED_CHAIN, null),
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100679", "Ahmet Çelik", MALE, "1986-04-09", "3074 BN",
                        List.of(PRAKTIJKROUTE), "metaalproducten-assembleren 2, lassen 2, veilig-werken 3, turks 5, nederlands 3",
                        List.of(Sector.MANUFACTURING), "Productiemedewerker", 38, 40, -20, 25, LanguageLevel.A2, true, PAUSED, null,
                        "Lassen en metaal bewerken.", "In Turkije was ik lasser; hier wil ik het vak weer oppakken."),
                        "Productiemedewerker metaal", -9, 6, 40, DEMO_JOBCOACH, standard(), List.of(), Story.LATEST_LEFT_OPEN, null),
                new DemoPlacement(DemoDataSeeder.c(today, "nissewaard", "NSW-300263", "Melissa de Graaf", FEMALE, "2000-09-28", "3204 CC",
                        List.of(PRAKTIJKROUTE), "schoonmaken 3, flexibel 4, punctueel 3, nederlands 5",
                        List.of(Sector.CLEANING), "Schoonmaker", 12, 20, -14, 20, LanguageLevel.C1, true, PAUSED, null,
                        "Schoonmaken in de avond, naast mijn opleiding.", "Ik wil werkervaring opdoen en mijn eigen geld verdienen."),
                        "Schoonmaker kantoren (avond)", -3, 6, 15, OTHER_JOBCOACH, standard(), List.of(), Story.WORKED, null),
                new DemoPlacement(DemoDataSeeder.c(today, "rotterdam", "RTD-100686", "Stefan Dekker", MALE, "1993-02-11", "3085 RT",
                        List.of(PRAKTIJKROUTE), "orderpicken 3, heftruckcertificaat 2, fysiek-belastbaar 4, nederlands 5",
                        List.of(Sector.LOGISTICS), "Orderpicker", 40, 40, -10, 15, LanguageLevel.C1, true, PAUSED, null,
                        "Werken in een groot magazijn met een vast team.", "Ik wil een vaste baan en mijn heftruckcertificaat halen."),
                        "Orderpicker (dagdienst)", 1, null, 40, DEMO_JOBCOACH,
                        standard(new ArrangementInput(ArrangementKind.TRAINING, null, "Heftruckcertificaat (twee dagen, via de werkgever)")),
                        List.of(), Story.WORKED, null));
    }
}
