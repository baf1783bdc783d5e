package nl.werkhub.bench;

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

/**
 * Plausible talent profiles of job seekers in the Rotterdam region, as a municipal system would send
 * them to the bulk intake. Profile {@code i} depends only on the seed and {@code i}, so a load that
 * is interrupted resumes with the same data, and two machines with the same seed and size hold the
 * same profiles. Everything stays inside what the API accepts (docs/api.md, CandidateProfileRequest):
 * a refused profile would make the benchmark measure less than it claims.
 */
final class ProfileGenerator {

    /** The municipalities that have a machine client in the demo realm, and their share of the profiles. */
    static final List<String> MUNICIPALITIES = List.of("rotterdam", "capelle", "nissewaard");
    private static final double[] MUNICIPALITY_SHARE = {0.65, 0.20, 0.15};

    static final String CLIENT_NUMBER_PREFIX = "BENCH-";

    /** Dates are fixed rather than "today", so the same seed gives the same profiles on any day. */
    static final LocalDate AVAILABILITY_BASE = LocalDate.of(2026, 11, 1);
    private static final LocalDate BIRTH_BASE = LocalDate.of(1962, 1, 1);

    /** A postcode area: the 4-digit range and the approximate centre of its neighbourhoods. */
    record Area(String municipality, int fromPc4, int toPc4, double lat, double lon) {
    }

    static final List<Area> AREAS = List.of(
            new Area("rotterdam", 3011, 3016, 51.9200, 4.4800),   // centrum
            new Area("rotterdam", 3021, 3029, 51.9150, 4.4450),   // delfshaven
            new Area("rotterdam", 3031, 3039, 51.9400, 4.4750),   // noord
            new Area("rotterdam", 3041, 3047, 51.9450, 4.4300),   // overschie
            new Area("rotterdam", 3051, 3059, 51.9580, 4.4950),   // hillegersberg-schiebroek
            new Area("rotterdam", 3061, 3069, 51.9420, 4.5450),   // kralingen, prins alexander
            new Area("rotterdam", 3071, 3079, 51.8900, 4.5100),   // feijenoord, ijsselmonde
            new Area("rotterdam", 3081, 3089, 51.8830, 4.4680),   // charlois, waalhaven
            new Area("rotterdam", 3191, 3199, 51.8650, 4.3400),   // hoogvliet, pernis
            new Area("capelle", 2901, 2909, 51.9300, 4.5800),
            new Area("nissewaard", 3201, 3209, 51.8450, 4.3250),   // spijkenisse
            new Area("nissewaard", 3211, 3214, 51.8520, 4.2450));  // geervliet, heenvliet, zuidland

