package nl.werkhub.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL of its own for a fault test, which the test can stop and start again on the same
 * port with the same data (the shared test database of {@code EmbeddedPostgresResource} is deleted
 * when it stops). {@link #stop()} is PostgreSQL's fast shutdown: open sessions are ended with
 * 57P01 and new connections refused, as when an operator stops the server.
 */
final class StoppablePostgres implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private EmbeddedPostgres server;

    StoppablePostgres(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts on a fresh data directory. */
    static StoppablePostgres fresh(int port, Path dataDir) throws IOException {
        deleteRecursively(dataDir);
        StoppablePostgres pg = new StoppablePostgres(port, dataDir);
        pg.start();
        return pg;
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                    // stopped on the JVM's exit too; a JVM killed outright leaves the directory to
                    // the next run's fresh()
                    .setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        }
    }

    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop PostgreSQL on port " + port, e);
        } finally {
            server = null;
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    @Override
    public void close() {
        stop();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
