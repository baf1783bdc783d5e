package nl.werkhub.loaddata;

import static nl.werkhub.testsupport.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.werkhub.aftercare.DutchCalendar;
import nl.werkhub.aftercare.FollowUpSchedule;
import nl.werkhub.aftercare.ScheduledCall;
import nl.werkhub.testsupport.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The generator at a small size against the real schema: proportions, determinism, formats, the
 * aftercare schedule, caseloads, and that what it wrote is what the public API reads and accepts back.
 */
@QuarkusTest
class DataGeneratorTest {

    private static final long SEED = 4242L;
    private static final int SIZE = 400;

    @Inject
    DataGenerator generator;

    @Inject
    DataSource dataSource;

    @Test
    void generatesPlausibleDeterministicDataTheApiAccepts() throws SQLException {
        DataGenerator.Summary first = generator.generate(SIZE, SEED, line -> { });

        // proportions per 1,000 profiles (docs/data.md), with the spread of 400 draws
        assertEquals(16, first.employers());
        assertEquals(40, first.vacancies());
        assertEquals(SIZE, count("select count(*) from candidate where client_number like 'GEN-%'"));
        assertTrue(first.matches() >= 0.08 * SIZE && first.matches() <= 0.30 * SIZE, "matches " + first.matches());
        assertTrue(first.placements() >= 0.015 * SIZE && first.placements() <= 0.07 * SIZE, "placements " + first.placements());
        assertTrue(first.activePlacements() >= first.placements() / 2, "mostly active placements");
        assertTrue(first.calls() >= 3 * first.placements(), "calls " + first.calls());
        assertEquals(first.matches(), count("select count(*) from match where created_by = 'data-generator'"));
        assertEquals(first.placements(), count("select count(*) from placement where created_by = 'data-generator'"));
        assertTrue(count("select count(*) from follow_up_call f join placement p on p.id = f.placement_id "
                + "where p.created_by = 'data-generator' and f.status = 'DONE'") > 0);
        assertTrue(count("select count(*) from placement_arrangement a join placement p on p.id = a.placement_id "
                + "where p.created_by = 'data-generator' and a.kind = 'OV_TOPUP' and a.amount = 250.00") > 0);

        formats();
        schedules();
        caseloads();

        // a second run writes nothing; a larger one keeps the first items and adds to them
        Map<String, String> before = snapshot();
        DataGenerator.Summary again = generator.generate(SIZE, SEED, line -> { });
        assertEquals(0, again.profilesWritten());
        assertEquals(0, again.rowsWritten());
        assertEquals(first.matches(), again.matches());
        assertEquals(before, snapshot());
        DataGenerator.Summary larger = generator.generate(SIZE + 100, SEED, line -> { });
        assertEquals(100, larger.profilesWritten());
        Map<String, String> after = snapshot();
        before.forEach((key, value) -> assertEquals(value, after.get(key), key));
        assertTrue(after.size() > before.size());

        roundTripsThroughTheApi();
    }

    /** KvK numbers, postcodes (of the municipality's own range, never SA/SD/SS) and municipalities. */
    private void formats() throws SQLException {
        Set<String> kvks = new HashSet<>();
        for (String[] row : rows("select kvk_number, postcode, municipality_code from employer where created_by = 'data-generator'")) {
            assertTrue(row[0].matches("[0-9]{8}") && !row[0].startsWith("0"), row[0]);
            assertTrue(kvks.add(row[0]), "unique KvK " + row[0]);
            inRange(row[1], row[2]);
        }
        assertFalse(kvks.contains("10000000"), "KvK numbers do not follow the index");
        for (String[] row : rows("select postcode, municipality_code from candidate where client_number like 'GEN-%'")) {
            inRange(row[0], row[1]);
        }
        assertTrue(count("select count(distinct municipality_code) from candidate where client_number like 'GEN-%'") >= 15,
                "profiles spread over many municipalities");
        assertTrue(count("select count(*) from candidate where client_number like 'GEN-%' and municipality_code = 'amsterdam'")
                > count("select count(*) from candidate where client_number like 'GEN-%' and municipality_code = 'zwolle'"));
        assertEquals(0, count("select count(*) from vacancy where created_by = 'data-generator' "
                + "and (status = 'DRAFT') <> (opened_at is null) and status <> 'CLOSED'"));
    }

