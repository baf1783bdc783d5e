package nl.werkhub.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command line options, with defaults from the environment that {@code stack.sh bench} exports, so
 * the same jar can also be pointed at any running stack by hand.
 */
final class Options {

    String command = "all";
    /** report: the results.csv files to combine. */
    List<Path> from = new ArrayList<>();
    /** The sizes {@code all} grows the database through, smallest first. */
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 500_000));
    long seed = 20261127L;
    int batchSize = 1000;
    int intakeConcurrency = 2;
    String apiUrl;
    String keycloakUrl;
    String dbUrl;
    String dbUser;
    String dbPassword;
    Path repo;
    static final List<String> ALL_SCENARIOS = List.of("vacancy-get", "vacancy-list", "candidate-search",
            "vacancy-suggestions", "vacancy-suggestions-broad", "intake", "calls-today", "stats");
    List<String> scenarios = new ArrayList<>(ALL_SCENARIOS);
    /** null: each scenario's own (Scenario#concurrency). */
    List<Integer> concurrency;
    Duration warmup = Duration.ofSeconds(5);
    /** Untimed run of each scenario before the first timed phase of a size (Bench.settle). */
    Duration settle = Duration.ofSeconds(30);
    Duration duration = Duration.ofSeconds(10);
    long maxRequests = 30_000;
    int intakeProfiles = 10_000;
    long backendPid;
    Path backendLog;
    String backendReadySeconds;
    /** The start without the class archive, when this run had to write it first (stack.sh bench). */
    String backendReadySecondsCold;
    int limit = 20;
    String vacancyId;
    boolean sqlOnly;

    static final String USAGE = """
            usage: java -jar werkhub-bench.jar [load|run|all] [options]
              load   bring the database up to the largest of --sizes (no timing)
              run    time the scenarios at the current size: the API with wrk, the same SQL over JDBC
              all    for each of --sizes: load, VACUUM ANALYZE, run (default); then the growth table
              report --from a.csv,b.csv  the tables and growth.svg again from earlier runs' results.csv
                     (e.g. one run at 10000,100000 and a later one at 500000); for a line measured
                     in several files the last file wins
            options (environment variable in brackets):
              --sizes 10000,100000    profiles wanted, in turn [BENCH_SIZES, 10000,100000,500000]
              --size N                one size (same as --sizes N)
              --seed N                seed of the generator [20261127]
              --batch N               profiles per bulk request, 1..1000 [1000]
              --intake-concurrency N  bulk requests in flight in the intake scenario [2]
              --intake-profiles N     profiles the intake scenario sends [10000]
              --scenario a,b          scenarios to run [all: %s];
                                      also candidate-search-any, get:/any/path (API side only)
              --concurrency 1,4       connections per phase, for every scenario [each scenario's own]
              --warmup 5s             warm-up per phase, not recorded [5s]
              --settle 30s            before each size, every scenario untimed for this long [30s]
              --duration 10s          measured time per phase, at most [10s]
              --max-requests N        measured requests per phase, at most [30000]
              --limit N               suggestions per request [20]
              --vacancy UUID          time this (OPEN) vacancy instead of the benchmark's own
              --sql-only              time only the SQL side (no API phases, no API/SQL comparison): to try
                                      a changed SQL file from another checkout with --repo, without a new jar
              --api URL               backend base URL [BENCH_API_URL, http://localhost:8095]
              --keycloak URL          Keycloak base URL [BENCH_KEYCLOAK_URL, http://localhost:8191]
              --db-url JDBC-URL       the backend's database [BENCH_DB_URL, jdbc:postgresql://localhost:54331/werkhub]
              --db-user / --db-password [BENCH_DB_USER / BENCH_DB_PASSWORD, werkhub / werkhub]
              --repo DIR              repository root: the backend's SQL files, bench-results/ [BENCH_REPO, .]
              --backend-pid PID       the backend's process, for VmRSS [BENCH_BACKEND_PID]
              --backend-log FILE      its log, for Quarkus's "started in" [BENCH_BACKEND_LOG]
            """.formatted(String.join(",", ALL_SCENARIOS));

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Options parse(String[] args, Map<String, String> env) {
        Options o = new Options();
        if (env.containsKey("BENCH_SIZES")) {
            o.sizes = sizes("BENCH_SIZES", env.get("BENCH_SIZES"));
        }
        o.backendPid = Long.parseLong(env.getOrDefault("BENCH_BACKEND_PID", "0").trim());
        o.backendLog = env.containsKey("BENCH_BACKEND_LOG") ? Path.of(env.get("BENCH_BACKEND_LOG")) : null;
        o.backendReadySeconds = env.get("BENCH_BACKEND_READY_SECONDS");
        o.backendReadySecondsCold = blankToNull(env.get("BENCH_BACKEND_READY_SECONDS_COLD"));
        o.apiUrl = env.getOrDefault("BENCH_API_URL", "http://localhost:8095");
        o.keycloakUrl = env.getOrDefault("BENCH_KEYCLOAK_URL", "http://localhost:8191");
        o.dbUrl = env.getOrDefault("BENCH_DB_URL", "jdbc:postgresql://localhost:54331/werkhub");
        o.dbUser = env.getOrDefault("BENCH_DB_USER", "werkhub");
        o.dbPassword = env.getOrDefault("BENCH_DB_PASSWORD", "werkhub");
        o.repo = Path.of(env.getOrDefault("BENCH_REPO", "."));
        int i = 0;
        if (args.length > 0 && !args[0].startsWith("-")) {
            o.command = args[0];
            i = 1;
        }
        for (; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--size", "--sizes" -> o.sizes = sizes(a, next(args, ++i, a));
                case "--intake-profiles" -> o.intakeProfiles = positive(a, next(args, ++i, a));
                case "--backend-pid" -> o.backendPid = positive(a, next(args, ++i, a));
                case "--backend-log" -> o.backendLog = Path.of(next(args, ++i, a));
                case "--seed" -> o.seed = Long.parseLong(next(args, ++i, a));
                case "--batch" -> o.batchSize = positive(a, next(args, ++i, a));
                case "--intake-concurrency" -> o.intakeConcurrency = positive(a, next(args, ++i, a));
                case "--scenario", "--scenarios" -> o.scenarios = List.of(next(args, ++i, a).split(","));
                case "--concurrency" -> o.concurrency = List.of(next(args, ++i, a).split(",")).stream()
                        .map(c -> positive(a, c)).toList();
                case "--warmup" -> o.warmup = duration(a, next(args, ++i, a));
                case "--settle" -> o.settle = duration(a, next(args, ++i, a));
                case "--duration" -> o.duration = duration(a, next(args, ++i, a));
                case "--max-requests" -> o.maxRequests = positive(a, next(args, ++i, a));
                case "--limit" -> o.limit = positive(a, next(args, ++i, a));
                case "--vacancy" -> o.vacancyId = next(args, ++i, a);
                case "--sql-only" -> o.sqlOnly = true;
                case "--api" -> o.apiUrl = next(args, ++i, a);
                case "--keycloak" -> o.keycloakUrl = next(args, ++i, a);
                case "--db-url" -> o.dbUrl = next(args, ++i, a);
                case "--db-user" -> o.dbUser = next(args, ++i, a);
                case "--db-password" -> o.dbPassword = next(args, ++i, a);
                case "--repo" -> o.repo = Path.of(next(args, ++i, a));
                case "--from" -> {
                    for (String f : next(args, ++i, a).split(",")) {
                        o.from.add(Path.of(f.trim()));
                    }
                }
                case "-h", "--help" -> o.command = "help";
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (!List.of("load", "run", "all", "report", "help").contains(o.command)) {
            throw new IllegalArgumentException("unknown command: " + o.command);
        }
        if (o.batchSize > 1000) {
            throw new IllegalArgumentException("--batch: the bulk intake takes at most 1000 profiles per request");
        }
        o.apiUrl = stripSlash(o.apiUrl);
        o.keycloakUrl = stripSlash(o.keycloakUrl);
        return o;
    }

    /** {@code 10000,100000}: ascending, since the database only grows. */
    static List<Integer> sizes(String name, String value) {
        List<Integer> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(positive(name, part.replace("_", "")));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one size");
        }
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i) <= out.get(i - 1)) {
                throw new IllegalArgumentException(name + ": sizes must grow (the database is never shrunk): " + value);
            }
        }
        return out;
    }

    /** {@code 20s}, {@code 500ms}, {@code 2m} or plain seconds. */
    static Duration duration(String name, String value) {
        String v = value.trim();
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a duration: " + value);
        }
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new IllegalArgumentException(name + " must be at least 1");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: " + value);
        }
    }

    private static String next(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
