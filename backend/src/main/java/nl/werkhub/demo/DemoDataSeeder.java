package nl.werkhub.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.employer.EmployerRepository;
import nl.werkhub.employer.EmployerRequest;
import nl.werkhub.employer.EmployerResponse;
import nl.werkhub.employer.EmployerService;
import nl.werkhub.employer.SizeClass;
import nl.werkhub.vacancy.ContractType;
import nl.werkhub.vacancy.VacancyRequest;
import nl.werkhub.vacancy.VacancyResponse;
import nl.werkhub.vacancy.VacancyService;
import nl.werkhub.vacancy.VacancyStatus;
import nl.werkhub.vacancy.VacancyStatusChange;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty database with realistic Rotterdam-region employers and vacancies for demos
 * ({@code werkhub.demo-data.enabled}, on in dev). Goes through the services, so the data passes
 * the same validation as API input; the audit columns say {@code demo-data}.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    static final Actor DEMO = Actor.system("demo-data");

    @ConfigProperty(name = "werkhub.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    EmployerRepository employerRepository;

    @Inject
    EmployerService employers;

    @Inject
    VacancyService vacancies;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
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
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24312876"), "Verkoopmedewerker winkel",
                        "Klanten helpen aan de toonbank, kassa en bestellingen aannemen. Zaterdag werken hoort erbij.",
                        Sector.RETAIL, "3034 AB", null, null, 16, 24, ContractType.TEMPORARY, base.plusWeeks(2), 1, LanguageLevel.B1, false,
                        List.of()),
                v(ids.get("24312876"), "Leerling banketbakker (BBL)",
                        "Vier dagen werken in onze bakkerij en een dag naar school. Je haalt je diploma terwijl je verdient.",
                        Sector.RETAIL, "3034 AB", null, null, 32, 38, ContractType.BBL, LocalDate.of(2026, 8, 31), 1, LanguageLevel.A2, false,
                        List.of(VacancyStatus.OPEN, VacancyStatus.FILLED)),
                v(ids.get("24187345"), "Monteur cv en sanitair (leerwerkplek)",
                        "Samen met een ervaren monteur installeer en onderhoud je cv-ketels en badkamers bij klanten in de regio.",
                        Sector.ENGINEERING, "2901 AC", 51.9292, 4.5776, 36, 40, ContractType.BBL, base, 2, LanguageLevel.A2, true,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24187345"), "Magazijnmedewerker installatietechniek",
                        "Je ontvangt materiaal, zet bestellingen klaar voor de monteurs en houdt het magazijn op orde.",
                        Sector.ENGINEERING, "2901 AC", null, null, 24, 32, ContractType.TRIAL_PLACEMENT, null, 1, LanguageLevel.A1, false,
                        List.of(VacancyStatus.OPEN, VacancyStatus.ON_HOLD)),
                v(ids.get("63458912"), "Schoonmaker kantoren (avond)",
                        "Schoonmaken van kantoorpanden in Schiedam en Rotterdam-West, van 18:00 tot 21:00 uur. Fiets of OV van ons.",
                        Sector.CLEANING, "3114 CB", 51.9167, 4.3988, 12, 20, ContractType.TEMPORARY, base, 5, LanguageLevel.A1, false,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("63458912"), "Voorman schoonmaak",
                        "Je stuurt een ploeg van zes schoonmakers aan, controleert de kwaliteit en springt bij waar nodig.",
                        Sector.CLEANING, "3114 CB", null, null, 32, 38, ContractType.PERMANENT, base.plusMonths(1), 1, LanguageLevel.B1, true,
                        List.of(VacancyStatus.OPEN, VacancyStatus.CLOSED)),
                v(ids.get("27365198"), "Hovenier groenonderhoud",
                        "Snoeien, maaien en onderhoud van tuinen en openbaar groen in Nissewaard en Voorne aan Zee.",
                        Sector.GREEN_SPACES, "3201 GA", 51.8450, 4.3280, 32, 40, ContractType.TEMPORARY, null, 1, null, true,
                        List.of(VacancyStatus.CLOSED)),
                v(ids.get("24471230"), "Orderpicker (dagdienst)",
                        "Met een scanner en elektrische pompwagen verzamel je orders voor winkels. Training en veiligheidsschoenen krijg je van ons.",
                        Sector.LOGISTICS, "3089 JH", 51.8870, 4.4410, 32, 40, ContractType.TEMPORARY, base, 6, LanguageLevel.A1, false,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24471230"), "Chauffeur C (leerwerktraject)",
                        "Wij betalen je rijbewijs C en code 95. Daarna rijd je vaste ritten naar winkels in Zuid-Holland.",
                        Sector.LOGISTICS, "3089 JH", null, null, 38, 40, ContractType.BBL, base.plusMonths(2), 2, LanguageLevel.A2, true,
                        List.of()),
                v(ids.get("24471230"), "Heftruckchauffeur",
                        "Laden en lossen van vrachtwagens en het in- en uitslaan van pallets. Heftruckcertificaat halen kan bij ons.",
                        Sector.LOGISTICS, "3089 JH", null, null, 40, 40, ContractType.PERMANENT, null, 1, LanguageLevel.A2, false,
                        List.of(VacancyStatus.OPEN, VacancyStatus.ON_HOLD, VacancyStatus.OPEN)),
                v(ids.get("71234509"), "Medewerker keuken en bediening",
                        "Broodjes en soep maken, afwassen en gasten bedienen in onze lunchroom aan de Hoogstraat.",
                        Sector.HOSPITALITY, "3131 BE", 51.9040, 4.3420, 16, 28, ContractType.TRIAL_PLACEMENT, base, 1, LanguageLevel.A2, false,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("50123478"), "Begeleider dagbesteding (assistent)",
                        "Je helpt deelnemers bij dieren verzorgen, moestuin en kookactiviteiten op de boerderij.",
                        Sector.HEALTHCARE, "2991 LK", 51.8560, 4.5350, 20, 28, ContractType.TEMPORARY, base.plusWeeks(3), 1, LanguageLevel.B1, false,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24398761"), "Productiemedewerker metaal",
                        "Bedienen van zaag- en buigmachines en afwerken van stalen onderdelen. Je werkt in dagdienst.",
                        Sector.MANUFACTURING, "3144 NE", 51.9230, 4.2600, 36, 40, ContractType.TEMPORARY, base, 3, LanguageLevel.A1, false,
                        List.of(VacancyStatus.OPEN)),
                v(ids.get("24398761"), "Leerling lasser (BBL)",
                        "Je leert MIG/MAG-lassen in onze werkplaats en gaat een dag per week naar het Albeda.",
                        Sector.MANUFACTURING, "3144 NE", null, null, 32, 40, ContractType.BBL, LocalDate.of(2026, 8, 31), 2, LanguageLevel.A2, false,
                        List.of()));
    }

    private static DemoVacancy v(UUID employerId, String title, String description, Sector sector, String postcode,
            Double lat, Double lon, int min, int max, ContractType contract, LocalDate start, int positions,
            LanguageLevel dutch, boolean licence, List<VacancyStatus> path) {
        return new DemoVacancy(new VacancyRequest(employerId, title, description, sector, postcode, lat, lon, min, max,
                contract, start, positions, dutch, licence), path);
    }
}
