package nl.werkhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP side of a scenario, driven by wrk (Debian's package): a C event loop that keeps
 * {@code concurrency} connections busy costs the two cores far less than a Java client would, so
 * the backend, not the load generator, is what the figures show. wrk is a closed loop like
 * {@link LoadRunner}: each connection sends its next request when the previous one has answered.
 * The script (resources/wrk/bench.lua) picks a random path per request from a file, sends the bearer
 * token, stops a thread after its share of {@code maxRequests}, and prints the percentiles as JSON.
 */
final class Wrk {

    static final String BINARY = System.getenv().getOrDefault("BENCH_WRK", "wrk");

    private final Path workDir;
    private final ObjectMapper json = new ObjectMapper();

    Wrk(Path workDir) {
        this.workDir = workDir;
    }

    /** Stops the run at once when wrk is missing, rather than after loading data for minutes. */
    static void check() {
        try {
            Process p = new ProcessBuilder(BINARY, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new BenchException("wrk is not installed (" + e.getMessage() + "): apt-get install wrk,"
                    + " or set BENCH_WRK to its path");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }

    /** Warm-up (checked for errors, not recorded), then the measured phase. */
    LoadRunner.Result run(String label, String baseUrl, List<String> paths, String token, int concurrency,
            Duration warmup, Duration duration, long maxRequests) {
        try {
            Files.createDirectories(workDir);
            Path script = workDir.resolve("bench.lua");
            if (!Files.exists(script)) {
                try (InputStream in = Wrk.class.getResourceAsStream("/wrk/bench.lua")) {
                    Files.write(script, in.readAllBytes());
                }
            }
            Path pathFile = Files.createTempFile(workDir, "paths-", ".txt");
            Files.write(pathFile, paths, StandardCharsets.UTF_8);
            try {
                if (!warmup.isZero()) {
                    Parsed w = parse(exec(script, pathFile, baseUrl, token, concurrency, warmup, 0, true));
                    if (w.errors() > 0) {
                        throw new BenchException(label + ": " + w.errors() + " request(s) failed during the warm-up;"
                                + " the first: " + w.firstError());
                    }
                }
                int threads = threads(concurrency);
                long perThread = (maxRequests + threads - 1) / threads;
                Parsed m = parse(exec(script, pathFile, baseUrl, token, concurrency, duration, perThread, false));
                return m.toResult(label, concurrency, perThread * threads);
            } finally {
                Files.deleteIfExists(pathFile);
            }
        } catch (IOException e) {
            throw new BenchException("cannot run wrk: " + e.getMessage());
        }
    }

    /** One wrk thread per core at most: two threads on two cores already compete with the backend. */
    static int threads(int concurrency) {
        return Math.max(1, Math.min(concurrency, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** {@code check}: look at every answer (warm-up), or only count wrk's status errors (timed; bench.lua). */
    private String exec(Path script, Path pathFile, String baseUrl, String token, int concurrency, Duration d,
            long perThread, boolean check) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(BINARY, "-t", String.valueOf(threads(concurrency)),
                "-c", String.valueOf(concurrency), "-d", Math.max(1, d.toSeconds()) + "s", "--timeout", "30s",
                "-s", script.toString(), baseUrl + "/"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("WRK_PATHS", pathFile.toString());
        pb.environment().put("WRK_TOKEN", token);
        pb.environment().put("WRK_MAX", String.valueOf(perThread));
        pb.environment().put("WRK_CHECK", check ? "1" : "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(d.toSeconds() + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new BenchException("wrk did not finish: " + String.join(" ", cmd));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
        if (p.exitValue() != 0) {
            throw new BenchException("wrk failed (exit " + p.exitValue() + "): " + Api.abbreviate(out));
        }
        return out;
    }

    /** What the script's done() printed. Times in microseconds, as wrk keeps them. */
    record Parsed(long requests, long durationMicros, long non2xx, long socketErrors, long timeouts, long p50, long p95,
            long p99, long max, double mean, String firstError) {

        long errors() {
            return non2xx + socketErrors + timeouts;
        }

        /**
         * wrk reports the whole -d as the duration even when the script stopped its threads earlier
         * at the request bound, so then the closed loop's own law gives the time: n connections,
         * each busy for the mean latency per request, did the requests in requests × mean / n. A
         * thread stops when it has sent its share, so the answers still on their way on its other
         * connections (fewer than n in all) are not counted: within n of the bound is at the bound.
         */
        LoadRunner.Result toResult(String label, int concurrency, long bound) {
            long ok = Math.max(0, requests - non2xx);
            boolean atBound = requests + concurrency >= bound;
            double seconds = atBound && mean > 0 ? requests * mean / 1e6 / concurrency : durationMicros / 1e6;
            return new LoadRunner.Result(label, concurrency, ok, errors(),
                    errors() == 0 ? null : (!firstError.isEmpty() ? firstError
                            : non2xx > 0 ? non2xx + " answer(s) with status 400 or more (the warm-up shows their text)"
                            : "socket errors/timeouts"),
                    seconds, p50 * 1000, p95 * 1000, p99 * 1000, max * 1000, mean * 1000);
        }
    }

    /** Finds the JSON line of bench.lua in wrk's output (wrk prints its own summary before it). */
    Parsed parse(String output) {
        for (String line : output.split("\n")) {
            String l = line.trim();
            if (l.startsWith("{\"wrk\":")) {
                try {
                    JsonNode n = json.readTree(l);
                    return new Parsed(n.path("requests").asLong(), n.path("duration_us").asLong(),
                            n.path("non2xx").asLong(), n.path("socket_errors").asLong(), n.path("timeouts").asLong(),
                            n.path("p50_us").asLong(), n.path("p95_us").asLong(), n.path("p99_us").asLong(),
                            n.path("max_us").asLong(), n.path("mean_us").asDouble(), n.path("first_error").asText(""));
                } catch (IOException e) {
                    throw new BenchException("cannot parse wrk's result line: " + l);
                }
            }
        }
        throw new BenchException("wrk printed no result line (is resources/wrk/bench.lua intact?):\n"
                + Api.abbreviate(output));
    }
}
