package nl.werkhub.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests without Docker: one embedded server per test run (JVM), on a
 * free port. When {@code TEST_DB_URL} is set (with {@code TEST_DB_USER}/{@code TEST_DB_PASSWORD}),
 * that external database is used instead.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", envOr("TEST_DB_USER", "werkhub"),
                    "quarkus.datasource.password", envOr("TEST_DB_PASSWORD", "werkhub"));
        }
        EmbeddedPostgres pg = startOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    private static synchronized EmbeddedPostgres startOnce() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setPort(freePort()).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temp directory is removed by the library
                }
            }));
        }
        return postgres;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void stop() {
        // kept running for the other test classes of this run; closed by the shutdown hook
    }
}
