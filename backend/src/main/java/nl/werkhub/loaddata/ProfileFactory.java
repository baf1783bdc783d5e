package nl.werkhub.loaddata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import nl.werkhub.candidate.CandidateProfileRequest;
import nl.werkhub.candidate.CandidateStatus;
import nl.werkhub.candidate.CandidateTalentInput;
import nl.werkhub.candidate.Gender;
import nl.werkhub.candidate.TargetGroup;
import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;

/**
 * Talent profiles of job seekers as a municipal system sends them to the bulk intake, for every
 * municipality of {@link Places} in proportion to its people on social assistance. The talent,
 * target-group, availability, hours, travel, consent and status mix is the benchmark's (it was
 * {@code ProfileGenerator} of backend/bench, which now calls the generator instead). Profile
 * {@code i} depends only on the seed, {@code i} and the jobcoaches of the directory.
 */
final class ProfileFactory {

    static final String CLIENT_NUMBER_PREFIX = "GEN-";

    /** Dates are fixed rather than "today", so the same seed gives the same profiles on any day. */
    static final LocalDate AVAILABILITY_BASE = LocalDate.of(2026, 11, 1);
    private static final LocalDate BIRTH_BASE = LocalDate.of(1962, 1, 1);
    private static final long STREAM = 3;

    private static final String[] FIRST_NAMES = {"Sanne", "Daan", "Fatima", "Mohamed", "Emma", "Ayoub", "Lotte",
            "Kevin", "Yasmina", "Stefan", "Priya", "Jayden", "Noor", "Mehmet", "Agnieszka", "Tomasz", "Shanti",
            "Rachid", "Esra", "Bram", "Aylin", "Dewi", "Khadija", "Joost", "Sevda", "Ruben", "Samira", "Milan",
            "Naima", "Jordy", "Ilse", "Omar", "Anouk", "Hamza", "Chantal", "Ricardo", "Marloes", "Ibrahim",
            "Sofia", "Yusuf", "Fenna", "Kofi", "Amina", "Luuk", "Tess", "Mustafa", "Iris", "Dion", "Zeynep",
            "Wouter", "Hanna", "Dragan", "Ewa", "Giovanni", "Nadia", "Gerrit", "Saskia", "Youssef", "Malika",
            "Thijs", "Jelle", "Sietske", "Harm", "Baukje", "Tjitske", "Freek", "Ans", "Berend", "Roel", "Wietske"};
    static final String[] LAST_NAMES = {"de Vries", "Jansen", "El Amrani", "Yılmaz", "Bakker", "Visser",
            "Kaya", "Öztürk", "Smit", "Meijer", "de Boer", "Mulder", "Bouzid", "Ramdin", "Kowalski", "Nowak",
            "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Sahin",
            "Demir", "Ait Taleb", "Koç", "Doğan", "Martina", "Rosario", "Soekhai", "van der Linden", "Kok",
            "Jacobs", "de Haan", "Verbeek", "Boogaard", "Mahabier", "Asante", "Kuipers", "Postma", "Wijnberg",
            "Benali", "Haddou", "Pinas", "Vermeulen", "van den Berg", "Lambrechts", "Ouali", "Hoekstra",
            "Dijkstra", "Bosma", "Wierenga", "Jonker", "Hermans", "Janssen", "van der Meer", "Willems", "Claessens"};
    private static final String[] OCCUPATIONS = {"Magazijnmedewerker", "Orderpicker", "Heftruckchauffeur",
            "Schoonmaker", "Productiemedewerker", "Verkoopmedewerker", "Kassamedewerker", "Keukenhulp",
            "Medewerker bediening", "Hovenier", "Groenvoorziener", "Monteur", "Timmerman", "Schilder",
            "Chauffeur", "Pakketbezorger", "Administratief medewerker", "Receptionist", "Helpende zorg",
            "Kapper", "Bakker", "Vakkenvuller", "Lasser", "Metselaar", "Beveiliger", "Huishoudelijk medewerker",
            "Callcentermedewerker", "Havenwerker", "Tuinder", "Fietsenmaker"};
    private static final String[] INTERESTS = {"Werken met mijn handen en zien wat ik gemaakt heb.",
            "Buiten werken, in de natuur of op straat.", "Contact met klanten en collega's.",
            "Koken en alles wat met eten te maken heeft.", "Techniek, auto's en motoren.",
            "Orde en netheid, alles op de juiste plek.", "Mensen helpen en voor anderen zorgen.",
            "Rijden en onderweg zijn.", "Computers en administratie.", "Sport en bewegen, fysiek werk."};
    private static final String[] MOTIVATIONS = {"Ik wil graag weer aan het werk en mijn eigen geld verdienen.",
            "Ik zoek een vaste plek waar ik het vak kan leren.", "Na mijn opleiding wil ik ervaring opdoen.",
            "Ik wil meer uren werken dan nu en doorgroeien.",
            "Ik ben net in Nederland en wil snel meedoen en de taal leren.",
            "Ik wil iets doen waar ik trots op kan zijn.", "Ik zoek werk dichtbij huis, naast de zorg voor mijn kinderen.",
            "Ik wil een diploma halen terwijl ik werk."};
    private static final Sector[] SECTORS = Sector.values();
    /** Sectors people in these programmes ask for most often first; weighted towards the front. */
    private static final Sector[] POPULAR_SECTORS = {Sector.LOGISTICS, Sector.RETAIL, Sector.CLEANING,
            Sector.HOSPITALITY, Sector.GREEN_SPACES, Sector.MANUFACTURING, Sector.CONSTRUCTION, Sector.HEALTHCARE,
            Sector.ENGINEERING, Sector.WHOLESALE};
    private static final TargetGroup[] TARGET_GROUPS = {TargetGroup.BANENAFSPRAAK, TargetGroup.PRAKTIJKROUTE,
            TargetGroup.BBL, TargetGroup.ONDERNEMER};
    private static final Gender[] GENDERS = {Gender.FEMALE, Gender.MALE, Gender.NON_BINARY, Gender.UNDISCLOSED};
    private static final LanguageLevel[] DUTCH_LEVELS = LanguageLevel.values();
    private static final double[] DUTCH_LEVEL_WEIGHTS = {8, 22, 32, 22, 12, 4};
    private static final int[] HOURS_MIN = {8, 12, 16, 20, 24, 24, 28, 32, 32, 36};
    private static final int[] TRAVEL_KM = {5, 8, 10, 10, 15, 15, 20, 25, 30, 40, 50};
    private static final String CAR_LICENCE = "rijbewijs-b";
    private static final Set<String> DRIVING_LICENCES = Set.of("rijbewijs-b", "rijbewijs-be", "rijbewijs-c",
            "rijbewijs-ce", "rijbewijs-d");

