package nl.werkhub.demo;

import static nl.werkhub.candidate.CandidateStatus.ACTIVE;
import static nl.werkhub.candidate.CandidateStatus.PAUSED;
import static nl.werkhub.candidate.Gender.FEMALE;
import static nl.werkhub.candidate.Gender.MALE;
import static nl.werkhub.candidate.TargetGroup.BANENAFSPRAAK;
import static nl.werkhub.candidate.TargetGroup.BBL;
import static nl.werkhub.candidate.TargetGroup.ONDERNEMER;
import static nl.werkhub.candidate.TargetGroup.PRAKTIJKROUTE;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.werkhub.audit.AuditActor;
import nl.werkhub.candidate.BulkIntakeItem;
import nl.werkhub.candidate.BulkIntakeResponse;
import nl.werkhub.candidate.BulkIntakeResult;
import nl.werkhub.candidate.CandidateIntakeService;
import nl.werkhub.candidate.CandidateProfileRequest;
import nl.werkhub.candidate.CandidateRepository;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.candidate.CandidateTalentInput;
import nl.werkhub.candidate.Gender;
import nl.werkhub.candidate.IntakeOutcome;
import nl.werkhub.candidate.TargetGroup;
import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.employer.EmployerRequest;
import nl.werkhub.employer.EmployerResponse;
import nl.werkhub.employer.EmployerService;
import nl.werkhub.employer.SizeClass;
import nl.werkhub.loaddata.GeneratedDemoData;
import nl.werkhub.vacancy.ContractType;
import nl.werkhub.vacancy.TalentRequirement;
import nl.werkhub.vacancy.VacancyRequest;
import nl.werkhub.vacancy.VacancyResponse;
import nl.werkhub.vacancy.VacancyService;
import nl.werkhub.vacancy.VacancyStatus;
import nl.werkhub.vacancy.VacancyStatusChange;
import nl.werkhub.vacancy.VacancyTalentInput;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty database with realistic Rotterdam-region employers, vacancies and talent profiles
 * for demos ({@code werkhub.demo-data.enabled}, on in dev). Employers (with their vacancies) and
 * candidates are each seeded when their own table is empty, so a dev database made before the
 * candidates existed gets them too. Goes through the services (candidates through the municipal
 * bulk intake), so the data passes the same validation as API input; the audit columns say
 * {@code demo-data}.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    static final Actor DEMO = Actor.system("demo-data");
    static final AuditActor DEMO_INTAKE = AuditActor.system("demo-data");
    static final String ROUTE = "STARTUP demo-data";

    @ConfigProperty(name = "werkhub.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EmployerRepository employerRepository;

    @Inject
    EmployerService employers;

    @Inject
    VacancyService vacancies;

    @Inject
    CandidateRepository candidateRepository;

    @Inject
    CandidateIntakeService intake;

    @Inject
    Clock clock;

    @Inject
    DemoPlacements demoPlacements;

    @Inject
    GeneratedDemoData generatedDemoData;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        seedEmployersIfEmpty();
        seedCandidatesIfEmpty();
        // placing names a jobcoach, which the directory checks with Keycloak; under make run Keycloak
        // starts beside the backend and may not answer yet, so this waits for it off the startup thread
        Thread placements = new Thread(() -> {
            demoPlacements.seedWhenTheDirectoryAnswers();
            generatedDemoData.loadIfWanted();
        }, "demo-placements");
        placements.setDaemon(true);
        placements.start();
    }

    void seedEmployersIfEmpty() {
        long existing = QuarkusTransaction.requiringNew().call(() -> employerRepository.count());
        if (existing > 0) {
            LOG.infof("Demo data skipped: %d employers already exist", existing);
            return;
        }
        try {
            seed();
        } catch (ConflictException e) {
            // another replica seeded at the same moment (duplicate KvK): its data is as good as ours
            LOG.infof("Demo data not (fully) created: %s", e.getMessage());
        }
    }

    void seed() {
        Map<String, UUID> ids = new HashMap<>();
        for (EmployerRequest request : employerRequests()) {
            EmployerResponse created = employers.create(request, DEMO);
            ids.put(request.kvkNumber(), created.id());
        }
        int count = 0;
        for (DemoVacancy demo : vacancyRequests(ids)) {
            VacancyResponse created = vacancies.create(demo.request(), DEMO);
            for (VacancyStatus step : demo.path()) {
                vacancies.changeStatus(created.id(), null, new VacancyStatusChange(step), DEMO);
            }
            count++;
        }
        // one employer that stopped working with the association
        employers.archive(ids.get("27365198"), null, DEMO);
        LOG.infof("Demo data created: %d employers, %d vacancies", ids.size(), count);
    }

    /** Seeds the talent profiles unless there is any candidate already; true when it seeded. */
    boolean seedCandidatesIfEmpty() {
        long existing = QuarkusTransaction.requiringNew().call(() -> candidateRepository.count());
        if (existing > 0) {
            LOG.infof("Demo candidates skipped: %d candidates already exist", existing);
            return false;
        }
        seedCandidates();
        return true;
    }

    /**
     * Publishes the demo profiles through the municipal bulk intake, one request per municipality.
     * Idempotent like the intake itself: a profile already stored is UNCHANGED. Returns how many
     * profiles were created.
     */
    int seedCandidates() {
        Map<String, List<BulkIntakeItem>> byMunicipality = new LinkedHashMap<>();
        for (DemoCandidate c : candidates(LocalDate.now(clock))) {
            byMunicipality.computeIfAbsent(c.municipality(), m -> new ArrayList<>())
                    .add(new BulkIntakeItem(c.clientNumber(), c.profile()));
        }
        int created = 0;
        for (Map.Entry<String, List<BulkIntakeItem>> entry : byMunicipality.entrySet()) {
            BulkIntakeResponse response = intake.bulk(entry.getKey(), entry.getValue(), DEMO_INTAKE, ROUTE,
                    Locale.ENGLISH, null);
            created += response.created();
            for (BulkIntakeResult result : response.results()) {
                if (result.outcome() == IntakeOutcome.INVALID) {
                    LOG.warnf("Demo candidate %s of %s not created: %s %s", result.clientNumber(), entry.getKey(),
                            result.problem().detail(), result.problem().violations());
                }
            }
        }
        LOG.infof("Demo data created: %d candidates", created);
        return created;
    }

    record DemoVacancy(VacancyRequest request, List<VacancyStatus> path) {
    }

    static List<EmployerRequest> employerRequests() {
        return List.of(
                new EmployerRequest("Bakkerij De Korenschoof", "24312876", Sector.RETAIL, SizeClass.SMALL,
                        "Marieke de Vries", "010-4125566", "werk@korenschoof.nl", "3034 ab", "rotterdam"),
                new EmployerRequest("Installatiebedrijf Van Dijk & Zn.", "24187345", Sector.ENGINEERING, SizeClass.SMALL,
                        "Peter van Dijk", "010-4508123", "p.vandijk@vandijkinstallatie.nl", "2901AC", "capelle"),
                new EmployerRequest("Schoonmaakbedrijf Maasglans", "63458912", Sector.CLEANING, SizeClass.MEDIUM,
                        "Fatima El Amrani", "06 41234567", "personeel@maasglans.nl", "3114 CB", "schiedam"),
                new EmployerRequest("Hoveniersbedrijf Groen aan de Maas", "27365198", Sector.GREEN_SPACES, SizeClass.MICRO,
                        "Kees Boogaard", "0181-612345", null, "3201 GA", "nissewaard"),
                new EmployerRequest("Transportbedrijf Waalhaven Logistiek", "24471230", Sector.LOGISTICS, SizeClass.MEDIUM,
                        "Sandra Kok", "+31 10 2945500", "hr@waalhavenlogistiek.nl", "3089 JH", "rotterdam"),
                new EmployerRequest("Lunchroom 't Hoekje", "71234509", Sector.HOSPITALITY, SizeClass.MICRO,
                        "Yusuf Demir", "06-28765432", "info@lunchroomhoekje.nl", "3131 BE", "vlaardingen"),
                new EmployerRequest("Zorgboerderij De Buitenplaats", "50123478", Sector.HEALTHCARE, SizeClass.SMALL,
                        "Anouk Verbeek", "0180-553210", "info@debuitenplaats.nl", "2991 LK", "barendrecht"),
                new EmployerRequest("Metaalbewerking Rijnmond", "24398761", Sector.MANUFACTURING, SizeClass.SMALL,
                        "Henk Mulder", "010-4361290", "werken@metaalrijnmond.nl", "3144 NE", "maassluis"));
    }

    static List<DemoVacancy> vacancyRequests(Map<String, UUID> ids) {
        LocalDate base = LocalDate.of(2026, 3, 2);
        return List.of(
                v(ids.get("24312876"), "Medewerker bakkerij (ochtendploeg)",
                        "Je helpt vanaf 05:00 uur bij het deeg maken, afbakken en vullen van de winkel. Geen ervaring nodig: een vaste collega leert je het vak.",
                        Sector.RETAIL, "3034 AB", 51.9350, 4.4870, 24, 32, ContractType.TEMPORARY, base, 2, LanguageLevel.A2, false,
                        List.of(must("hygienisch-werken", 2), must("punctueel", 3), nice("bakken"), nice("voedselproductie"), nice("banketbakken"), nice("inpakken")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24312876"), "Verkoopmedewerker winkel",
                        "Klanten helpen aan de toonbank, kassa en bestellingen aannemen. Zaterdag werken hoort erbij.",
                        Sector.RETAIL, "3034 AB", null, null, 16, 24, ContractType.TEMPORARY, base.plusWeeks(2), 1, LanguageLevel.B1, false,
                        List.of(must("kassawerk", 2), nice("verkoop"), nice("klantgericht"), nice("winkelmedewerker")),
                        List.of()),
                v(ids.get("24312876"), "Leerling banketbakker (BBL)",
                        "Vier dagen werken in onze bakkerij en een dag naar school. Je haalt je diploma terwijl je verdient.",
                        Sector.RETAIL, "3034 AB", null, null, 32, 38, ContractType.BBL, LocalDate.of(2026, 8, 31), 1, LanguageLevel.A2, false,
                        List.of(must("banketbakken", 1), nice("bakken"), nice("hygienisch-werken"), nice("leergierig")),
                        List.of(VacancyStatus.OPEN, VacancyStatus.FILLED)),
                v(ids.get("24187345"), "Monteur cv en sanitair (leerwerkplek)",
                        "Samen met een ervaren monteur installeer en onderhoud je cv-ketels en badkamers bij klanten in de regio.",
                        Sector.ENGINEERING, "2901 AC", 51.9292, 4.5776, 36, 40, ContractType.BBL, base, 2, LanguageLevel.A2, true,
                        List.of(must("installatietechniek", 1), must("vca-basis", 2), nice("elektrotechniek-installeren"), nice("leergierig"), nice("veilig-werken")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24187345"), "Magazijnmedewerker installatietechniek",
                        "Je ontvangt materiaal, zet bestellingen klaar voor de monteurs en houdt het magazijn op orde.",
                        Sector.ENGINEERING, "2901 AC", null, null, 24, 32, ContractType.TRIAL_PLACEMENT, null, 1, LanguageLevel.A1, false,
                        List.of(must("magazijnwerk", 2), nice("orderpicken"), nice("heftruckcertificaat"), nice("nauwkeurig")),
                        List.of(VacancyStatus.OPEN, VacancyStatus.ON_HOLD)),
                v(ids.get("63458912"), "Schoonmaker kantoren (avond)",
                        "Schoonmaken van kantoorpanden in Schiedam en Rotterdam-West, van 18:00 tot 21:00 uur. Fiets of OV van ons.",
                        Sector.CLEANING, "3114 CB", 51.9167, 4.3988, 12, 20, ContractType.TEMPORARY, base, 5, LanguageLevel.A1, false,
                        List.of(must("schoonmaken", 2), must("betrouwbaar", 3), nice("zelfstandig"), nice("glazenwassen"), nice("huishoudelijke-hulp"), nice("flexibel")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("63458912"), "Voorman schoonmaak",
                        "Je stuurt een ploeg van zes schoonmakers aan, controleert de kwaliteit en springt bij waar nodig.",
                        Sector.CLEANING, "3114 CB", null, null, 32, 38, ContractType.PERMANENT, base.plusMonths(1), 1, LanguageLevel.B1, true,
                        List.of(must("schoonmaken", 4), must("leidinggeven", 2), nice("vca-basis"), nice("communicatief")),
                        List.of(VacancyStatus.OPEN, VacancyStatus.CLOSED)),
                v(ids.get("27365198"), "Hovenier groenonderhoud",
                        "Snoeien, maaien en onderhoud van tuinen en openbaar groen in Nissewaard en Voorne aan Zee.",
                        Sector.GREEN_SPACES, "3201 GA", 51.8450, 4.3280, 32, 40, ContractType.TEMPORARY, null, 1, null, true,
                        List.of(must("groenonderhoud", 2), nice("hovenier"), nice("kettingzaag-ecc"), nice("fysiek-belastbaar")),
                        List.of(VacancyStatus.CLOSED)),
                v(ids.get("24471230"), "Orderpicker (dagdienst)",
                        "Met een scanner en elektrische pompwagen verzamel je orders voor winkels. Training en veiligheidsschoenen krijg je van ons.",
                        Sector.LOGISTICS, "3089 JH", 51.8870, 4.4410, 32, 40, ContractType.TEMPORARY, base, 6, LanguageLevel.A1, false,
                        List.of(must("orderpicken", 2), must("fysiek-belastbaar", 3), nice("magazijnwerk"), nice("heftruckcertificaat"), nice("veilig-werken"), nice("punctueel")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24471230"), "Chauffeur C (leerwerktraject)",
                        "Wij betalen je rijbewijs C en code 95. Daarna rijd je vaste ritten naar winkels in Zuid-Holland.",
                        Sector.LOGISTICS, "3089 JH", null, null, 38, 40, ContractType.BBL, base.plusMonths(2), 2, LanguageLevel.A2, true,
                        List.of(must("rijbewijs-b", 3), nice("rijbewijs-c"), nice("code-95"), nice("pakketbezorging")),
                        List.of()),
                v(ids.get("24471230"), "Heftruckchauffeur",
                        "Laden en lossen van vrachtwagens en het in- en uitslaan van pallets. Heftruckcertificaat halen kan bij ons.",
                        Sector.LOGISTICS, "3089 JH", null, null, 40, 40, ContractType.PERMANENT, null, 1, LanguageLevel.A2, false,
                        List.of(must("fysiek-belastbaar", 3), must("veilig-werken", 2), nice("heftruckcertificaat"), nice("heftruck-rijden"), nice("magazijnwerk"), nice("havenwerk")),
                        List.of(VacancyStatus.OPEN, VacancyStatus.ON_HOLD, VacancyStatus.OPEN)),
                v(ids.get("71234509"), "Medewerker keuken en bediening",
                        "Broodjes en soep maken, afwassen en gasten bedienen in onze lunchroom aan de Hoogstraat.",
                        Sector.HOSPITALITY, "3131 BE", 51.9040, 4.3420, 16, 28, ContractType.TRIAL_PLACEMENT, base, 1, LanguageLevel.A2, false,
                        List.of(must("keukenhulp", 2), must("gastvrij", 2), nice("koken"), nice("bediening"), nice("haccp"), nice("barwerk")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("50123478"), "Begeleider dagbesteding (assistent)",
                        "Je helpt deelnemers bij dieren verzorgen, moestuin en kookactiviteiten op de boerderij.",
                        Sector.HEALTHCARE, "2991 LK", 51.8560, 4.5350, 20, 28, ContractType.TEMPORARY, base.plusWeeks(3), 1, LanguageLevel.B1, false,
                        List.of(must("empathisch", 3), nice("helpende-zorg"), nice("zorg-adl-ondersteuning"), nice("ehbo"), nice("koken")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24398761"), "Productiemedewerker metaal",
                        "Bedienen van zaag- en buigmachines en afwerken van stalen onderdelen. Je werkt in dagdienst.",
                        Sector.MANUFACTURING, "3144 NE", 51.9230, 4.2600, 36, 40, ContractType.TEMPORARY, base, 3, LanguageLevel.A1, false,
                        List.of(must("metaalproducten-assembleren", 2), must("veilig-werken", 2), nice("plaatwerken"), nice("lassen"), nice("vca-basis")),
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24398761"), "Leerling lasser (BBL)",
                        "Je leert MIG/MAG-lassen in onze werkplaats en gaat een dag per week naar het Albeda.",
                        Sector.MANUFACTURING, "3144 NE", null, null, 32, 40, ContractType.BBL, LocalDate.of(2026, 8, 31), 2, LanguageLevel.A2, false,
                        List.of(must("lassen", 1), nice("lascertificaat"), nice("plaatwerken"), nice("leergierig")),
                        List.of()));
    }

    private static DemoVacancy v(UUID employerId, String title, String description, Sector sector, String postcode,
            Double lat, Double lon, int min, int max, ContractType contract, LocalDate start, int positions,
            LanguageLevel dutch, boolean licence, List<VacancyTalentInput> talents, List<VacancyStatus> path) {
        return new DemoVacancy(new VacancyRequest(employerId, title, description, sector, postcode, lat, lon, min, max,
                contract, start, positions, dutch, licence, talents), path);
    }

    private static VacancyTalentInput must(String code, int minLevel) {
        return new VacancyTalentInput(code, TalentRequirement.MUST_HAVE, minLevel);
    }

    private static VacancyTalentInput nice(String code) {
        return new VacancyTalentInput(code, TalentRequirement.NICE_TO_HAVE, 1);
    }

    record DemoCandidate(String municipality, String clientNumber, CandidateProfileRequest profile) {
    }

    /**
     * About two dozen fictional job seekers of Rotterdam, Capelle and Nissewaard. Availability is
     * relative to {@code today}; e-mail and phone number follow from the name and client number.
     * Talents are "code level" pairs of the taxonomy seeded by V2; a driving licence follows from a
     * licence B or higher among them.
     */
    static List<DemoCandidate> candidates(LocalDate today) {
        return List.of(
                c(today, "rotterdam", "RTD-100234", "Sanne de Wit", FEMALE, "1996-04-12", "3083 CD", List.of(PRAKTIJKROUTE),
                        "orderpicken 4, magazijnwerk 3, heftruckcertificaat 3, betrouwbaar 5, punctueel 4, nederlands 5",
                        List.of(Sector.LOGISTICS), "Orderpicker, Magazijnmedewerker", 32, 40, 7, 15, LanguageLevel.C1, true, ACTIVE, "jobcoach",
                        "Werken in een magazijn, met de heftruck rijden en alles netjes op orde hebben.",
                        "Ik heb twee jaar via een uitzendbureau als orderpicker gewerkt en zoek nu een vaste plek waar ik mijn heftruckcertificaat kan gebruiken."),
                c(today, "rotterdam", "RTD-100251", "Mohamed El Idrissi", MALE, "1988-09-03", "3026 TC", List.of(PRAKTIJKROUTE),
                        "schoonmaken 4, glazenwassen 3, vca-basis 2, zelfstandig 4, arabisch 5, tamazight 5, nederlands 3",
                        List.of(Sector.CLEANING), "Schoonmaker, Glazenwasser", 24, 36, 0, 10, LanguageLevel.B1, true, ACTIVE, null,
                        "Schoonmaken in kantoren en scholen, het liefst vroeg in de ochtend.",
                        "Ik zoek een vast ritme en vaste collega's. Ik werk graag zelfstandig en lever schoon werk af."),
                c(today, "rotterdam", "RTD-100277", "Fatma Yıldız", FEMALE, "1979-02-21", "3073 KL", List.of(PRAKTIJKROUTE),
                        "koken 4, keukenhulp 5, haccp 3, hygienisch-werken 5, turks 5, nederlands 3",
                        List.of(Sector.HOSPITALITY), "Keukenmedewerker, Kok", 20, 28, 14, 8, LanguageLevel.A2, true, ACTIVE, "jobcoach",
                        "Koken voor grote groepen, Turkse en Hollandse gerechten, werken in een keuken met een vast team.",
                        "Ik kook al jaren voor het buurthuis als vrijwilliger en wil daar nu mijn beroep van maken."),
                c(today, "rotterdam", "RTD-100302", "Jayden Martina", MALE, "2003-06-30", "3082 BG", List.of(BBL),
                        "barwerk 3, bediening 4, gastvrij 5, svh-sociale-hygiene 2, papiaments 5, engels 4, nederlands 5",
                        List.of(Sector.HOSPITALITY), "Barmedewerker, Medewerker bediening", 32, 38, 30, 12, LanguageLevel.C1, true, ACTIVE, null,
                        "Horeca, muziek en mensen een goede avond bezorgen.",
                        "Ik wil een horecaopleiding in de praktijk doen (BBL) en later een eigen strandtent runnen."),
                c(today, "rotterdam", "RTD-100318", "Priscilla Pinas", FEMALE, "1985-11-08", "3065 ZV", List.of(PRAKTIJKROUTE),
                        "helpende-zorg 4, zorg-adl-ondersteuning 4, empathisch 5, ehbo 3, sranantongo 4, nederlands 5",
                        List.of(Sector.HEALTHCARE), "Helpende zorg, Thuiszorgmedewerker", 24, 32, -7, 20, LanguageLevel.C1, true, ACTIVE, "jobcoach",
                        "Zorgen voor ouderen, een praatje maken en helpen bij de dagelijkse dingen.",
                        "Ik heb jaren voor mijn moeder gezorgd en weet hoe belangrijk goede zorg is. Nu wil ik dat als werk doen."),
                c(today, "rotterdam", "RTD-100345", "Kees Hoogendoorn", MALE, "1968-05-19", "3059 AL", List.of(),
                        "rijbewijs-b 5, rijbewijs-c 4, code-95 4, bestuurderskaart 4, pakketbezorging 4, betrouwbaar 5, nederlands 5",
                        List.of(Sector.LOGISTICS), "Vrachtwagenchauffeur, Koerier", 36, 40, 0, 40, LanguageLevel.C2, true, ACTIVE, null,
                        "Op de weg zijn, vaste ritten door Zuid-Holland, vroeg beginnen.",
                        "Mijn vorige werkgever is failliet gegaan. Ik heb dertig jaar rijervaring en wil snel weer aan de slag."),
                c(today, "rotterdam", "RTD-100369", "Nadia Bouzid", FEMALE, "1992-01-27", "3031 RK", List.of(PRAKTIJKROUTE),
                        "administratie 4, data-invoer 4, excel 3, microsoft-office 4, klantenservice-telefoon 3, nauwkeurig 5, arabisch 4, frans 3, nederlands 5",
                        List.of(Sector.BUSINESS_SERVICES), "Administratief medewerker, Klantenservicemedewerker", 16, 24, 21, 15, LanguageLevel.C1, true, PAUSED, null,
                        "Administratie, cijfers en mensen aan de telefoon goed helpen.",
                        "Ik rond eerst mijn cursus boekhouden af; daarna zoek ik een baan op kantoor voor drie dagen per week."),
                c(today, "rotterdam", "RTD-100386", "Tomasz Kowalczyk", MALE, "1990-07-14", "3086 HN", List.of(BBL),
                        "lassen 4, lascertificaat 3, plaatwerken 3, metaalproducten-assembleren 4, veilig-werken 4, vca-basis 3, rijbewijs-b 3, pools 5, engels 3, nederlands 2",
                        List.of(Sector.MANUFACTURING), "Lasser, Constructiewerker", 38, 40, 14, 30, LanguageLevel.A2, true, ACTIVE, null,
                        "Lassen en staalconstructies bouwen, technisch werk met mijn handen.",
                        "In Polen heb ik als lasser gewerkt. Hier wil ik mijn Nederlandse papieren halen en mijn taal verbeteren."),
                c(today, "rotterdam", "RTD-100412", "Lisa van den Berg", FEMALE, "2001-10-02", "3012 KM", List.of(BANENAFSPRAAK),
                        "verkoop 4, kassawerk 4, winkelmedewerker 4, klantgericht 5, representatief 4, engels 4, nederlands 5",
                        List.of(Sector.RETAIL), "Verkoopmedewerker", 12, 20, 0, 5, LanguageLevel.C1, true, ACTIVE, null,
                        "Mode, klanten adviseren en een winkel er mooi uit laten zien.",
                        "Ik werk graag met mensen, het liefst korte dagen in een rustige winkel met een vaste begeleider."),
                c(today, "rotterdam", "RTD-100437", "Abdirahman Warsame", MALE, "1995-03-11", "3081 NC", List.of(PRAKTIJKROUTE),
                        "fietskoerier 4, pakketbezorging 3, flexibel 4, rijbewijs-am 3, inburgeringsdiploma 3, somalisch 5, engels 4, nederlands 3",
                        List.of(Sector.LOGISTICS), "Bezorger, Fietskoerier", 24, 40, 7, 10, LanguageLevel.A2, true, ACTIVE, null,
                        "Fietsen, buiten zijn en de stad goed leren kennen.",
                        "Ik heb net mijn inburgering gehaald en wil nu zo snel mogelijk werken en mijn eigen geld verdienen."),
                c(today, "rotterdam", "RTD-100455", "Shanti Ramdin", FEMALE, "1998-12-05", "3067 GN", List.of(BBL),
                        "kinderopvang 4, ehbo-kinderen 4, empathisch 4, samenwerken 5, mbo-2 3, hindi 3, nederlands 5",
                        List.of(Sector.EDUCATION), "Pedagogisch medewerker kinderopvang", 24, 32, 45, 15, LanguageLevel.C1, true, ACTIVE, null,
                        "Spelen en knutselen met jonge kinderen, voorlezen.",
                        "Ik wil mijn mbo-diploma pedagogisch werk halen naast een baan in de kinderopvang."),
                c(today, "rotterdam", "RTD-100478", "Oleksandr Melnyk", MALE, "1983-08-22", "3084 PT", List.of(PRAKTIJKROUTE),
                        "elektrotechniek-installeren 4, nen-3140 3, vca-basis 3, zonnepanelen-monteren 3, oekraiens 5, russisch 5, engels 3, nederlands 2",
                        List.of(Sector.ENGINEERING, Sector.CONSTRUCTION), "Elektromonteur, Monteur zonnepanelen", 32, 40, 0, 25, LanguageLevel.A2, true, ACTIVE, "jobcoach",
                        "Elektrische installaties, zonnepanelen en duurzame techniek.",
                        "In Oekraïne was ik elektricien. Ik leer elke dag Nederlands en wil mijn vak hier weer uitoefenen."),
                c(today, "rotterdam", "RTD-100493", "Edson Monteiro", MALE, "1999-04-17", "3027 PH", List.of(BBL),
                        "havenwerk 3, heftruck-rijden 3, vil-vcu 3, fysiek-belastbaar 5, veilig-werken 4, kaapverdisch-creools 5, portugees 4, nederlands 4",
                        List.of(Sector.LOGISTICS), "Havenmedewerker, Heftruckchauffeur", 40, 40, 30, 35, LanguageLevel.B2, true, ACTIVE, null,
                        "De haven, grote schepen en zwaar werk in ploegendienst.",
                        "Mijn vader werkte in de haven. Ik wil het vak leren via een leerwerkplek bij een stuwadoor."),
                c(today, "rotterdam", "RTD-100516", "Ingrid Bakker", FEMALE, "1971-06-09", "3043 LP", List.of(BANENAFSPRAAK),
                        "receptie 4, klantenservice-balie 4, secretariaat 3, discreet 5, communicatief 5, engels 4, duits 3, nederlands 5",
                        List.of(Sector.BUSINESS_SERVICES, Sector.GOVERNMENT), "Receptioniste, Baliemedewerker", 16, 24, -30, 10, LanguageLevel.C2, true, PAUSED, null,
                        "Gasten ontvangen, de telefoon aannemen en zorgen dat alles op rolletjes loopt.",
                        "Ik wil rustig opbouwen in uren. Mijn profiel staat even stil tot mijn re-integratietraject is afgerond."),
                c(today, "rotterdam", "RTD-100532", "Yusuf Kaya", MALE, "1986-02-14", "3074 EV", List.of(PRAKTIJKROUTE),
                        "groenonderhoud 4, hovenier 3, bestraten 3, kettingzaag-ecc 2, fysiek-belastbaar 4, rijbewijs-b 4, turks 5, koerdisch 3, nederlands 3",
                        List.of(Sector.GREEN_SPACES, Sector.CONSTRUCTION), "Hovenier, Stratenmaker", 32, 40, 7, 25, LanguageLevel.A2, false, ACTIVE, "jobcoach",
                        "Buiten werken in parken en tuinen, bestraten en snoeien.",
                        "Ik werk het liefst buiten. Mijn jobcoach helpt me met mijn eerste sollicitaties."),
                c(today, "capelle", "CAP-200118", "Daan Verhoef", MALE, "2005-09-23", "2901 KL", List.of(BBL),
                        "autotechniek 3, fietsenmaker 4, rijbewijs-am 4, leergierig 5, nederlands 5",
                        List.of(Sector.ENGINEERING), "Leerling automonteur", 32, 38, 60, 15, LanguageLevel.C1, true, ACTIVE, null,
                        "Sleutelen aan auto's en scooters, uitzoeken hoe dingen werken.",
                        "Na de zomer wil ik beginnen met een BBL-opleiding autotechniek bij een garage in de buurt."),
                c(today, "capelle", "CAP-200126", "Ayşe Doğan", FEMALE, "1977-03-30", "2903 BK", List.of(PRAKTIJKROUTE, ONDERNEMER),
                        "naaien 5, kleermaker 4, strijken 4, wasserij 3, nauwkeurig 5, turks 5, nederlands 3",
                        List.of(Sector.MANUFACTURING, Sector.RETAIL), "Naaister, Medewerker stomerij", 20, 28, 0, 10, LanguageLevel.B1, true, ACTIVE, null,
                        "Kleding maken en vermaken, stoffen en patronen.",
                        "Ik wil ervaring opdoen in een atelier en later een eigen naaiatelier beginnen."),
                c(today, "capelle", "CAP-200141", "Dennis Sitaldin", MALE, "1993-11-11", "2906 VE", List.of(BANENAFSPRAAK),
                        "ict-helpdesk 4, microsoft-office 4, klantenservice-telefoon 3, probleemoplossend 5, mbo-4 4, engels 4, nederlands 5",
                        List.of(Sector.ICT), "ICT-helpdeskmedewerker", 24, 32, 14, 20, LanguageLevel.C1, true, ACTIVE, null,
                        "Computers, netwerken en mensen helpen met hun ICT-problemen.",
                        "Ik werk het best in een vaste omgeving met duidelijke taken. ICT is mijn passie."),
                c(today, "capelle", "CAP-200157", "Marloes Jansen", FEMALE, "1989-07-01", "2907 NP", List.of(PRAKTIJKROUTE),
                        "thuiszorg 4, huishoudelijke-hulp 4, helpende-zorg 3, rijbewijs-b 5, empathisch 5, nederlands 5",
                        List.of(Sector.HEALTHCARE), "Huishoudelijke hulp, Thuiszorgmedewerker", 16, 24, 7, 15, LanguageLevel.C2, true, PAUSED, null,
                        "Mensen thuis helpen zodat ze zelfstandig kunnen blijven wonen.",
                        "Ik werk graag onder schooltijden. Tijdelijk gepauzeerd vanwege de verhuizing van mijn gezin."),
                c(today, "capelle", "CAP-200163", "Hamid Rahimi", MALE, "1997-05-26", "2902 GE", List.of(BBL),
                        "bakken 3, banketbakken 2, voedselproductie 3, hygienisch-werken 4, punctueel 5, staatsexamen-nt2-i 3, dari 5, perzisch 4, engels 3, nederlands 3",
                        List.of(Sector.RETAIL, Sector.MANUFACTURING), "Bakker, Productiemedewerker voeding", 32, 40, 21, 20, LanguageLevel.B1, false, ACTIVE, null,
                        "Brood bakken en vroeg beginnen, werken met deeg en ovens.",
                        "In Afghanistan werkte ik in de bakkerij van mijn oom. Hier wil ik het vak opnieuw leren met een diploma."),
                c(today, "nissewaard", "NSW-300214", "Bram Visser", MALE, "1980-10-17", "3201 TK", List.of(),
                        "graafmachine 3, grondwerk 4, bestraten 4, vca-basis 4, rijbewijs-b 5, rijbewijs-be 4, veilig-werken 4, nederlands 5",
                        List.of(Sector.CONSTRUCTION, Sector.GREEN_SPACES), "Grondwerker, Stratenmaker", 40, 40, 0, 40, LanguageLevel.C1, true, ACTIVE, null,
                        "Grondwerk, riolering en bestraten, werken met machines.",
                        "Na een periode als zzp'er zoek ik weer zekerheid in loondienst bij een aannemer in de regio."),
                c(today, "nissewaard", "NSW-300229", "Esra Aydın", FEMALE, "2002-02-08", "3204 LH", List.of(PRAKTIJKROUTE),
                        "kassawerk 4, vakkenvullen 4, klantgericht 4, flexibel 5, turks 4, engels 4, nederlands 5",
                        List.of(Sector.RETAIL), "Kassamedewerker, Vakkenvuller", 20, 32, 7, 10, LanguageLevel.C1, true, ACTIVE, null,
                        "Werken in de supermarkt, klanten helpen en de winkel bijhouden.",
                        "Ik heb mijn opleiding niet afgemaakt en wil nu eerst werkervaring opdoen, het liefst dicht bij huis."),
                c(today, "nissewaard", "NSW-300236", "Joyce Kloosterman", FEMALE, "1975-12-13", "3207 RJ", List.of(BANENAFSPRAAK),
                        "oogsten 4, glastuinbouw 4, inpakken 4, fysiek-belastbaar 4, doorzettingsvermogen 5, nederlands 5",
                        List.of(Sector.AGRICULTURE), "Medewerker glastuinbouw, Inpakker", 24, 32, 30, 25, LanguageLevel.C1, true, ACTIVE, null,
                        "Planten en groente, werken in de kas en in een vast team.",
                        "Ik heb jaren in de kassen gewerkt en wil graag terug in de tuinbouw met een goede begeleiding."),
                c(today, "nissewaard", "NSW-300248", "Marek Novák", MALE, "1987-04-04", "3208 BA", List.of(PRAKTIJKROUTE),
                        "steigerbouw 3, hoogwerkercertificaat 3, vca-vol 3, timmeren 3, rijbewijs-b 4, slowaaks 5, tsjechisch 4, engels 3, nederlands 2",
                        List.of(Sector.CONSTRUCTION), "Steigerbouwer, Timmerman", 38, 40, 14, 30, LanguageLevel.A2, true, PAUSED, null,
                        "Bouwen op hoogte, steigers en houtbouw.",
                        "Ik volg eerst een taalcursus Nederlands; daarna wil ik weer in de bouw werken."));
    }

    static DemoCandidate c(LocalDate today, String municipality, String clientNumber, String name, Gender gender,
            String birthDate, String postcode, List<TargetGroup> targetGroups, String talents, List<Sector> sectors,
            String occupations, int hoursMin, int hoursMax, int availableInDays, int travelKm, LanguageLevel dutch,
            boolean consent, CandidateStatus status, String jobcoach, String interests, String motivation) {
        int space = name.indexOf(' ');
        String firstName = name.substring(0, space);
        String lastName = name.substring(space + 1);
        List<CandidateTalentInput> talentInputs = Arrays.stream(talents.split(", ")).map(t -> t.split(" "))
                .map(t -> new CandidateTalentInput(t[0], Integer.valueOf(t[1]))).toList();
        boolean drivingLicence = talentInputs.stream().map(CandidateTalentInput::code)
                .anyMatch(code -> code.startsWith("rijbewijs-") && !code.equals("rijbewijs-am"));
        String email = asciiLower(firstName) + "." + asciiLower(lastName) + "@example.nl";
        String phone = "06-1234" + clientNumber.substring(clientNumber.length() - 4);
        return new DemoCandidate(municipality, clientNumber, new CandidateProfileRequest(firstName, lastName, email, phone,
                gender, LocalDate.parse(birthDate), postcode, null, null, targetGroups, talentInputs, interests, motivation,
                sectors, List.of(occupations.split(", ")), hoursMin, hoursMax, today.plusDays(availableInDays), travelKm,
                drivingLicence, dutch, consent, status, jobcoach));
    }

    /** "Yıldız" → "yildiz", "van den Berg" → "vandenberg": for the fictional e-mail addresses. */
    private static String asciiLower(String name) {
        return Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
