package nl.werkhub.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Entry point: {@code load} brings the profiles up to a size, {@code run} times the scenarios,
 * {@code all} does both. See {@link Options#USAGE} and BENCHMARKS.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            Options o = Options.parse(args, System.getenv());
            if (o.command.equals("help")) {
                System.out.print(Options.USAGE);
                return;
            }
            System.exit(run(o));
        } catch (IllegalArgumentException e) {
            System.err.println("[bench] " + e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
        } catch (BenchException e) {
            System.err.println("[bench] ERROR: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(Options o) {
        HttpClient http = Api.newClient();
        ObjectMapper json = new ObjectMapper();
        Api api = new Api(http, json, o.apiUrl);
        Tokens tokens = new Tokens(http, json, o.keycloakUrl);
        Db db = new Db(o);
        if (o.command.equals("load") || o.command.equals("all")) {
            new Intake(o, api, tokens, db).run();
        }
        if (o.command.equals("load")) {
            return 0;
        }
        System.out.printf("[bench] %s; %s; %d profiles%n", Instant.now(), machine(),
                db.queryLong("select count(*) from candidate"));
        long errors = 0;
        for (String name : o.scenarios) {
            errors += runScenario(scenario(name.trim(), o, api, tokens, db), o, tokens);
        }
        if (errors > 0) {
            System.err.printf("[bench] ERROR: %d request(s) failed; the figures above do not count them%n", errors);
            return 1;
        }
        return 0;
    }

    static Scenario scenario(String name, Options o, Api api, Tokens tokens, Db db) {
        return switch (name) {
            case "vacancy-suggestions" -> new SuggestionScenario(name, BenchVacancies.TYPICAL, o, api, tokens, db);
            case "vacancy-suggestions-broad" -> new SuggestionScenario(name, BenchVacancies.BROAD, o, api, tokens, db);
            case "vacancy-list" -> new VacancyListScenario(api, tokens, db);
            default -> {
                if (name.startsWith("get:")) {
                    yield new GetScenario(name.substring(4), api, tokens);
                }
                throw new IllegalArgumentException("unknown scenario: " + name);
            }
        };
    }

    private static long runScenario(Scenario s, Options o, Tokens tokens) {
        System.out.printf("%n[bench] == %s ==%n", s.name());
        for (String line : s.prepare()) {
            System.out.println("[bench] " + line);
        }
        if (!o.sqlOnly) {
            System.out.printf("[bench] API: %s%n", s.apiLabel());
        }
        if (s.sqlLabel() != null) {
            System.out.printf("[bench] SQL: %s%n", s.sqlLabel());
        }
        System.out.printf("[bench] per phase: %d s warm-up, then %d s or %,d requests; load average before: %s%n",
                o.warmup.toSeconds(), o.duration.toSeconds(), o.maxRequests, loadAverage());
        List<LoadRunner.Result> results = new ArrayList<>();
        Duration phase = o.warmup.plus(o.duration).plusSeconds(30);
        for (int c : o.concurrency) {
            tokens.fresh(Tokens.CONSULTANT, phase); // no token fetch inside a timed request
            if (!o.sqlOnly) {
                results.add(report(LoadRunner.run("API", c, o.warmup, o.duration, o.maxRequests, s.api())));
            }
            if (s.sqlLabel() != null) {
                results.add(report(LoadRunner.run("SQL", c, o.warmup, o.duration, o.maxRequests, s.sql())));
            }
        }
        System.out.printf("%n[bench] %s (load average after: %s)%n", s.name(), loadAverage());
        System.out.print(Report.table(results));
        return results.stream().mapToLong(LoadRunner.Result::errors).sum();
    }

    private static LoadRunner.Result report(LoadRunner.Result r) {
        System.out.printf("[bench]   %s concurrency %d: %,d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f req/s%n",
                r.label(), r.concurrency(), r.count(), Report.ms(r.p50()), Report.ms(r.p95()), Report.ms(r.p99()),
                r.throughput());
        if (r.errors() > 0) {
            System.err.printf("[bench]   %d request(s) failed; the first: %s%n", r.errors(), r.firstError());
        }
        return r;
    }

    /** Cores and the load average, so that a figure taken on a busy machine says so. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", load average " + loadAverage();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