    /** Talent codes per category in popularity order (a seeded shuffle of the taxonomy). */
    private final List<String> attitudes;
    private final List<String> skills;
    private final List<String> certificates;
    private final String carLicence;
    private final List<String> languages;
    private final List<String> jobcoaches;
    private final long seed;

    /**
     * @param taxonomy   codes of the active talents per category
     * @param jobcoaches usernames a profile may be assigned to (a quarter of the profiles are)
     */
    ProfileFactory(Map<String, List<String>> taxonomy, List<String> jobcoaches, long seed) {
        this.seed = seed;
        this.jobcoaches = jobcoaches;
        // the front of each list is what entry-level job seekers list most; the rest is a seeded shuffle
        this.attitudes = popularityOrder(taxonomy.getOrDefault("WORK_ATTITUDE", List.of()), seed,
                List.of("betrouwbaar", "samenwerken", "punctueel", "gemotiveerd", "leergierig", "flexibel",
                        "klantgericht", "instructies-opvolgen", "zelfstandig", "nauwkeurig"));
        this.skills = popularityOrder(taxonomy.getOrDefault("VOCATIONAL_SKILL", List.of()), seed + 1,
                List.of("magazijnwerk", "schoonmaken", "productiewerk", "orderpicken", "vakkenvullen", "keukenhulp",
                        "kassawerk", "inpakken", "groenonderhoud", "verkoop"));
        List<String> certificateCodes = new ArrayList<>(taxonomy.getOrDefault("CERTIFICATE", List.of()));
        // the car licence is drawn on its own (about a third of these job seekers have one)
        this.carLicence = certificateCodes.remove(CAR_LICENCE) ? CAR_LICENCE : null;
        this.certificates = popularityOrder(certificateCodes, seed + 2,
                List.of("vca-basis", "heftruckcertificaat", "orderpickercertificaat", "haccp", "bhv"));
        this.languages = popularityOrder(taxonomy.getOrDefault("LANGUAGE", List.of()), seed + 3,
                List.of("nederlands", "engels", "arabisch", "turks"));
        if (attitudes.size() < 6 || skills.size() < 5) {
            throw new GeneratorException("the talent taxonomy is too small to generate profiles: " + taxonomy.keySet());
        }
    }

