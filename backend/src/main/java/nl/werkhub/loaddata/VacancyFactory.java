package nl.werkhub.loaddata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.vacancy.ContractType;
import nl.werkhub.vacancy.TalentRequirement;
import nl.werkhub.vacancy.VacancyRequest;
import nl.werkhub.vacancy.VacancyStatus;
import nl.werkhub.vacancy.VacancyTalentInput;

/**
 * Entry-level vacancies of the generated employers: a title and talents that fit the employer's
 * sector (codes of the V2 taxonomy), hours, contract type, language level and licence as such jobs
 * ask, a location near the employer, and a status of the vacancy's life so far. Vacancy {@code i}
 * belongs to employer {@code floor(i · employers/vacancies)}, so it exists whenever its employer does.
 */
final class VacancyFactory {

    static final long STREAM = 2;

    /** A kind of job: its title, a description, must-haves ("code:level") and nice-to-haves. */
    record Job(Sector sector, String title, String description, String[] must, String[] nice, int hoursMin,
            int hoursMax, boolean licence, ContractType usual) {
    }

    private static Job job(Sector s, String title, String description, String must, String nice, int min, int max,
            boolean licence, ContractType usual) {
        return new Job(s, title, description, must.isEmpty() ? new String[0] : must.split(" "),
                nice.isEmpty() ? new String[0] : nice.split(" "), min, max, licence, usual);
    }

