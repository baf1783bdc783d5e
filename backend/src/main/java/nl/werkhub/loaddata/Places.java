package nl.werkhub.loaddata;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where generated people and employers live: the municipalities of migrations V1 and V9 with a
 * postcode range of their own (the 4-digit areas of the main town, from the PostNL ranges), the
 * approximate centre of those areas and a weight. The weight is the municipality's approximate
 * number of people on social assistance (bijstand) in thousands, rounded from the order of
 * magnitude CBS publishes; it is a share for synthetic data, not a statistic to quote.
 */
final class Places {

    private Places() {
    }

    /** A municipality's postcode area: the 4-digit range and the approximate centre of it. */
    record Place(String code, int fromPc4, int toPc4, double lat, double lon, double weight, double spreadKm) {
    }

    static final List<Place> ALL = List.of(
            // labour-market region Rijnmond (V1)
            new Place("rotterdam", 3011, 3089, 51.9225, 4.4792, 37.0, 6),
            new Place("albrandswaard", 3161, 3162, 51.8560, 4.4020, 0.3, 2),
            new Place("barendrecht", 2991, 2994, 51.8560, 4.5340, 0.5, 2),
            new Place("capelle", 2901, 2909, 51.9300, 4.5800, 2.5, 2),
            new Place("goeree-overflakkee", 3241, 3258, 51.7500, 4.1700, 0.4, 8),
            new Place("hoeksche-waard", 3261, 3299, 51.7700, 4.4500, 0.9, 8),
            new Place("krimpen", 2921, 2926, 51.9170, 4.5990, 0.4, 1.5),
            new Place("lansingerland", 2651, 2666, 51.9900, 4.4900, 0.5, 3),
            new Place("maassluis", 3141, 3147, 51.9230, 4.2500, 0.9, 1.5),
            new Place("nissewaard", 3201, 3214, 51.8450, 4.3250, 2.0, 3),
            new Place("ridderkerk", 2981, 2988, 51.8710, 4.6000, 0.9, 2),
            new Place("schiedam", 3111, 3125, 51.9190, 4.3990, 3.0, 2),
            new Place("vlaardingen", 3131, 3138, 51.9120, 4.3410, 2.5, 2),
            new Place("voorne-aan-zee", 3221, 3235, 51.8600, 4.1600, 0.6, 6),
            // national (V9)
            new Place("amsterdam", 1011, 1109, 52.3676, 4.9041, 43.0, 7),
            new Place("den-haag", 2491, 2599, 52.0705, 4.3007, 26.0, 5),
            new Place("utrecht", 3511, 3585, 52.0907, 5.1214, 11.0, 4),
            new Place("groningen", 9711, 9747, 53.2194, 6.5665, 9.5, 4),
            new Place("eindhoven", 5611, 5658, 51.4416, 5.4697, 7.5, 4),
            new Place("almere", 1311, 1364, 52.3508, 5.2647, 7.0, 5),
            new Place("nijmegen", 6511, 6546, 51.8426, 5.8528, 7.0, 4),
            new Place("tilburg", 5011, 5049, 51.5555, 5.0913, 6.5, 4),
            new Place("arnhem", 6811, 6846, 51.9851, 5.8987, 6.5, 4),
            new Place("enschede", 7511, 7548, 52.2215, 6.8937, 6.0, 4),
            new Place("breda", 4811, 4839, 51.5719, 4.7683, 4.5, 4),
            new Place("leeuwarden", 8911, 8939, 53.2012, 5.7999, 4.5, 3),
            new Place("heerlen", 6411, 6422, 50.8882, 5.9795, 4.5, 3),
            new Place("apeldoorn", 7311, 7336, 52.2112, 5.9699, 4.0, 4),
            new Place("haarlem", 2011, 2037, 52.3874, 4.6462, 4.0, 3),
            new Place("zaanstad", 1501, 1509, 52.4420, 4.8292, 4.0, 3),
            new Place("maastricht", 6211, 6229, 50.8514, 5.6910, 4.0, 3),
            new Place("dordrecht", 3311, 3329, 51.8133, 4.6901, 4.0, 3),
            new Place("amersfoort", 3811, 3829, 52.1561, 5.3878, 3.5, 3),
            new Place("den-bosch", 5211, 5237, 51.6978, 5.3037, 3.5, 3),
            new Place("zwolle", 8011, 8046, 52.5168, 6.0830, 3.0, 3),
            new Place("leiden", 2311, 2334, 52.1601, 4.4970, 3.0, 2.5),
            new Place("zoetermeer", 2711, 2729, 52.0575, 4.4931, 3.0, 2.5),
            new Place("emmen", 7811, 7833, 52.7792, 6.9069, 3.0, 5),
            new Place("venlo", 5911, 5928, 51.3704, 6.1724, 3.0, 3),
            new Place("helmond", 5701, 5709, 51.4793, 5.6570, 3.0, 2.5),
            new Place("haarlemmermeer", 2131, 2136, 52.3030, 4.6900, 2.5, 4),
            new Place("alkmaar", 1811, 1827, 52.6324, 4.7534, 2.5, 3),
            new Place("delft", 2611, 2629, 52.0116, 4.3571, 2.5, 2),
            new Place("deventer", 7411, 7427, 52.2550, 6.1639, 2.5, 3),
            new Place("gouda", 2801, 2809, 52.0115, 4.7104, 2.0, 2),
            new Place("hilversum", 1211, 1223, 52.2292, 5.1669, 2.0, 2.5),
            new Place("ede", 6711, 6718, 52.0402, 5.6649, 2.0, 3),
            new Place("alphen-aan-den-rijn", 2401, 2408, 52.1292, 4.6556, 1.8, 2.5),
            new Place("roermond", 6041, 6046, 51.1942, 5.9870, 1.8, 2),
            new Place("assen", 9401, 9409, 52.9925, 6.5649, 1.8, 2.5),
            new Place("amstelveen", 1181, 1189, 52.3030, 4.8630, 1.5, 2.5),
            new Place("vlissingen", 4381, 4389, 51.4425, 3.5736, 1.5, 2),
            new Place("westland", 2671, 2675, 51.9930, 4.2090, 1.2, 4),
            new Place("middelburg", 4331, 4338, 51.4988, 3.6136, 1.2, 2),
            new Place("doetinchem", 7001, 7009, 51.9650, 6.2890, 1.2, 2.5),
            new Place("tiel", 4001, 4007, 51.8860, 5.4290, 1.1, 2),
            new Place("gorinchem", 4201, 4207, 51.8300, 4.9740, 0.9, 1.5));