    private static List<String> popularityOrder(List<String> codes, long seed, List<String> first) {
        List<String> sorted = new ArrayList<>(codes);
        Collections.sort(sorted);
        Collections.shuffle(sorted, new Random(seed));
        List<String> ordered = new ArrayList<>();
        for (String f : first) {
            if (sorted.remove(f)) {
                ordered.add(f);
            }
        }
        ordered.addAll(sorted);
        return ordered;
    }

    static String clientNumber(long index) {
        return CLIENT_NUMBER_PREFIX + String.format(Locale.ROOT, "%08d", index);
    }

    /** One profile as its municipality sends it. */
    record Profile(long index, String municipality, String clientNumber, CandidateProfileRequest request) {
    }

    Profile profile(long index) {
        SplittableRandom r = Draw.stream(seed, STREAM, index);
        Places.Place place = Places.pick(r);
        String first = Draw.one(r, FIRST_NAMES);
        String last = Draw.one(r, LAST_NAMES);
        String email = r.nextDouble() < 0.7 ? ascii(first) + "." + ascii(last) + "." + index + "@example.nl" : null;
        String phone = r.nextDouble() < 0.6 ? String.format(Locale.ROOT, "06-%08d", r.nextInt(100_000_000)) : null;
        Gender gender = r.nextDouble() < 0.9 ? GENDERS[Draw.weighted(r, new double[] {48, 48, 1, 3})] : null;
        LocalDate birthDate = r.nextDouble() < 0.9 ? BIRTH_BASE.plusDays(r.nextInt(16_000)) : null; // 1962..2005
        String postcode = Places.postcode(r, place);
        Double latitude = null;
        Double longitude = null;
        if (r.nextDouble() < 0.85) {
            double[] point = Places.near(r, place.lat(), place.lon(), place.spreadKm());
            latitude = point[0];
            longitude = point[1];
        }
        List<TargetGroup> targetGroups = new ArrayList<>();
        int groups = Draw.weighted(r, new double[] {45, 40, 13, 2});
        while (targetGroups.size() < groups) {
            TargetGroup g = Draw.one(r, TARGET_GROUPS);
            if (!targetGroups.contains(g)) {
                targetGroups.add(g);
            }
        }
        List<CandidateTalentInput> talents = talents(r);
        String interests = r.nextDouble() < 0.7 ? Draw.one(r, INTERESTS) : null;
        String motivation = r.nextDouble() < 0.6 ? Draw.one(r, MOTIVATIONS) : null;
        int sectorCount = Draw.weighted(r, new double[] {25, 35, 25, 15});
        Set<Sector> sectors = new LinkedHashSet<>();
        while (sectors.size() < sectorCount) {
            sectors.add(r.nextDouble() < 0.8 ? POPULAR_SECTORS[Draw.skewed(r, POPULAR_SECTORS.length, 2)]
                    : Draw.one(r, SECTORS));
        }
        List<String> occupations = Draw.distinct(r, OCCUPATIONS, Draw.weighted(r, new double[] {30, 40, 20, 10}));
        int min = HOURS_MIN[r.nextInt(HOURS_MIN.length)];
        int max = Math.min(40, min + 4 * r.nextInt(5));
        LocalDate availableFrom = r.nextDouble() < 0.65 ? AVAILABILITY_BASE.plusDays(r.nextInt(150)) : null;
        int travel = TRAVEL_KM[r.nextInt(TRAVEL_KM.length)];
        boolean drivingLicence = talents.stream().anyMatch(t -> DRIVING_LICENCES.contains(t.code()));
        LanguageLevel dutch = r.nextDouble() < 0.9 ? DUTCH_LEVELS[Draw.weighted(r, DUTCH_LEVEL_WEIGHTS)] : null;
        boolean consent = r.nextDouble() < 0.85;
        double s = r.nextDouble();
        CandidateStatus status = s < 0.80 ? CandidateStatus.ACTIVE : s < 0.90 ? CandidateStatus.PAUSED
                : s < 0.95 ? CandidateStatus.PLACED : CandidateStatus.WITHDRAWN;
        String jobcoach = r.nextDouble() < 0.25 && !jobcoaches.isEmpty() ? Draw.one(r, jobcoaches) : null;
        return new Profile(index, place.code(), clientNumber(index), new CandidateProfileRequest(first, last, email,
                phone, gender, birthDate, postcode, latitude, longitude, targetGroups, talents, interests, motivation,
                new ArrayList<>(sectors), occupations, min, max, availableFrom, travel, drivingLicence, dutch, consent,
                status, jobcoach));
    }

