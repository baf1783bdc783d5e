package nl.werkhub.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import nl.werkhub.loaddata.DataGenerator;
import nl.werkhub.testsupport.DatabaseScan;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code make backup} and {@code make restore} in a round trip: data written by the real code
 * (the generator, on the Flyway-migrated test database), a backup through the very command the
 * Makefile runs (the devstack jar's DatabaseBackup, in its own JVM), then damage — rows changed,
 * rows deleted, a whole table emptied, a row added — then a restore, and every table of the schema
 * must hold exactly what it held at the backup: row count and an md5 over its ordered rows. The
 * tables are read from the catalog here, not from the tool, so a table the tool forgot fails.
 */
@QuarkusTest
class BackupRestoreRoundTripTest {

    /** Built by `make test-backend` (and by stack.sh) before the backend's tests run. */
    private static final Path DEVSTACK_JAR = Paths.get("devstack/target/werkhub-devstack.jar").toAbsolutePath();

    @Inject
    DataGenerator generator;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void restoreBringsBackEveryRowOfEveryTable() throws Exception {
        assertTrue(Files.isRegularFile(DEVSTACK_JAR), DEVSTACK_JAR + " is missing: build it with "
                + "'make devstack-jar' (make test-backend does)");
        // the database is shared with the other test classes: what this test writes goes again at
        // the end, by a restore of the state it found (a second round trip, checked the same way)
        Path dir = Files.createTempDirectory("werkhub-backup-test");
        Path found = dir.resolve("found.dump");
        Run foundBackup = tool("backup", "--file", found.toString());
        assertEquals(0, foundBackup.exit, foundBackup.output);
        Map<String, String> foundState = snapshot();
        try {
            roundTrip(dir);
        } finally {
            Run back = tool("restore", "--file", found.toString(), "--force");
            assertEquals(0, back.exit, back.output);
            assertEquals(foundState, snapshot(), "the state this test found, after restoring it");
            Files.delete(found);
            Files.delete(dir);
        }
    }

    private void roundTrip(Path dir) throws Exception {
        generator.generate(150, 7L, line -> { });
        // the one table the generator leaves empty; bytea on the way too
        sql("insert into calendar_feed values ('backup-test-coach', sha256('backup-test'::bytea), now()) on conflict do nothing");
        // and a stored Idempotency-Key answer (arrays and bytea), which nothing generated writes either
        sql("""
                insert into idempotency_key (caller, key, request_hash, status, body, location, etag, candidate_ids,
                                             created_at, expires_at)
                values ('backup-test', 'backup-test', sha256('backup-test'::bytea), 201, '{}', '/api/employers/x', '"0"',
                        array[gen_random_uuid()], now(), now() + interval '1 day')
                on conflict do nothing""");

        Map<String, String> before = snapshot();
        List<String> empty = before.entrySet().stream().filter(e -> e.getValue().startsWith("0 ")).map(Map.Entry::getKey).toList();
        // every table holds rows, so a table the restore skips cannot hide behind an empty one
        assertTrue(empty.isEmpty(), "empty tables: " + empty);
        System.out.printf("backup round trip: %d tables and sequences, %d rows%n", before.size(),
                before.entrySet().stream().filter(e -> !e.getKey().startsWith("sequence "))
                        .mapToLong(e -> Long.parseLong(e.getValue().split(" ")[0])).sum());

        Path file = dir.resolve("werkhub-test.dump");
        Run backup = tool("backup", "--file", file.toString());
        assertEquals(0, backup.exit, backup.output);

        // damage of every kind a restore must undo
        sql("update candidate set first_name = 'Veranderd' where id in (select id from candidate order by id limit 5)");
        sql("delete from follow_up_call where id in (select id from follow_up_call order by id limit 7)");
        sql("delete from placement_arrangement");
        sql("delete from audit_event where id in (select id from audit_event order by id limit 3)");
        sql("delete from candidate where id in (select c.id from candidate c where not exists "
                + "(select 1 from placement p where p.candidate_id = c.id) order by c.id limit 4)");
        sql("insert into employer select (jsonb_populate_record(null::employer, to_jsonb(e) "
                + "|| jsonb_build_object('id', gen_random_uuid(), 'name', 'Na de backup', 'kvk_number', '98765432'))).* from employer e limit 1");
        Map<String, String> damaged = snapshot();
        assertNotEquals(before, damaged);

        // the Quarkus pool holds sessions: without FORCE the restore refuses and changes nothing
        Run refused = tool("restore", "--file", file.toString());
        assertEquals(1, refused.exit, refused.output);
        assertTrue(refused.output.contains("other session"), refused.output);
        assertEquals(damaged, snapshot());

        // a file cut short is refused as a whole: still the damaged state, not half a restore
        Path cut = dir.resolve("cut.dump");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Run broken = tool("restore", "--file", cut.toString(), "--force");
        assertEquals(1, broken.exit, broken.output);
        assertEquals(damaged, snapshot());

        Run restore = tool("restore", "--file", file.toString(), "--force");
        assertEquals(0, restore.exit, restore.output);
        Map<String, String> after = snapshot();
        for (String table : before.keySet()) {
            assertEquals(before.get(table), after.get(table), "table " + table + " after the restore");
        }
        assertEquals(before, after);
        System.out.printf("backup round trip: backup %d KiB; %s%s", Files.size(file) / 1024, backup.output, restore.output);

        Files.delete(cut);
        Files.delete(file);
    }

    /** Every table of public ({@link DatabaseScan#tableDigests}), plus every sequence's position. */
    private Map<String, String> snapshot() throws SQLException {
        Map<String, String> result = DatabaseScan.tableDigests(dataSource);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> sequences = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select sequencename from pg_sequences where schemaname = 'public' order by 1")) {
                while (rs.next()) {
                    sequences.add(rs.getString(1));
                }
            }
            for (String q : sequences) {
                try (ResultSet rs = s.executeQuery("select last_value || ' ' || is_called from public.\"" + q + "\"")) {
                    rs.next();
                    result.put("sequence " + q, rs.getString(1));
                }
            }
        }
        return result;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    record Run(int exit, String output) {
    }

    private Run tool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", DEVSTACK_JAR.toString(), "nl.werkhub.devstack.DatabaseBackup"));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", url, "--user", user, "--password", password));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the backup tool did not finish within 60 s");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