    private static final String[] FIRST_NAMES = {"Sanne", "Daan", "Fatima", "Mohamed", "Emma", "Ayoub", "Lotte",
            "Kevin", "Yasmina", "Stefan", "Priya", "Jayden", "Noor", "Mehmet", "Agnieszka", "Tomasz", "Shanti",
            "Rachid", "Esra", "Bram", "Aylin", "Dewi", "Khadija", "Joost", "Sevda", "Ruben", "Samira", "Milan",
            "Naima", "Jordy", "Ilse", "Omar", "Anouk", "Hamza", "Chantal", "Ricardo", "Marloes", "Ibrahim",
            "Sofia", "Yusuf", "Fenna", "Kofi", "Amina", "Luuk", "Tess", "Mustafa", "Iris", "Dion", "Zeynep",
            "Wouter", "Hanna", "Dragan", "Ewa", "Giovanni", "Nadia", "Gerrit", "Saskia", "Youssef", "Malika",
            "Thijs"};
    private static final String[] LAST_NAMES = {"de Vries", "Jansen", "El Amrani", "Yılmaz", "Bakker", "Visser",
            "Kaya", "Öztürk", "Smit", "Meijer", "de Boer", "Mulder", "Bouzid", "Ramdin", "Kowalski", "Nowak",
            "van Dijk", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Sahin",
            "Demir", "Ait Taleb", "Koç", "Doğan", "Martina", "Rosario", "Soekhai", "van der Linden", "Kok",
            "Jacobs", "de Haan", "Verbeek", "Boogaard", "Mahabier", "Asante", "Kuipers", "Postma", "Wijnberg",
            "Benali", "Haddou", "Pinas", "Vermeulen", "van den Berg", "Lambrechts", "Ouali"};
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
    private static final String[] SECTORS = {"AGRICULTURE", "CONSTRUCTION", "MANUFACTURING", "ENGINEERING",
            "LOGISTICS", "RETAIL", "WHOLESALE", "HOSPITALITY", "HEALTHCARE", "CLEANING", "GREEN_SPACES",
            "BUSINESS_SERVICES", "ICT", "EDUCATION", "GOVERNMENT", "OTHER"};
    /** Sectors people in these programmes ask for most often first; weighted towards the front. */
    private static final String[] POPULAR_SECTORS = {"LOGISTICS", "RETAIL", "CLEANING", "HOSPITALITY",
            "GREEN_SPACES", "MANUFACTURING", "CONSTRUCTION", "HEALTHCARE", "ENGINEERING", "WHOLESALE"};
    private static final String[] TARGET_GROUPS = {"BANENAFSPRAAK", "PRAKTIJKROUTE", "BBL", "ONDERNEMER"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY", "UNDISCLOSED"};
    private static final String[] DUTCH_LEVELS = {"A1", "A2", "B1", "B2", "C1", "C2"};
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
    private final long seed;

    /**
     * @param taxonomy codes of the active talents per category ({@code WORK_ATTITUDE}, {@code VOCATIONAL_SKILL},
     *                 {@code CERTIFICATE}, {@code LANGUAGE})
     */
    ProfileGenerator(Map<String, List<String>> taxonomy, long seed) {
        this.seed = seed;
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
            throw new BenchException("the talent taxonomy is too small to generate profiles: " + taxonomy.keySet());
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

    /** One bulk item: {@code municipality} (not sent), {@code clientNumber} and {@code profile}. */
    record Item(String municipality, String clientNumber, Map<String, Object> profile) {
    }

    Item profile(long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String municipality = MUNICIPALITIES.get(weighted(r, MUNICIPALITY_SHARE));
        Map<String, Object> p = new LinkedHashMap<>();
        String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
        p.put("firstName", first);
        p.put("lastName", last);
        if (r.nextDouble() < 0.7) {
            p.put("email", ascii(first) + "." + ascii(last) + "." + index + "@example.nl");
        }
        if (r.nextDouble() < 0.6) {
            p.put("phone", String.format(Locale.ROOT, "06-%08d", r.nextInt(100_000_000)));
        }
        if (r.nextDouble() < 0.9) {
            p.put("gender", GENDERS[weighted(r, new double[] {48, 48, 1, 3})]);
        }
        if (r.nextDouble() < 0.9) {
            p.put("birthDate", BIRTH_BASE.plusDays(r.nextInt(16_000)).toString()); // born 1962..2005
        }
        List<Area> areas = AREAS.stream().filter(a -> a.municipality().equals(municipality)).toList();
        Area area = areas.get(r.nextInt(areas.size()));
        p.put("postcode", (area.fromPc4() + r.nextInt(area.toPc4() - area.fromPc4() + 1)) + letters(r));
        if (r.nextDouble() < 0.85) {
            p.put("latitude", round5(area.lat() + (r.nextDouble() - 0.5) * 0.024));
            p.put("longitude", round5(area.lon() + (r.nextDouble() - 0.5) * 0.04));
        }
        p.put("targetGroups", pickDistinct(r, TARGET_GROUPS, weighted(r, new double[] {45, 40, 13, 2})));

        List<Map<String, Object>> talents = talents(r);
        p.put("talents", talents);
        if (r.nextDouble() < 0.7) {
            p.put("interests", INTERESTS[r.nextInt(INTERESTS.length)]);
        }
        if (r.nextDouble() < 0.6) {
            p.put("motivation", MOTIVATIONS[r.nextInt(MOTIVATIONS.length)]);
        }
        int sectorCount = weighted(r, new double[] {25, 35, 25, 15});
        Set<String> sectors = new LinkedHashSet<>();
        while (sectors.size() < sectorCount) {
            sectors.add(r.nextDouble() < 0.8 ? POPULAR_SECTORS[skewed(r, POPULAR_SECTORS.length, 2)]
                    : SECTORS[r.nextInt(SECTORS.length)]);
        }
        p.put("preferredSectors", new ArrayList<>(sectors));
        p.put("preferredOccupations", pickDistinct(r, OCCUPATIONS, weighted(r, new double[] {30, 40, 20, 10})));
        int min = HOURS_MIN[r.nextInt(HOURS_MIN.length)];
        p.put("hoursPerWeekMin", min);
        p.put("hoursPerWeekMax", Math.min(40, min + 4 * r.nextInt(5)));
        if (r.nextDouble() < 0.65) {
            p.put("availableFrom", AVAILABILITY_BASE.plusDays(r.nextInt(150)).toString());
        }
        p.put("maxTravelDistanceKm", TRAVEL_KM[r.nextInt(TRAVEL_KM.length)]);
        p.put("drivingLicence", talents.stream().anyMatch(t -> DRIVING_LICENCES.contains((String) t.get("code"))));
        if (r.nextDouble() < 0.9) {
            p.put("dutchLevel", DUTCH_LEVELS[weighted(r, DUTCH_LEVEL_WEIGHTS)]);
        }
        p.put("consent", r.nextDouble() < 0.85);
        double s = r.nextDouble();
        p.put("status", s < 0.80 ? "ACTIVE" : s < 0.90 ? "PAUSED" : s < 0.95 ? "PLACED" : "WITHDRAWN");
        if (r.nextDouble() < 0.25) {
            p.put("jobcoach", "jobcoach");
        }
        return new Item(municipality, clientNumber(index), p);
    }

    /**
     * 4..12 talents: work attitudes are what almost everyone lists, vocational skills and certificates
     * spread over the taxonomy with a long tail, Dutch plus sometimes another language.
     */
    private List<Map<String, Object>> talents(SplittableRandom r) {
        Map<String, Integer> chosen = new LinkedHashMap<>();
        int attitudeCount = 2 + r.nextInt(4);
        int skillCount = 1 + r.nextInt(4);
        int certificateCount = r.nextInt(4);
        while (countIn(chosen, attitudes) < attitudeCount) {
            chosen.putIfAbsent(attitudes.get(skewed(r, attitudes.size(), 3)), 2 + r.nextInt(4));
        }
        while (countIn(chosen, skills) < skillCount) {
            chosen.putIfAbsent(skills.get(skewed(r, skills.size(), 2)), level(r));
        }
        if (carLicence != null && r.nextDouble() < 0.3) {
            chosen.put(carLicence, 3 + r.nextInt(3));
        }
        if (!certificates.isEmpty()) {
            while (countIn(chosen, certificates) < certificateCount) {
                chosen.putIfAbsent(certificates.get(skewed(r, certificates.size(), 2)), 2 + r.nextInt(4));
            }
        }
        if (!languages.isEmpty() && r.nextDouble() < 0.75) {
            chosen.putIfAbsent(languages.get(0), level(r)); // nederlands
        }
        if (languages.size() > 1 && r.nextDouble() < 0.45) {
            chosen.putIfAbsent(languages.get(1 + skewed(r, languages.size() - 1, 2)), 3 + r.nextInt(3));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        chosen.forEach((code, level) -> list.add(Map.of("code", code, "level", level)));
        for (int i = list.size() - 1; i > 0; i--) { // drop at random, not always the languages, when over 12
            Collections.swap(list, i, r.nextInt(i + 1));
        }
        if (list.size() > 12) {
            list.subList(12, list.size()).clear();
        }
        while (list.size() < 4) { // never fewer than four: top up with further attitudes
            String code = attitudes.get(r.nextInt(attitudes.size()));
            if (list.stream().noneMatch(t -> t.get("code").equals(code))) {
                list.add(Map.of("code", code, "level", 3));
            }
        }
        return list;
    }

    private static long countIn(Map<String, Integer> chosen, List<String> category) {
        return chosen.keySet().stream().filter(category::contains).count();
    }

    /** Levels 1..5, mostly 2..4. */
    private static int level(SplittableRandom r) {
        return 1 + weighted(r, new double[] {10, 25, 35, 20, 10});
    }

    /**
     * An index in [0, n) where small indexes are likelier: a popularity curve with a long tail, steeper
     * with a higher power (the first of 40 work attitudes is drawn 29% of the time with power 3; the
     * first of 94 vocational skills 10% with power 2).
     */
    static int skewed(SplittableRandom r, int n, int power) {
        return Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), power)));
    }

    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static List<String> pickDistinct(SplittableRandom r, String[] values, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, values.length)) {
            picked.add(values[r.nextInt(values.length)]);
        }
        return new ArrayList<>(picked);
    }

    /** Two letters, never SA, SD or SS (not issued in Dutch postcodes). */
    private static String letters(SplittableRandom r) {
        while (true) {
            String l = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
            if (!l.equals("SA") && !l.equals("SD") && !l.equals("SS")) {
                return l;
            }
        }
    }

    private static double round5(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                .toLowerCase(Locale.ROOT);
    }
}
