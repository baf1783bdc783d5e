package nl.werkhub.loaddata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import nl.werkhub.common.Sector;
import nl.werkhub.employer.EmployerRequest;
import nl.werkhub.employer.SizeClass;

/**
 * MKB employers: the sector mix of small businesses that take part in such programmes (retail,
 * construction, business services and hospitality first), mostly micro and small, with a KvK number,
 * a postcode of their municipality and a contact person. Employer {@code i} depends only on the seed
 * and {@code i}.
 */
final class EmployerFactory {

    static final long STREAM = 1;

    /** Sector shares of the employers, roughly the MKB's: many shops, builders, offices and cafés. */
    static final Sector[] SECTORS = {Sector.RETAIL, Sector.CONSTRUCTION, Sector.BUSINESS_SERVICES, Sector.HOSPITALITY,
            Sector.HEALTHCARE, Sector.MANUFACTURING, Sector.WHOLESALE, Sector.LOGISTICS, Sector.ENGINEERING,
            Sector.AGRICULTURE, Sector.ICT, Sector.CLEANING, Sector.GREEN_SPACES, Sector.EDUCATION, Sector.OTHER,
            Sector.GOVERNMENT};
    private static final double[] SECTOR_WEIGHTS = {15, 13, 11, 11, 8, 7, 7, 7, 5, 4, 3, 3, 2.5, 1.5, 2.5, 0.5};
    private static final double[] SIZE_WEIGHTS = {62, 30, 8};

    /** Name patterns per sector; %s is a family name or a place, as small Dutch firms are named. */
    private static final String[][] NAMES = {
            {"Bakkerij %s", "Slagerij %s", "Drogisterij %s", "Bloemenhuis %s", "Fietsenwinkel %s", "Supermarkt %s", "Kaashandel %s"},
            {"Bouwbedrijf %s", "Aannemersbedrijf %s B.V.", "Timmerbedrijf %s", "Schildersbedrijf %s", "Dakdekkersbedrijf %s", "Stukadoorsbedrijf %s"},
            {"Administratiekantoor %s", "Klantcontact %s", "Adviesbureau %s", "Uitzendbureau %s", "Beveiliging %s B.V."},
            {"Restaurant %s", "Eetcafé %s", "Lunchroom %s", "Hotel %s", "Cafetaria %s", "Brasserie %s"},
            {"Thuiszorg %s", "Zorgboerderij %s", "Kinderopvang %s", "Zorggroep %s"},
            {"Metaalbewerking %s", "Meubelmakerij %s", "Drukkerij %s", "Voedingsmiddelen %s B.V.", "Kunststoffen %s"},
            {"Groothandel %s", "Technische Groothandel %s", "Bouwmaterialen %s", "Horecagroothandel %s"},
            {"Transportbedrijf %s", "Koeriersdienst %s", "Logistiek %s B.V.", "Verhuisbedrijf %s"},
            {"Installatiebedrijf %s", "Elektrotechniek %s", "Autobedrijf %s", "Garage %s", "Loodgietersbedrijf %s"},
            {"Kwekerij %s", "Tuinderij %s", "Melkveebedrijf %s", "Champignonkwekerij %s"},
            {"ICT-service %s", "Computerwinkel %s", "Webbureau %s"},
            {"Schoonmaakbedrijf %s", "Glazenwasserij %s", "Schoonmaakdiensten %s B.V."},
            {"Hoveniersbedrijf %s", "Groenvoorziening %s", "Boomverzorging %s"},
            {"Rijschool %s", "Taleninstituut %s", "Opleidingscentrum %s"},
            {"Kapsalon %s", "Stomerij %s", "Uitvaartverzorging %s", "Sportschool %s"},
            {"Stichting Werkbedrijf %s", "Milieustraat %s"}};
    private static final String[] CONTACT_FIRST = {"Marieke", "Peter", "Fatima", "Kees", "Sandra", "Yusuf", "Anouk",
            "Henk", "Ingrid", "Mehmet", "Esther", "Ronald", "Samira", "Willem", "Linda", "Hakan", "Petra", "Erik",
            "Nicole", "Gerard", "Monique", "Jeroen", "Latifa", "Arjan"};
    private static final String[] TRADE_WORDS = {"De Eendracht", "Het Anker", "De Hoek", "Zuid", "West", "Noord",
            "Centrum", "De Molen", "De Linde", "Vakwerk", "Samen", "Stad en Land"};