    private static final double[] WEIGHTS = ALL.stream().mapToDouble(Place::weight).toArray();

    static Place pick(SplittableRandom r) {
        return ALL.get(Draw.weighted(r, WEIGHTS));
    }

    static Place byCode(String code) {
        return ALL.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place " + code));
    }

    /** A postcode of the place, e.g. {@code 3072 AP}: two letters, never SA, SD or SS (not issued). */
    static String postcode(SplittableRandom r, Place place) {
        int pc4 = place.fromPc4() + r.nextInt(place.toPc4() - place.fromPc4() + 1);
        while (true) {
            char a = (char) ('A' + r.nextInt(26));
            char b = (char) ('A' + r.nextInt(26));
            if (!(a == 'S' && (b == 'A' || b == 'D' || b == 'S'))) {
                return pc4 + " " + a + b;
            }
        }
    }

    /** A point within the place's spread around its centre, rounded to 5 decimals (about a metre). */
    static double[] near(SplittableRandom r, double lat, double lon, double spreadKm) {
        double dLat = (r.nextDouble() - 0.5) * 2 * spreadKm / 111.0;
        double dLon = (r.nextDouble() - 0.5) * 2 * spreadKm / (111.0 * Math.cos(Math.toRadians(lat)));
        return new double[] {round5(lat + dLat), round5(lon + dLon)};
    }

    static double round5(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }
}