    /** The same profile with another status and jobcoach (a placement's person is PLACED with its jobcoach). */
    static Profile with(Profile p, CandidateStatus status, String jobcoach) {
        CandidateProfileRequest q = p.request();
        return new Profile(p.index(), p.municipality(), p.clientNumber(), new CandidateProfileRequest(q.firstName(),
                q.lastName(), q.email(), q.phone(), q.gender(), q.birthDate(), q.postcode(), q.latitude(),
                q.longitude(), q.targetGroups(), q.talents(), q.interests(), q.motivation(), q.preferredSectors(),
                q.preferredOccupations(), q.hoursPerWeekMin(), q.hoursPerWeekMax(), q.availableFrom(),
                q.maxTravelDistanceKm(), q.drivingLicence(), q.dutchLevel(), q.consent(), status, jobcoach));
    }

    /**
     * 4..12 talents: work attitudes are what almost everyone lists, vocational skills and certificates
     * spread over the taxonomy with a long tail, Dutch plus sometimes another language.
     */
    private List<CandidateTalentInput> talents(SplittableRandom r) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        int attitudeCount = 2 + r.nextInt(4);
        int skillCount = 1 + r.nextInt(4);
        int certificateCount = r.nextInt(4);
        while (countIn(chosen, attitudes) < attitudeCount) {
            chosen.putIfAbsent(attitudes.get(Draw.skewed(r, attitudes.size(), 3)), 2 + r.nextInt(4));
        }
        while (countIn(chosen, skills) < skillCount) {
            chosen.putIfAbsent(skills.get(Draw.skewed(r, skills.size(), 2)), level(r));
        }
        if (carLicence != null && r.nextDouble() < 0.3) {
            chosen.put(carLicence, 3 + r.nextInt(3));
        }
        if (!certificates.isEmpty()) {
            while (countIn(chosen, certificates) < Math.min(certificateCount, certificates.size())) {
                chosen.putIfAbsent(certificates.get(Draw.skewed(r, certificates.size(), 2)), 2 + r.nextInt(4));
            }
        }
        if (!languages.isEmpty() && r.nextDouble() < 0.75) {
            chosen.putIfAbsent(languages.get(0), level(r)); // nederlands
        }
        if (languages.size() > 1 && r.nextDouble() < 0.45) {
            chosen.putIfAbsent(languages.get(1 + Draw.skewed(r, languages.size() - 1, 2)), 3 + r.nextInt(3));
        }
        List<CandidateTalentInput> list = new ArrayList<>();
        chosen.forEach((code, level) -> list.add(new CandidateTalentInput(code, level)));
        for (int i = list.size() - 1; i > 0; i--) { // drop at random, not always the languages, when over 12
            Collections.swap(list, i, r.nextInt(i + 1));
        }
        if (list.size() > 12) {
            list.subList(12, list.size()).clear();
        }
        while (list.size() < 4) { // never fewer than four: top up with further attitudes
            String code = attitudes.get(r.nextInt(attitudes.size()));
            if (list.stream().noneMatch(t -> t.code().equals(code))) {
                list.add(new CandidateTalentInput(code, 3));
            }
        }
        return list;
    }

    private static long countIn(Map<String, Integer> chosen, List<String> category) {
        return chosen.keySet().stream().filter(category::contains).count();
    }

    /** Levels 1..5, mostly 2..4. */
    private static int level(SplittableRandom r) {
        return 1 + Draw.weighted(r, new double[] {10, 25, 35, 20, 10});
    }

    static String ascii(String name) {
        return Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