    /** A multiplier coprime to 9·10^7: i ↦ KvK is a bijection, so numbers are unique without looking sequential. */
    private static final long KVK_MULTIPLIER = 48_271_907L;
    private static final long KVK_SPAN = 90_000_000L;

    private final long seed;
    private final Instant now;

    EmployerFactory(long seed, Instant now) {
        this.seed = seed;
        this.now = now;
    }

    /** An employer: the request the API would get, where it is (for its vacancies) and when it came. */
    record GeneratedEmployer(long index, UUID id, EmployerRequest request, double lat, double lon,
            Places.Place place, Instant createdAt) {
    }

    GeneratedEmployer employer(long index) {
        SplittableRandom r = Draw.stream(seed, STREAM, index);
        Sector sector = SECTORS[Draw.weighted(r, SECTOR_WEIGHTS)];
        SizeClass size = SizeClass.values()[Draw.weighted(r, SIZE_WEIGHTS)];
        Places.Place place = Places.pick(r);
        String[] patterns = NAMES[indexOf(sector)];
        String family = Draw.one(r, ProfileFactory.LAST_NAMES);
        String label = r.nextDouble() < 0.75 ? capitalise(family) : Draw.one(r, TRADE_WORDS);
        String name = String.format(Locale.ROOT, Draw.one(r, patterns), label);
        String contact = Draw.one(r, CONTACT_FIRST) + " " + Draw.one(r, ProfileFactory.LAST_NAMES);
        String phone = r.nextDouble() < 0.55 ? String.format(Locale.ROOT, "06-%08d", 10_000_000 + r.nextInt(90_000_000))
                : String.format(Locale.ROOT, "088-%07d", r.nextInt(10_000_000));
        String email = r.nextDouble() < 0.85 ? "werk@" + domain(name) + ".example.nl" : null;
        String postcode = Places.postcode(r, place);
        double[] point = Places.near(r, place.lat(), place.lon(), place.spreadKm());
        // registered at the association some time in the last two years
        Instant createdAt = now.minusSeconds(3600L * (24 + r.nextInt(24 * 720)));
        return new GeneratedEmployer(index, Ids.uuid(seed, STREAM, index),
                new EmployerRequest(name, kvk(index), sector, size, contact, phone, email, postcode, place.code()),
                point[0], point[1], place, createdAt);
    }

    /** 8 digits, 10000000..99999999, unique per index, not in index order. */
    String kvk(long index) {
        long offset = Math.floorMod(seed * 7_919L, KVK_SPAN);
        return Long.toString(10_000_000L + Math.floorMod(index * KVK_MULTIPLIER + offset, KVK_SPAN));
    }

    private static int indexOf(Sector sector) {
        for (int i = 0; i < SECTORS.length; i++) {
            if (SECTORS[i] == sector) {
                return i;
            }
        }
        throw new IllegalStateException(sector.name());
    }

    /** "van der Linden" stays as it is inside a name, but leads with a capital: "Bakkerij Van der Linden". */
    private static String capitalise(String family) {
        return Character.toUpperCase(family.charAt(0)) + family.substring(1);
    }

    private static String domain(String name) {
        String d = ProfileFactory.ascii(name.replace(" B.V.", "").replace(' ', '-')).replace("-", "");
        return d.isEmpty() ? "bedrijf" : d.length() > 40 ? d.substring(0, 40) : d;
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(DataGenerator.ZONE).toLocalDate();
    }
}
