package nl.werkhub.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The SQL function werkhub_match_score (V4) with literal arguments, through the real database: one
 * factor and one edge per case, starting from a pair that scores 100. Expected numbers are worked
 * out by hand from the table in docs/api.md, not copied from the function.
 */
@QuarkusTest
class MatchScoreFunctionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Inject
    EntityManager em;

    /** Both sides of a pair, as the function's arguments; starts as a perfect match. */
    static final class Pair {
        String[] vCodes = { "heftruckcertificaat", "nauwkeurig" };
        Short[] vMinLevels = { 3, 1 };
        Boolean[] vMust = { true, false };
        int vHoursMin = 24;
        int vHoursMax = 32;
        LocalDate vStart = LocalDate.of(2026, 12, 1);
        Double vLat = 51.9;
        Double vLon = 4.5;
        String vMunicipality = "rotterdam";
        String vSector = "LOGISTICS";
        String vTitle = "Magazijnmedewerker";
        boolean vLicence = false;
        String vDutch = null;
        String[] cCodes = { "heftruckcertificaat", "nauwkeurig" };
        Short[] cLevels = { 4, 4 };
        int cHoursMin = 24;
        int cHoursMax = 32;
        LocalDate cAvailable = null;
        Double cLat = 51.9;
        Double cLon = 4.5;
        String cMunicipality = "rotterdam";
        int cMaxKm = 15;
        String[] cSectors = { "LOGISTICS" };
        String[] cOccupations = { "Magazijnmedewerker" };
        boolean cLicence = false;
        String cDutch = "B1";
        LocalDate today = TODAY;
    }

    record Case(String name, Consumer<Pair> change, Consumer<Map<String, Object>> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("a perfect pair scores 100", p -> {
                }, r -> {
                    score(r, 100);
                    points(r, "talents_points", 50);
                    points(r, "hours_points", 15);
                    points(r, "availability_points", 10);
                    points(r, "distance_points", 15);
                    points(r, "preferences_points", 5);
                    assertEquals(false, r.get("requirements_applicable"));
                    assertEquals(0, r.get("requirements_max"));
                    assertEquals("GREAT_CIRCLE", r.get("distance_method"));
                    assertEquals(0, r.get("distance_km"));
                    assertEquals(8, r.get("overlap_hours"));
                    assertEquals(0, r.get("shortfall_hours"));
                    assertEquals(LocalDate.of(2026, 12, 1), r.get("reference_date"));
                }),
                c("no talents on the vacancy: the factor is left out of the denominator", p -> {
                    p.vCodes = new String[0];
                    p.vMinLevels = new Short[0];
                    p.vMust = new Boolean[0];
                    p.cCodes = new String[0];
                    p.cLevels = new Short[0];
                }, r -> {
                    score(r, 100);
                    assertEquals(false, r.get("talents_applicable"));
                    assertEquals(0, r.get("talents_max"));
                    points(r, "talents_points", 0);
                    levels(r);
                }),
                c("every must-have missing: only the nice-to-have counts", p -> {
                    p.vCodes = new String[] { "heftruckcertificaat", "vca-basis", "nauwkeurig" };
                    p.vMinLevels = new Short[] { 3, 1, 1 };
                    p.vMust = new Boolean[] { true, true, false };
                    p.cCodes = new String[] { "nauwkeurig" };
                    p.cLevels = new Short[] { 4 };
                }, r -> {
                    // 50 * 1 / (3 + 3 + 1) = 7.142..; (7.142.. + 45) / 95 = 54.9%
                    points(r, "talents_points", 50.0 / 7);
                    score(r, 55);
                    levels(r, null, null, 4);
                }),
                c("a must-have below its level counts half", p -> {
                    p.cLevels = new Short[] { 2, 4 };
                }, r -> {
                    // 50 * (3 * 0.5 + 1) / 4 = 31.25; (31.25 + 45) / 95 = 80.26%
                    points(r, "talents_points", 31.25);
                    score(r, 80);
                    levels(r, 2, 4);
                }),
                c("a candidate without any of the talents", p -> {
                    p.cCodes = new String[] { "bhv" };
                    p.cLevels = new Short[] { 5 };
                }, r -> {
                    points(r, "talents_points", 0);
                    score(r, 47);
                    levels(r, null, null);
                }),
                c("hours: ranges that only touch count as overlap", p -> {
                    p.cHoursMin = 8;
                    p.cHoursMax = 24;
                }, r -> {
                    points(r, "hours_points", 15);
                    assertEquals(0, r.get("overlap_hours"));
                    assertEquals(0, r.get("shortfall_hours"));
                }),
                c("hours: 2 hours short is 2/8 off", p -> {
                    p.vHoursMin = 32;
                    p.vHoursMax = 40;
                    p.cHoursMin = 16;
                    p.cHoursMax = 30;
                }, r -> {
                    points(r, "hours_points", 11.25);
                    assertEquals(2, r.get("shortfall_hours"));
                    // (50 + 11.25 + 10 + 15 + 5) / 95 = 96.05%
                    score(r, 96);
                }),
                c("hours: 8 or more hours short gives nothing", p -> {
                    p.cHoursMin = 40;
                    p.cHoursMax = 40;
                }, r -> {
                    points(r, "hours_points", 0);
                    assertEquals(8, r.get("shortfall_hours"));
                }),
                c("availability: 45 days after the start date is half", p -> {
                    p.cAvailable = LocalDate.of(2027, 1, 15);
                }, r -> {
                    assertEquals(45, r.get("days_late"));
                    points(r, "availability_points", 5);
                }),
                c("availability: 90 days or more late gives nothing", p -> {
                    p.cAvailable = LocalDate.of(2027, 6, 1);
                }, r -> points(r, "availability_points", 0)),
                c("availability: a start date in the past counts from today", p -> {
                    p.vStart = LocalDate.of(2026, 10, 1);
                    p.cAvailable = LocalDate.of(2026, 12, 7);
                }, r -> {
                    assertEquals(TODAY, r.get("reference_date"));
                    assertEquals(10, r.get("days_late"));
                }),
                c("availability: no start date counts from today", p -> {
                    p.vStart = null;
                    p.cAvailable = TODAY;
                }, r -> {
                    assertEquals(TODAY, r.get("reference_date"));
                    assertEquals(0, r.get("days_late"));
                    points(r, "availability_points", 10);
                }),
                c("distance: 0.1 degree of latitude is 11.1 km, against a maximum of 20", p -> {
                    p.cLat = 52.0;
                    p.cMaxKm = 20;
                }, r -> {
                    // 6371.0088 * 0.1 * pi / 180 = 11.1195 km; 15 * (1 - 0.5 * 11.1195 / 20) = 10.830
                    assertEquals(11, r.get("distance_km"));
                    points(r, "distance_points", 10.830);
                }),
                c("distance: beyond the candidate's maximum gives nothing", p -> {
                    p.cLat = 52.2;
                    p.cMaxKm = 15;
                }, r -> {
                    assertEquals(33, r.get("distance_km"));
                    points(r, "distance_points", 0);
                    // (50 + 15 + 10 + 0 + 5) / 95 = 84.2%
                    score(r, 84);
                }),
                c("distance: no coordinates, same municipality is the proxy 12", p -> {
                    p.cLat = null;
                    p.cLon = null;
                }, r -> {
                    assertEquals("SAME_MUNICIPALITY", r.get("distance_method"));
                    assertEquals(null, r.get("distance_km"));
                    points(r, "distance_points", 12);
                }),
                c("distance: no coordinates on the vacancy, another municipality is 3", p -> {
                    p.vLat = null;
                    p.vLon = null;
                    p.cMunicipality = "capelle";
                }, r -> {
                    assertEquals("OTHER_MUNICIPALITY", r.get("distance_method"));
                    points(r, "distance_points", 3);
                }),
                c("preferences: none stated is half of each", p -> {
                    p.cSectors = new String[0];
                    p.cOccupations = new String[0];
                }, r -> {
                    points(r, "preferences_points", 2.5);
                    assertEquals(false, r.get("sector_preferred"));
                    assertEquals(false, r.get("occupation_preferred"));
                }),
                c("preferences: other sector and occupation give nothing", p -> {
                    p.cSectors = new String[] { "RETAIL" };
                    p.cOccupations = new String[] { "Kok" };
                }, r -> points(r, "preferences_points", 0)),
                c("preferences: occupation and title contain one another, ignoring case and accents", p -> {
                    p.vTitle = "Medewerker Café (ochtend)";
                    p.cOccupations = new String[] { "kok", "CAFE" };
                }, r -> {
                    assertEquals(true, r.get("occupation_preferred"));
                    points(r, "preferences_points", 5);
                }),
                c("preferences: a title inside the occupation matches too", p -> {
                    p.vTitle = "Kok";
                    p.cOccupations = new String[] { "Zelfstandig werkend kok" };
                }, r -> assertEquals(true, r.get("occupation_preferred"))),
                c("requirements: Dutch one step below counts half", p -> {
                    p.vDutch = "B1";
                    p.cDutch = "A2";
                }, r -> {
                    assertEquals(true, r.get("requirements_applicable"));
                    assertEquals(10, r.get("requirements_max"));
                    points(r, "requirements_points", 5);
                    // (95 + 5) / 105 = 95.2%
                    score(r, 95);
                }),
                c("requirements: Dutch two steps below or unknown gives nothing", p -> {
                    p.vDutch = "B2";
                    p.cDutch = "A2";
                }, r -> points(r, "requirements_points", 0)),
                c("requirements: unknown Dutch level gives nothing", p -> {
                    p.vDutch = "A1";
                    p.cDutch = null;
                }, r -> points(r, "requirements_points", 0)),
                c("requirements: licence and Dutch share the 10 points", p -> {
                    p.vLicence = true;
                    p.cLicence = true;
                    p.vDutch = "B1";
                    p.cDutch = "A2";
                }, r -> points(r, "requirements_points", 7.5)),
                c("requirements: no licence when one is required", p -> {
                    p.vLicence = true;
                    p.cLicence = false;
                }, r -> points(r, "requirements_points", 0)),
                c("the score rounds half up: 92.5 is 93", p -> {
                    // no talents; 1 hour short (13.125); sector not stated (1.5 + 2):
                    // (13.125 + 10 + 15 + 3.5) / 45 = 92.5% exactly
                    p.vCodes = new String[0];
                    p.vMinLevels = new Short[0];
                    p.vMust = new Boolean[0];
                    p.vHoursMin = 25;
                    p.cSectors = new String[0];
                    p.cHoursMax = 24;
                }, r -> score(r, 93)));
    }

    private static Arguments c(String name, Consumer<Pair> change, Consumer<Map<String, Object>> expect) {
        return Arguments.of(new Case(name, change, expect));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void factor(Case c) {
        Pair pair = new Pair();
        c.change().accept(pair);
        c.expect().accept(score(pair));
    }

    /** Same arguments, same row: nothing in the function depends on anything but its arguments. */
    @Test
    void isDeterministic() {
        Pair pair = new Pair();
        pair.cLat = 52.03;
        pair.cAvailable = LocalDate.of(2027, 1, 3);
        assertEquals(score(pair), score(pair));
    }

    /** PostgreSQL inlines the function into the calling query: no function call per candidate row. */
    @Test
    void isInlinedIntoTheCallingQuery() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> lines = em.createNativeQuery("""
                    explain (verbose, costs off)
                    select s.score from candidate c
                    cross join lateral werkhub_match_score(array['a'], array[1]::smallint[], array[true], 24, 32, null, null, null,
                        'rotterdam', 'RETAIL', 'kok', false, null, c.talent_codes, c.talent_levels, c.hours_per_week_min,
                        c.hours_per_week_max, c.available_from, c.latitude, c.longitude, c.municipality_code,
                        c.max_travel_distance_km, c.preferred_sectors, c.preferred_occupations, c.driving_licence,
                        c.dutch_level, date '2026-11-27') s""").getResultList();
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        });
        assertFalse(plan.contains("werkhub_match_score"), plan);
        assertTrue(plan.contains("array_position"), plan);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static void score(Map<String, Object> row, int expected) {
        assertEquals(expected, row.get("score"), () -> "score of " + row);
    }

    private static void points(Map<String, Object> row, String column, double expected) {
        assertEquals(expected, ((Number) row.get(column)).doubleValue(), 0.001, () -> column + " of " + row);
    }

    private static void levels(Map<String, Object> row, Integer... expected) {
        Object[] actual = ((List<?>) row.get("talent_levels")).toArray();
        Integer[] ints = new Integer[actual.length];
        for (int i = 0; i < actual.length; i++) {
            ints[i] = actual[i] == null ? null : ((Number) actual[i]).intValue();
        }
        assertArrayEquals(expected, ints, () -> "talent_levels of " + row);
    }

    private Map<String, Object> score(Pair p) {
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select * from werkhub_match_score("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, fold_for_search(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setArray(i++, connection.createArrayOf("text", p.vCodes));
                ps.setArray(i++, connection.createArrayOf("int2", p.vMinLevels));
                ps.setArray(i++, connection.createArrayOf("bool", p.vMust));
                ps.setInt(i++, p.vHoursMin);
                ps.setInt(i++, p.vHoursMax);
                ps.setObject(i++, p.vStart, java.sql.Types.DATE);
                ps.setObject(i++, p.vLat, java.sql.Types.DOUBLE);
                ps.setObject(i++, p.vLon, java.sql.Types.DOUBLE);
                ps.setString(i++, p.vMunicipality);
                ps.setString(i++, p.vSector);
                ps.setString(i++, p.vTitle);
                ps.setBoolean(i++, p.vLicence);
                ps.setString(i++, p.vDutch);
                ps.setArray(i++, connection.createArrayOf("text", p.cCodes));
                ps.setArray(i++, connection.createArrayOf("int2", p.cLevels));
                ps.setInt(i++, p.cHoursMin);
                ps.setInt(i++, p.cHoursMax);
                ps.setObject(i++, p.cAvailable, java.sql.Types.DATE);
                ps.setObject(i++, p.cLat, java.sql.Types.DOUBLE);
                ps.setObject(i++, p.cLon, java.sql.Types.DOUBLE);
                ps.setString(i++, p.cMunicipality);
                ps.setInt(i++, p.cMaxKm);
                ps.setArray(i++, connection.createArrayOf("text", p.cSectors));
                ps.setArray(i++, connection.createArrayOf("text", p.cOccupations));
                ps.setBoolean(i++, p.cLicence);
                ps.setString(i++, p.cDutch);
                ps.setObject(i++, p.today, java.sql.Types.DATE);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    Map<String, Object> row = row(rs);
                    assertFalse(rs.next(), "one row");
                    return row;
                }
            }
        }));
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        Map<String, Object> row = new HashMap<>();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            if (value instanceof Array array) {
                value = Arrays.asList((Object[]) array.getArray());
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate();
            }
            row.put(meta.getColumnName(i), value);
        }
        return row;
    }

}
