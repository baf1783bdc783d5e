package nl.werkhub.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * V8 on a database that holds issue 4's data: a fresh database on the test server is migrated to V7,
 * given PLACED matches (with their start date) the way issue 4 wrote them, and then migrated on. The
 * placed matches become ACTIVE placements with what was known and nothing invented.
 */
@QuarkusTest
class PlacementMigrationTest {

    private static final String MIGRATIONS = "filesystem:src/main/resources/db/migration";

    @Inject
    DataSource dataSource;

    @Test
    void issue4sPlacedMatchesBecomeActivePlacementsWithoutCallsOrArrangements() throws Exception {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String user = ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
        String password = ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class);
        assumeTrue(url.matches("jdbc:postgresql://[^/]+/[^?]*(\\?.*)?"), "a PostgreSQL URL with a database name");
        String database = "v8check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String otherUrl = url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
            s.execute("create database " + database);
        }
        try {
            Flyway.configure().dataSource(otherUrl, user, password).locations(MIGRATIONS)
                    .target(MigrationVersion.fromVersion("7")).load().migrate();
            UUID placedWithCoach;
            UUID placedWithoutCoach;
            UUID proposed;
            OffsetDateTime placedAt = OffsetDateTime.of(2026, 2, 20, 14, 30, 0, 0, ZoneOffset.UTC);
            try (Connection c = DriverManager.getConnection(otherUrl, user, password)) {
                UUID employer = insertEmployer(c);
                UUID vacancy = insertVacancy(c, employer);
                UUID withCoach = insertCandidate(c, "OLD-1", "jobcoach");
                UUID withoutCoach = insertCandidate(c, "OLD-2", null);
                placedWithCoach = insertMatch(c, vacancy, withCoach, "PLACED", LocalDate.of(2026, 3, 2));
                event(c, placedWithCoach, null, "SUGGESTED", placedAt.minusDays(20), "c-0001", "connie.consultant");
                event(c, placedWithCoach, "INTRODUCED", "PLACED", placedAt, "c-0042", "carla.consultant");
                placedWithoutCoach = insertMatch(c, vacancy, withoutCoach, "PLACED", LocalDate.of(2026, 3, 9));
                proposed = insertMatch(c, vacancy, insertCandidate(c, "OLD-3", null), "PROPOSED", null);
            }

            Flyway.configure().dataSource(otherUrl, user, password).locations(MIGRATIONS).load().migrate();

            try (Connection c = DriverManager.getConnection(otherUrl, user, password)) {
                List<Object> row = placement(c, placedWithCoach);
                assertEquals(List.of("ACTIVE", LocalDate.of(2026, 3, 2), 32, "jobcoach", false, "c-0042", "carla.consultant",
                        placedAt.toInstant()), row.subList(0, 8));
                assertNull(row.get(8), "no end date: nobody agreed on one");
                List<Object> other = placement(c, placedWithoutCoach);
                assertEquals(List.of("ACTIVE", LocalDate.of(2026, 3, 9), 32), other.subList(0, 3));
                assertNull(other.get(3), "the candidate had no jobcoach");
                // without a PLACED event, whoever owns the match placed it
                assertEquals(List.of("c-owner", "owner.consultant"), other.subList(5, 7));
                assertEquals(0L, count(c, "select count(*) from placement p join match m on m.id = p.match_id where m.id = '"
                        + proposed + "'"));
                assertEquals(0L, count(c, "select count(*) from follow_up_call"));
                assertEquals(0L, count(c, "select count(*) from placement_arrangement"));
                // the candidates keep the status their municipality gave them
                assertEquals(3L, count(c, "select count(*) from candidate where status = 'ACTIVE'"));
                assertEquals(0L, count(c, "select count(*) from information_schema.columns where table_name = 'match'"
                        + " and column_name = 'start_date'"));
                assertEquals(0L, count(c, "select count(*) from pg_indexes where indexname = 'uk_match_one_placement'"));
                assertEquals(1L, count(c, "select count(*) from pg_indexes where indexname = 'uk_placement_one_active'"));
            }
        } finally {
            try (Connection admin = dataSource.getConnection(); Statement s = admin.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    // ---- issue 4's rows, written as issue 4 wrote them ------------------------------------------

    private static UUID insertEmployer(Connection c) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into employer (id, name, kvk_number, sector, size_class, postcode, municipality_code, status,
                                      created_at, created_by, updated_at, updated_by)
                values (?, 'Bakkerij Oud', '24999999', 'RETAIL', 'SMALL', '3011 AB', 'rotterdam', 'ACTIVE',
                        now(), 'test', now(), 'test')""")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
        return id;
    }

    private static UUID insertVacancy(Connection c, UUID employer) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into vacancy (id, employer_id, title, description, sector, postcode, hours_per_week_min,
                                     hours_per_week_max, contract_type, positions, driving_licence_required, status,
                                     owner_id, owner_name, created_at, created_by, updated_at, updated_by)
                values (?, ?, 'Verkoper', 'In de winkel.', 'RETAIL', '3011 AB', 24, 32, 'TEMPORARY', 3, false, 'OPEN',
                        'c-owner', 'owner.consultant', now(), 'test', now(), 'test')""")) {
            s.setObject(1, id);
            s.setObject(2, employer);
            s.executeUpdate();
        }
        return id;
    }

    private static UUID insertCandidate(Connection c, String clientNumber, String jobcoach) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into candidate (id, municipality_code, client_number, first_name, last_name, postcode,
                                       hours_per_week_min, hours_per_week_max, max_travel_distance_km, driving_licence,
                                       consent, status, jobcoach, created_at, created_by, updated_at, updated_by)
                values (?, 'rotterdam', ?, 'Oud', 'Geplaatst', '3072 AP', 24, 32, 10, false, true, 'ACTIVE', ?,
                        now(), 'test', now(), 'test')""")) {
            s.setObject(1, id);
            s.setString(2, clientNumber);
            s.setString(3, jobcoach);
            s.executeUpdate();
        }
        return id;
    }

    private static UUID insertMatch(Connection c, UUID vacancy, UUID candidate, String status, LocalDate startDate)
            throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement s = c.prepareStatement("""
                insert into match (id, vacancy_id, candidate_id, municipality_code, status, score, breakdown, start_date,
                                   owner_id, owner_name, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, 'rotterdam', ?, 70, '{}', ?, 'c-owner', 'owner.consultant',
                        now(), 'test', now(), 'owner.consultant')""")) {
            s.setObject(1, id);
            s.setObject(2, vacancy);
            s.setObject(3, candidate);
            s.setString(4, status);
            s.setObject(5, startDate);
            s.executeUpdate();
        }
        return id;
    }

    private static void event(Connection c, UUID match, String from, String to, OffsetDateTime at, String actor,
            String actorName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into match_event (id, match_id, from_status, to_status, occurred_at, actor, actor_name)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, match);
            s.setString(3, from);
            s.setString(4, to);
            s.setObject(5, at);
            s.setString(6, actor);
            s.setString(7, actorName);
            s.executeUpdate();
        }
    }

    /** status, start_date, hours_per_week, jobcoach, at_risk, placed_by, placed_by_name, created_at, end_date */
    private static List<Object> placement(Connection c, UUID match) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select status, start_date, hours_per_week, jobcoach, at_risk, placed_by, placed_by_name, created_at,
                       end_date from placement where match_id = ?""")) {
            s.setObject(1, match);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no placement for match " + match);
                }
                List<Object> row = new ArrayList<>();
                row.add(r.getString(1));
                row.add(r.getObject(2, LocalDate.class));
                row.add(r.getInt(3));
                row.add(r.getString(4));
                row.add(r.getBoolean(5));
                row.add(r.getString(6));
                row.add(r.getString(7));
                row.add(r.getObject(8, OffsetDateTime.class).toInstant());
                row.add(r.getObject(9, LocalDate.class));
                return row;
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
