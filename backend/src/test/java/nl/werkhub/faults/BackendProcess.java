package nl.werkhub.faults;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged backend ({@code target/quarkus-app/quarkus-run.jar}, built by {@code package} before
 * the integration tests run) in a JVM of its own, as it runs on a server: a fault test can take its
 * database away under it, or kill it with SIGKILL. Output goes to {@code target/faults/<name>.log}.
 */
final class BackendProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("werkhub.backend.jar", "target/quarkus-app/quarkus-run.jar"));
    static final Path OUT = Path.of("target", "faults");

    private final String name;
    private final int port;
    private final Map<String, String> env;
    private final List<String> systemProperties;
    private Process process;

    /**
     * @param env              environment variables of the backend (DB_URL, OIDC_AUTH_SERVER_URL, ...)
     * @param systemProperties extra {@code -Dkey=value} options
     */
    BackendProcess(String name, int port, Map<String, String> env, List<String> systemProperties) {
        this.name = name;
        this.port = port;
        this.env = env;
        this.systemProperties = systemProperties;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * Starts the backend and waits until it reports ready, at most {@code timeout}. A start that fails
     * is tried once more: on a starved machine (two shared cores under a benchmark) the first connection
     * of Flyway can miss the pool's 3 s acquisition timeout, which is not what these tests are about.
     */
    void start(Duration timeout) throws IOException, InterruptedException {
        try {
            startOnce(timeout);
        } catch (IllegalStateException firstTry) {
            if (process.isAlive()) {
                throw firstTry;
            }
            System.out.println("[faults] " + firstTry.getMessage() + "; starting it once more");
            startOnce(timeout);
        }
    }

    private void startOnce(Duration timeout) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: these tests run after package ("
                    + "./mvnw verify), not in the test phase");
        }
        Files.createDirectories(OUT);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // small and single-collector, as the benchmark runs it: two cores are shared here
        command.add("-XX:+UseSerialGC");
        command.add("-Xmx256m");
        // the client compiler only: a start in half the CPU time, and these tests time failures, not throughput
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dquarkus.http.port=" + port);
        command.addAll(systemProperties);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        File log = OUT.resolve(name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        process = builder.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the backend stopped while starting (exit " + process.exitValue()
                        + "); see " + log);
            }
            if (ready(http)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the backend was not ready within " + timeout + "; see " + log);
    }

    private boolean ready(HttpClient http) throws InterruptedException {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no transaction finished, no connection closed politely. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the backend did not die after SIGKILL");
        }
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
