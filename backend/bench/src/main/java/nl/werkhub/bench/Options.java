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
    int size = 100_000;
    long seed = 20261127L;
    int batchSize = 1000;
    int intakeConcurrency = 2;
    String apiUrl;
    String keycloakUrl;
    String dbUrl;
    String dbUser;
    String dbPassword;
    Path repo;
    List<String> scenarios = new ArrayList<>(List.of("vacancy-suggestions"));
    List<Integer> concurrency = new ArrayList<>(List.of(1, 4));
    Duration warmup = Duration.ofSeconds(10);
    Duration duration = Duration.ofSeconds(20);
    long maxRequests = 20_000;
    int limit = 20;
    String vacancyId;
    boolean sqlOnly;

    static final String USAGE = """
            usage: java -jar werkhub-bench.jar [load|run|all] [options]
              load   bring the number of talent profiles up to --size through the municipal bulk intake
              run    time the scenarios: the API over HTTP and the identical SQL over JDBC
              all    load, then run (default)
            options (environment variable in brackets):
              --size N                profiles wanted in total [BENCH_SIZE, 100000]
              --seed N                seed of the profile generator [20261127]
              --batch N               profiles per bulk request, 1..1000 [1000]
              --intake-concurrency N  bulk requests in flight [2]
              --scenario a,b          scenarios to run [vacancy-suggestions]; also vacancy-suggestions-broad,
                                      vacancy-list, get:/any/path (API side only)
              --concurrency 1,4       closed-loop clients per phase [1,4]
              --warmup 10s            warm-up per phase, not recorded [10s]
              --duration 20s          measured time per phase, at most [20s]
              --max-requests N        measured requests per phase, at most [20000]
              --limit N               suggestions per request [20]
              --vacancy UUID          time this (OPEN) vacancy instead of the benchmark's own
              --sql-only              time only the SQL side (no API phases, no API/SQL comparison): to try
                                      a changed SQL file from another checkout with --repo, without a new jar
              --api URL               backend base URL [BENCH_API_URL, http://localhost:8095]
              --keycloak URL          Keycloak base URL [BENCH_KEYCLOAK_URL, http://localhost:8191]
              --db-url JDBC-URL       the backend's database [BENCH_DB_URL, jdbc:postgresql://localhost:54331/werkhub]
              --db-user / --db-password [BENCH_DB_USER / BENCH_DB_PASSWORD, werkhub / werkhub]
              --repo DIR              repository root, for the backend's SQL files [BENCH_REPO, .]
            """;

    static Options parse(String[] args, Map<String, String> env) {
        Options o = new Options();
        o.size = Integer.parseInt(env.getOrDefault("BENCH_SIZE", String.valueOf(o.size)));
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
                case "--size" -> o.size = positive(a, next(args, ++i, a));
                case "--seed" -> o.seed = Long.parseLong(next(args, ++i, a));
                case "--batch" -> o.batchSize = positive(a, next(args, ++i, a));
                case "--intake-concurrency" -> o.intakeConcurrency = positive(a, next(args, ++i, a));
                case "--scenario", "--scenarios" -> o.scenarios = List.of(next(args, ++i, a).split(","));
                case "--concurrency" -> o.concurrency = List.of(next(args, ++i, a).split(",")).stream()
                        .map(c -> positive(a, c)).toList();
                case "--warmup" -> o.warmup = duration(a, next(args, ++i, a));
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
                case "-h", "--help" -> o.command = "help";
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (!List.of("load", "run", "all", "help").contains(o.command)) {
            throw new IllegalArgumentException("unknown command: " + o.command);
        }
        if (o.batchSize > 1000) {
            throw new IllegalArgumentException("--batch: the bulk intake takes at most 1000 profiles per request");
        }
        o.apiUrl = stripSlash(o.apiUrl);
        o.keycloakUrl = stripSlash(o.keycloakUrl);
        return o;
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