    static final List<Job> JOBS = List.of(
            job(Sector.RETAIL, "Verkoopmedewerker", "Klanten helpen, kassa en bestellingen. Zaterdag werken hoort erbij.",
                    "kassawerk:2", "verkoop klantgericht winkelmedewerker", 16, 32, false, ContractType.TEMPORARY),
            job(Sector.RETAIL, "Vakkenvuller (avond)", "Vullen van de schappen na sluitingstijd, in een vast team.",
                    "vakkenvullen:1", "betrouwbaar punctueel fysiek-belastbaar", 12, 20, false, ContractType.TEMPORARY),
            job(Sector.RETAIL, "Medewerker bakkerij", "Deeg maken, afbakken en de winkel vullen vanaf de vroege ochtend.",
                    "hygienisch-werken:2", "bakken voedselproductie punctueel", 24, 32, false, ContractType.TEMPORARY),
            job(Sector.CONSTRUCTION, "Leerling timmerman (BBL)", "Vier dagen op de bouwplaats met een vaste leermeester, een dag naar school.",
                    "timmeren:1 vca-basis:2", "leergierig veilig-werken fysiek-belastbaar", 32, 40, false, ContractType.BBL),
            job(Sector.CONSTRUCTION, "Stratenmaker", "Bestraten van stoepen en pleinen in een ploeg van drie.",
                    "bestraten:2", "grondwerk vca-basis fysiek-belastbaar rijbewijs-b", 36, 40, true, ContractType.TEMPORARY),
            job(Sector.CONSTRUCTION, "Schilder", "Binnen- en buitenschilderwerk bij woningen en kantoren.",
                    "schilderen:2", "nauwkeurig zelfstandig vca-basis", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.BUSINESS_SERVICES, "Administratief medewerker", "Facturen invoeren, post verwerken en de telefoon aannemen.",
                    "administratie:2", "data-invoer excel nauwkeurig microsoft-office", 20, 32, false, ContractType.TEMPORARY),
            job(Sector.BUSINESS_SERVICES, "Klantenservicemedewerker", "Klanten telefonisch te woord staan en hun vragen oplossen.",
                    "klantenservice-telefoon:2", "communicatief klantgericht stressbestendig", 16, 36, false, ContractType.TEMPORARY),
            job(Sector.BUSINESS_SERVICES, "Beveiliger", "Toegangscontrole en surveillance op bedrijfsterreinen.",
                    "beveiliging:2 beveiliger-2:2", "betrouwbaar representatief bhv", 24, 40, false, ContractType.TEMPORARY),
            job(Sector.HOSPITALITY, "Medewerker bediening", "Gasten ontvangen, bestellingen opnemen en serveren.",
                    "bediening:2", "gastvrij klantgericht barwerk flexibel", 12, 32, false, ContractType.TEMPORARY),
            job(Sector.HOSPITALITY, "Keukenhulp", "Groenten snijden, afwassen en de koks helpen.",
                    "keukenhulp:1", "afwassen hygienisch-werken haccp samenwerken", 16, 36, false, ContractType.TRIAL_PLACEMENT),
            job(Sector.HOSPITALITY, "Housekeeping medewerker", "Kamers schoonmaken en opmaken in een hotel.",
                    "housekeeping:1", "schoonmaken nauwkeurig efficient-werken", 16, 32, false, ContractType.TEMPORARY),
            job(Sector.HEALTHCARE, "Helpende zorg", "Bewoners helpen bij de dagelijkse verzorging en activiteiten.",
                    "helpende-zorg:2", "empathisch zorg-adl-ondersteuning mbo-2 ehbo", 24, 32, false, ContractType.BBL),
            job(Sector.HEALTHCARE, "Huishoudelijk medewerker thuiszorg", "Schoonmaken bij cliënten thuis, in je eigen wijk.",
                    "huishoudelijke-hulp:2", "betrouwbaar empathisch zelfstandig", 12, 24, false, ContractType.TEMPORARY),
            job(Sector.HEALTHCARE, "Pedagogisch medewerker kinderopvang", "Spelen, eten en rusten met een groep peuters.",
                    "kinderopvang:2", "ehbo-kinderen samenwerken empathisch", 24, 32, false, ContractType.BBL),
            job(Sector.MANUFACTURING, "Productiemedewerker", "Machines bedienen en producten controleren en inpakken.",
                    "productiewerk:1", "inpakken veilig-werken nauwkeurig punctueel", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.MANUFACTURING, "Lasser (leerwerkplek)", "Lassen van constructies onder begeleiding van een ervaren lasser.",
                    "lassen:2", "lascertificaat plaatwerken vca-basis", 36, 40, false, ContractType.BBL),
            job(Sector.MANUFACTURING, "Productiemedewerker voeding", "Werken aan de productielijn van vers voedsel.",
                    "voedselproductie:1 hygienisch-werken:2", "haccp inpakken fysiek-belastbaar", 24, 40, false, ContractType.TEMPORARY),
            job(Sector.WHOLESALE, "Magazijnmedewerker", "Goederen ontvangen, opslaan en orders klaarzetten.",
                    "magazijnwerk:2", "orderpicken heftruckcertificaat goederenontvangst nauwkeurig", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.WHOLESALE, "Medewerker goederenontvangst", "Leveringen controleren en in het systeem boeken.",
                    "goederenontvangst:2", "data-invoer magazijnwerk nauwkeurig", 24, 40, false, ContractType.TEMPORARY),
            job(Sector.LOGISTICS, "Orderpicker", "Met scanner en pompwagen orders verzamelen voor winkels.",
                    "orderpicken:2 fysiek-belastbaar:3", "magazijnwerk heftruckcertificaat veilig-werken punctueel", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.LOGISTICS, "Chauffeur C (leerwerktraject)", "Wij betalen rijbewijs C en code 95; daarna vaste ritten.",
                    "rijbewijs-b:3", "rijbewijs-c code-95 betrouwbaar", 38, 40, true, ContractType.BBL),
            job(Sector.LOGISTICS, "Pakketbezorger", "Pakketten bezorgen in een vaste wijk met een bestelbus.",
                    "pakketbezorging:1 rijbewijs-b:3", "klantgericht zelfstandig", 24, 40, true, ContractType.TEMPORARY),
            job(Sector.ENGINEERING, "Monteur installatietechniek (BBL)", "Samen met een monteur cv-ketels en badkamers installeren.",
                    "installatietechniek:1 vca-basis:2", "elektrotechniek-installeren leergierig veilig-werken", 36, 40, true, ContractType.BBL),
            job(Sector.ENGINEERING, "Leerling automonteur", "Onderhoud en reparatie van personenauto's in een garage.",
                    "autotechniek:1", "leergierig probleemoplossend rijbewijs-b", 32, 40, false, ContractType.BBL),
            job(Sector.ENGINEERING, "Monteur zonnepanelen", "Zonnepanelen monteren op daken van woningen.",
                    "zonnepanelen-monteren:1 vca-basis:2", "fysiek-belastbaar samenwerken hoogwerkercertificaat", 32, 40, true, ContractType.TEMPORARY),
            job(Sector.AGRICULTURE, "Medewerker glastuinbouw", "Oogsten, snoeien en inpakken in de kas.",
                    "glastuinbouw:1", "oogsten inpakken fysiek-belastbaar", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.AGRICULTURE, "Oogstmedewerker", "Seizoenswerk op het land: oogsten en sorteren.",
                    "oogsten:1", "fysiek-belastbaar doorzettingsvermogen samenwerken", 24, 40, false, ContractType.TRIAL_PLACEMENT),
            job(Sector.ICT, "ICT-helpdeskmedewerker", "Collega's en klanten helpen met computerproblemen.",
                    "ict-helpdesk:2", "microsoft-office probleemoplossend communicatief", 24, 36, false, ContractType.TEMPORARY),
            job(Sector.CLEANING, "Schoonmaker kantoren (avond)", "Schoonmaken van kantoorpanden van 18:00 tot 21:00 uur.",
                    "schoonmaken:2 betrouwbaar:3", "zelfstandig glazenwassen flexibel", 12, 20, false, ContractType.TEMPORARY),
            job(Sector.CLEANING, "Glazenwasser", "Ramen wassen bij bedrijven en woningen, ook op hoogte.",
                    "glazenwassen:1", "hoogwerkercertificaat vca-basis zelfstandig", 24, 40, false, ContractType.TRIAL_PLACEMENT),
            job(Sector.GREEN_SPACES, "Hovenier groenonderhoud", "Snoeien, maaien en onderhoud van tuinen en openbaar groen.",
                    "groenonderhoud:2", "hovenier kettingzaag-ecc fysiek-belastbaar", 32, 40, false, ContractType.TEMPORARY),
            job(Sector.EDUCATION, "Conciërge", "Het gebouw open en op orde houden en kleine reparaties doen.",
                    "huismeester:2", "betrouwbaar klantgericht bhv", 24, 36, false, ContractType.TEMPORARY),
            job(Sector.GOVERNMENT, "Medewerker milieustraat", "Bezoekers wijzen waar hun afval heen moet en containers wisselen.",
                    "afval-recycling:1", "klantgericht veilig-werken fysiek-belastbaar", 32, 38, false, ContractType.TRIAL_PLACEMENT),
            job(Sector.OTHER, "Medewerker stomerij", "Kleding aannemen, reinigen en strijken.",
                    "strijken:2", "wasserij klantgericht nauwkeurig", 16, 32, false, ContractType.TEMPORARY),
            job(Sector.OTHER, "Kapper (leerling)", "Knippen en verven leren in een drukke salon.",
                    "kapper:1", "klantgericht creatief representatief", 24, 36, false, ContractType.BBL));