    private static void inRange(String postcode, String municipality) {
        assertTrue(postcode.matches("[1-9][0-9]{3} [A-Z]{2}") && !Set.of("SA", "SD", "SS").contains(postcode.substring(5)),
                postcode);
        Places.Place place = Places.byCode(municipality);
        int pc4 = Integer.parseInt(postcode.substring(0, 4));
        assertTrue(pc4 >= place.fromPc4() && pc4 <= place.toPc4(), postcode + " in " + municipality);
    }

    /** The first attempts are FollowUpSchedule.plan of the contract; a retry is due the next working day. */
    private void schedules() throws SQLException {
        LocalDate today = LocalDate.now(DataGenerator.ZONE);
        Map<String, String[]> placements = new HashMap<>();
        for (String[] p : rows("select id, start_date, end_date, status, ended_on from placement where created_by = 'data-generator'")) {
            placements.put(p[0], p);
        }
        Map<String, List<String>> firstAttempts = new HashMap<>();
        Map<String, String[]> calls = new HashMap<>();
        for (String[] c : rows("select id, placement_id, kind, attempt, retry_of, due_date, status from follow_up_call f "
                + "where placement_id in (select id from placement where created_by = 'data-generator') order by due_date, kind")) {
            calls.put(c[0], c);
            if (c[3].equals("1")) {
                firstAttempts.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c[2] + "@" + c[5]);
            }
        }
        for (String[] p : placements.values()) {
            List<String> expected = new ArrayList<>();
            for (ScheduledCall s : FollowUpSchedule.plan(LocalDate.parse(p[1]), p[2] == null ? null : LocalDate.parse(p[2]))) {
                expected.add(s.kind() + "@" + s.dueDate());
            }
            List<String> actual = firstAttempts.getOrDefault(p[0], List.of());
            assertEquals(new HashSet<>(expected), new HashSet<>(actual), "calls of placement " + p[0]);
        }
        for (String[] c : calls.values()) {
            LocalDate due = LocalDate.parse(c[5]);
            if (c[4] != null) {
                String[] previous = calls.get(c[4]);
                assertEquals("NOT_REACHED", previous[6]);
                assertEquals(DutchCalendar.nextWorkingDayAfter(LocalDate.parse(previous[5])), due);
            }
            if (c[6].equals("DONE") || c[6].equals("NOT_REACHED")) {
                assertTrue(due.isBefore(today), "logged calls lie in the past");
            }
            String[] p = placements.get(c[1]);
            if (!p[3].equals("ACTIVE")) {
                assertFalse(c[6].equals("PLANNED"), "an ended placement has no planned calls");
            }
        }
    }

    /** Jobcoaches are filled in order: none above the caseload; the demo jobcoach comes first. */
    private void caseloads() throws SQLException {
        for (String[] row : rows("select jobcoach, count(*) from placement where created_by = 'data-generator' "
                + "group by jobcoach")) {
            assertTrue(Long.parseLong(row[1]) <= DataGenerator.PLACEMENTS_PER_JOBCOACH, row[0] + " has " + row[1]);
        }
        assertTrue(count("select count(*) from placement where created_by = 'data-generator' and jobcoach = 'jobcoach'") > 0);
        assertEquals(0, count("select count(*) from candidate c join placement p on p.candidate_id = c.id "
                + "where p.created_by = 'data-generator' and p.status = 'ACTIVE' "
                + "and (c.status <> 'PLACED' or c.jobcoach is distinct from p.jobcoach)"));
    }

    /** Read back through the API and sent back as it came: accepted, and a profile is UNCHANGED. */
    private void roundTripsThroughTheApi() throws SQLException {
        for (String[] row : rows("select id from employer where created_by = 'data-generator' order by id limit 5")) {
            Response got = as(TestTokens.consultant()).get("/api/employers/" + row[0]);
            got.then().statusCode(200);
            JsonPath e = got.jsonPath();
            Map<String, Object> body = pick(e, "name", "kvkNumber", "sector", "sizeClass", "contactPerson", "phone", "email",
                    "postcode", "municipalityCode");
            as(TestTokens.consultant()).header("If-Match", got.header("ETag")).body(body).put("/api/employers/" + row[0])
                    .then().statusCode(200);
        }
        for (String[] row : rows("select id from vacancy where created_by = 'data-generator' order by id limit 8")) {
            Response got = as(TestTokens.consultant()).get("/api/vacancies/" + row[0]);
            got.then().statusCode(200);
            JsonPath v = got.jsonPath();
            Map<String, Object> body = pick(v, "employerId", "title", "description", "sector", "postcode", "latitude",
                    "longitude", "hoursPerWeekMin", "hoursPerWeekMax", "contractType", "startDate", "positions", "dutchLevel",
                    "drivingLicenceRequired");
            List<Map<String, Object>> talents = new ArrayList<>();
            for (Map<String, Object> t : v.<Map<String, Object>>getList("talents")) {
                talents.add(Map.of("code", t.get("code"), "requirement", t.get("requirement"), "minLevel", t.get("minLevel")));
            }
            body.put("talents", talents);
            as(TestTokens.consultant()).header("If-Match", got.header("ETag")).body(body).put("/api/vacancies/" + row[0])
                    .then().statusCode(200);
        }
        for (String[] row : rows("select municipality_code, client_number from candidate where client_number like 'GEN-%' "
                + "order by client_number limit 12")) {
            String path = "/api/municipalities/" + row[0] + "/candidates/" + row[1];
            Response got = as(TestTokens.municipality(row[0])).get(path);
            got.then().statusCode(200);
            JsonPath c = got.jsonPath();
            Map<String, Object> body = pick(c, "firstName", "lastName", "email", "phone", "gender", "birthDate", "postcode",
                    "latitude", "longitude", "targetGroups", "interests", "motivation", "preferredSectors",
                    "preferredOccupations", "hoursPerWeekMin", "hoursPerWeekMax", "availableFrom", "maxTravelDistanceKm",
                    "drivingLicence", "dutchLevel", "consent", "status", "jobcoach");
            List<Map<String, Object>> talents = new ArrayList<>();
            for (Map<String, Object> t : c.<Map<String, Object>>getList("talents")) {
                talents.add(Map.of("code", t.get("code"), "level", t.get("level")));
            }
            body.put("talents", talents);
            as(TestTokens.municipality(row[0])).body(body).put(path).then().statusCode(200)
                    .body("version", equalTo(c.getInt("version")))
                    .body("updatedAt", equalTo(c.getString("updatedAt")));
        }
    }

    private static Map<String, Object> pick(JsonPath json, String... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String f : fields) {
            Object value = json.get(f);
            if (value != null) {
                body.put(f, value);
            }
        }
        return body;
    }

    /** Every generated row that a rerun must leave alone, with what identifies its content. */
    private Map<String, String> snapshot() throws SQLException {
        Map<String, String> all = new HashMap<>();
        for (String[] r : rows("select 'c' || client_number, concat_ws('/', id, version, updated_at) from candidate where client_number like 'GEN-%'")) {
            all.put(r[0], r[1]);
        }
        for (String[] r : rows("select 'm' || id, concat_ws('/', status, score, version, updated_at) from match where created_by = 'data-generator'")) {
            all.put(r[0], r[1]);
        }
        for (String[] r : rows("select 'f' || id, concat_ws('/', status, due_date, assignee) from follow_up_call where created_by = 'data-generator'")) {
            all.put(r[0], r[1]);
        }
        for (String[] r : rows("select 'v' || id, concat_ws('/', status, version, title) from vacancy where created_by = 'data-generator'")) {
            all.put(r[0], r[1]);
        }
        return all;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(rows(sql).get(0)[0]);
    }

    private List<String[]> rows(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            List<String[]> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
