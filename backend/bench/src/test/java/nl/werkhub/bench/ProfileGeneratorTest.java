package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The generator against the intake's rules (docs/api.md, CandidateProfileRequest) on many profiles,
 * with the taxonomy of the real migration: the intake would refuse what fails here, and the
 * benchmark treats a refused profile as an error.
 */
class ProfileGeneratorTest {

    static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3}[A-Z]{2}$");
    static final Pattern PHONE = Pattern.compile("^0[1-9][0-9]{8}$");

    static Map<String, List<String>> taxonomy() throws Exception {
        String sql = Files.readString(Path.of("../src/main/resources/db/migration/V2__talent_taxonomy.sql"));
        Matcher m = Pattern.compile("\\('([a-z0-9-]+)', '(?:[^']|'')*', '(?:[^']|'')*', '([A-Z_]+)'").matcher(sql);
        Map<String, List<String>> byCategory = new TreeMap<>();
        while (m.find()) {
            byCategory.computeIfAbsent(m.group(2), c -> new ArrayList<>()).add(m.group(1));
        }
        return byCategory;
    }

    @Test
    void profilesPassTheIntakeRules() throws Exception {
        Map<String, List<String>> taxonomy = taxonomy();
        assertTrue(taxonomy.get("VOCATIONAL_SKILL").size() > 50, "taxonomy parsed: " + taxonomy.keySet());
        var known = new HashSet<String>();
        taxonomy.values().forEach(known::addAll);
        ProfileGenerator g = new ProfileGenerator(taxonomy, 20261127L);
        int active = 0;
        int consent = 0;
        int withCoordinates = 0;
        int n = 5_000;
        LocalDate today = LocalDate.now();
        for (long i = 0; i < n; i++) {
            var item = g.profile(i);
            Map<String, Object> p = item.profile();
            assertTrue(ProfileGenerator.MUNICIPALITIES.contains(item.municipality()));
            assertTrue(item.clientNumber().matches("^[A-Za-z0-9-]{1,40}$"));
            String postcode = (String) p.get("postcode");
            assertTrue(POSTCODE.matcher(postcode).matches(), postcode);
            assertTrue(!postcode.endsWith("SA") && !postcode.endsWith("SD") && !postcode.endsWith("SS"), postcode);
            assertEquals(p.containsKey("latitude"), p.containsKey("longitude"));
            if (p.containsKey("latitude")) {
                withCoordinates++;
                double lat = (Double) p.get("latitude");
                double lon = (Double) p.get("longitude");
                assertTrue(lat >= 50.5 && lat <= 53.7 && lon >= 3.2 && lon <= 7.3, lat + "," + lon);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> talents = (List<Map<String, Object>>) p.get("talents");
            assertTrue(talents.size() >= 4 && talents.size() <= 12, "talents: " + talents.size());
            var codes = new HashSet<String>();
            for (Map<String, Object> t : talents) {
                assertTrue(codes.add((String) t.get("code")), "duplicate talent in " + talents);
                assertTrue(known.contains(t.get("code")), "unknown code " + t.get("code"));
                int level = (Integer) t.get("level");
                assertTrue(level >= 1 && level <= 5);
            }
            int min = (Integer) p.get("hoursPerWeekMin");
            int max = (Integer) p.get("hoursPerWeekMax");
            assertTrue(min >= 1 && min <= max && max <= 60, min + ".." + max);
            int km = (Integer) p.get("maxTravelDistanceKm");
            assertTrue(km >= 1 && km <= 250);
            if (p.containsKey("phone")) {
                assertTrue(PHONE.matcher(((String) p.get("phone")).replace("-", "")).matches(), (String) p.get("phone"));
            }
            if (p.containsKey("birthDate")) {
                int age = Period.between(LocalDate.parse((String) p.get("birthDate")), today).getYears();
                assertTrue(age >= 15 && age <= 75, "age " + age);
            }
            assertEquals(new HashSet<>((List<?>) p.get("preferredSectors")).size(), ((List<?>) p.get("preferredSectors")).size());
            assertEquals(new HashSet<>((List<?>) p.get("targetGroups")).size(), ((List<?>) p.get("targetGroups")).size());
            assertTrue(((List<?>) p.get("preferredOccupations")).size() <= 10);
            for (String text : List.of("firstName", "lastName", "interests", "motivation")) {
                Object v = p.get(text);
                assertTrue(v == null || !((String) v).matches(".*[0-9]{9}.*"), "no 9-digit number (BSN guard) in " + v);
            }
            if ("ACTIVE".equals(p.get("status"))) {
                active++;
            }
            if (Boolean.TRUE.equals(p.get("consent"))) {
                consent++;
            }
        }
        assertTrue(Math.abs(active / (double) n - 0.80) < 0.02, "about 80% ACTIVE: " + active);
        assertTrue(Math.abs(consent / (double) n - 0.85) < 0.02, "about 85% consent: " + consent);
        assertTrue(Math.abs(withCoordinates / (double) n - 0.85) < 0.02, "about 85% with coordinates: " + withCoordinates);
    }

    @Test
    void aProfileDependsOnlyOnSeedAndIndex() throws Exception {
        var taxonomy = taxonomy();
        var a = new ProfileGenerator(taxonomy, 1L);
        var b = new ProfileGenerator(taxonomy, 1L);
        assertEquals(a.profile(12_345).profile(), b.profile(12_345).profile());
        assertEquals(a.profile(7), a.profile(7));
        assertNotEquals(a.profile(7).profile(), a.profile(8).profile());
        assertNotEquals(a.profile(7).profile(), new ProfileGenerator(taxonomy, 2L).profile(7).profile());
        assertEquals("BENCH-00012345", a.profile(12_345).clientNumber());
    }
}