    private static final VacancyStatus[] STATUSES = {VacancyStatus.OPEN, VacancyStatus.DRAFT, VacancyStatus.ON_HOLD,
            VacancyStatus.FILLED, VacancyStatus.CLOSED};
    private static final double[] STATUS_WEIGHTS = {55, 5, 5, 20, 15};
    private static final LanguageLevel[] DUTCH = {null, LanguageLevel.A1, LanguageLevel.A2, LanguageLevel.B1,
            LanguageLevel.B2};
    private static final double[] DUTCH_WEIGHTS = {20, 20, 35, 20, 5};

    private final long seed;
    private final Instant now;

    VacancyFactory(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    /** A vacancy: the request, its status, and when it was created and (if ever) opened. */
    record GeneratedVacancy(long index, UUID id, VacancyRequest request, VacancyStatus status, Instant createdAt,
            Instant openedAt) {
    }

    /** Employer {@code employer} is the one of this vacancy (see the class comment). */
    GeneratedVacancy vacancy(long index, EmployerFactory.GeneratedEmployer employer) {
        SplittableRandom r = Draw.stream(seed, STREAM, index);
        Sector sector = employer.request().sector();
        List<Job> fitting = JOBS.stream().filter(j -> j.sector() == sector).toList();
        Job job = fitting.isEmpty() || r.nextDouble() < 0.1 ? Draw.one(r, JOBS) : Draw.one(r, fitting);
        List<VacancyTalentInput> talents = new ArrayList<>();
        for (String m : job.must()) {
            String[] codeLevel = m.split(":");
            talents.add(new VacancyTalentInput(codeLevel[0], TalentRequirement.MUST_HAVE, Integer.valueOf(codeLevel[1])));
        }
        for (String n : job.nice()) {
            if (r.nextDouble() < 0.8 && talents.stream().noneMatch(t -> t.code().equals(n))) {
                talents.add(new VacancyTalentInput(n, TalentRequirement.NICE_TO_HAVE, 1 + r.nextInt(3)));
            }
        }
        int min = Math.max(1, job.hoursMin() + 4 * (r.nextInt(3) - 1));
        int max = Math.max(min, Math.min(40, job.hoursMax() - 4 * r.nextInt(2)));
        ContractType contract = r.nextDouble() < 0.7 ? job.usual()
                : ContractType.values()[Draw.weighted(r, new double[] {50, 25, 10, 15})];
        // created in the last 18 months, after the employer came
        long maxAgeHours = Math.max(24, java.time.Duration.between(employer.createdAt(), now).toHours() - 1);
        Instant createdAt = now.minusSeconds(3600L * (1 + r.nextInt((int) Math.min(maxAgeHours, 24L * 540))));
        VacancyStatus status = STATUSES[Draw.weighted(r, STATUS_WEIGHTS)];
        boolean neverOpened = status == VacancyStatus.DRAFT || status == VacancyStatus.CLOSED && r.nextDouble() < 0.3;
        Instant openedAt = neverOpened ? null : earliest(createdAt.plusSeconds(3600L * r.nextInt(24 * 7)), now);
        LocalDate start = r.nextDouble() < 0.7 ? EmployerFactory.day(createdAt).plusWeeks(2 + r.nextInt(8)) : null;
        int positions = 1 + (r.nextDouble() < 0.3 ? 1 + Draw.skewed(r, 5, 2) : 0);
        Double lat = null;
        Double lon = null;
        if (r.nextDouble() < 0.8) {
            double[] p = Places.near(r, employer.lat(), employer.lon(), 0.3);
            lat = p[0];
            lon = p[1];
        }
        // mostly at the employer's address; sometimes another site in the same town
        String postcode = r.nextDouble() < 0.85 ? employer.request().postcode() : Places.postcode(r, employer.place());
        boolean licence = job.licence() || r.nextDouble() < 0.05;
        VacancyRequest request = new VacancyRequest(employer.id(), job.title(), job.description(), sector, postcode,
                lat, lon, min, max, contract, start, positions, DUTCH[Draw.weighted(r, DUTCH_WEIGHTS)], licence, talents);
        return new GeneratedVacancy(index, Ids.uuid(seed, STREAM, index), request, status, createdAt, openedAt);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
