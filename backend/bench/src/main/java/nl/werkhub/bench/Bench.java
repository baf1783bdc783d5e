package nl.werkhub.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Entry point: {@code load} brings the database to a size, {@code run} times the scenarios at the
 * current size, {@code all} grows the database through every size of {@code --sizes} and times all
 * scenarios at each. See {@link Options#USAGE} and BENCHMARKS.md.
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
            System.exit(o.command.equals("report") ? report(o) : run(o));
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
        if (!o.sqlOnly && !o.command.equals("load")) {
            Wrk.check();
        }
        DataLoader loader = DataLoader.choose(o);
        if (o.command.equals("load")) {
            loader.ensure(o.sizes.get(o.sizes.size() - 1));
            vacuumAnalyze(db);
            return 0;
        }
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path out = o.repo.resolve("bench-results").resolve(stamp);
        Wrk wrk = new Wrk(out.resolve("wrk"));
        List<String> facts = facts(o, db);
        facts.forEach(f -> System.out.println("[bench] " + f));

        List<Row> rows = new ArrayList<>();
        long errors = 0;
        List<Integer> sizes = o.command.equals("run") ? List.of(-1) : o.sizes;
        for (int wanted : sizes) {
            if (wanted > 0) {
                System.out.printf("%n[bench] ===== size %,d =====%n", wanted);
                loader.ensure(wanted);
                vacuumAnalyze(db);
            }
            int size = (int) db.queryLong("select count(*) from candidate");
            System.out.printf("[bench] %,d profiles, %,d vacancies, %,d placements, %,d follow-up calls%n", size,
                    db.queryLong("select count(*) from vacancy"), db.queryLong("select count(*) from placement"),
                    db.queryLong("select count(*) from follow_up_call"));
            settle(o, api, tokens, db, wrk);
            List<Row> sizeRows = new ArrayList<>();
            for (String name : o.scenarios) {
                Scenario s = scenario(name.trim(), o, api, tokens, db);
                sizeRows.addAll(runScenario(s, o, tokens, wrk, wanted > 0 ? wanted : size));
            }
            sizeRows = Report.withRatios(sizeRows);
            errors += sizeRows.stream().mapToLong(Row::errors).sum();
            rows.addAll(sizeRows);
            System.out.printf("%n[bench] ===== results at %,d profiles (load average now %s) =====%n%n%s", size,
                    loadAverage(), Report.table(sizeRows));
        }
        if (!rows.isEmpty()) {
            System.out.printf("%n[bench] ===== growth: p95 and throughput per size =====%n%n%s", Report.growth(rows));
        }
        write(out, facts, rows);
        if (errors > 0) {
            System.err.printf("[bench] ERROR: %d request(s) failed; the figures above do not count them%n", errors);
            return 1;
        }
        return 0;
    }

    static Scenario scenario(String name, Options o, Api api, Tokens tokens, Db db) {
        return switch (name) {
            case "vacancy-get" -> new VacancyGetScenario(api, tokens, db);
            case "vacancy-list" -> new VacancyListScenario(api, tokens, db);
            case "candidate-search" -> new CandidateSearchScenario(name, "ALL", api, tokens, db);
            case "candidate-search-any" -> new CandidateSearchScenario(name, "ANY", api, tokens, db);
            case "vacancy-suggestions" -> new SuggestionScenario(name, BenchVacancies.TYPICAL, o, api, tokens, db);
            case "vacancy-suggestions-broad" -> new SuggestionScenario(name, BenchVacancies.BROAD, o, api, tokens, db);
            case "calls-today" -> new CallsTodayScenario(api, tokens, db);
            case "stats" -> new StatsScenario(api, tokens, db);
            case "intake" -> new IntakeScenario(o, api, tokens, db);
            default -> {
                if (name.startsWith("get:")) {
                    yield new GetScenario(name.substring(4), api, tokens);
                }
                throw new IllegalArgumentException("unknown scenario: " + name);
            }
        };
    }

    /**
     * Before the first timed phase of a size, two things that would otherwise land on whichever
     * scenario runs first: the dirty pages of the data just loaded (a checkpoint writes them now,
     * not during a timing), and a backend whose JIT has not yet compiled the paths a scenario takes;
     * GET by id needed a minute or two of traffic to come from ~1,650 to ~3,000 req/s
     * (a fresh start, or code a scenario reaches for the first time). Every scenario runs once,
     * for --settle (the intake: one whole untimed round), and nothing of it is recorded;
     * then the rows that round left behind are vacuumed.
     */
    static void settle(Options o, Api api, Tokens tokens, Db db, Wrk wrk) {
        long t = System.nanoTime();
        db.execute("checkpoint");
        for (String name : o.scenarios) {
            Scenario s = scenario(name.trim(), o, api, tokens, db);
            s.prepare();
            if (s instanceof IntakeScenario intake) {
                intake.measure();
                continue;
            }
            int c = (o.concurrency != null ? o.concurrency : s.concurrency()).stream().max(Integer::compare).orElse(1);
            List<LoadRunner.Result> runs = new ArrayList<>();
            if (!o.sqlOnly) {
                runs.add(wrk.run("settle " + s.name(), o.apiUrl, s.paths(), tokens.fresh(s.user(), o.settle.plusSeconds(30)),
                        c, Duration.ZERO, o.settle, 0));
            }
            if (s.sqlLabel() != null) {
                runs.add(LoadRunner.run("settle " + s.name(), c, Duration.ZERO, o.settle, Long.MAX_VALUE, s.sql()));
            }
            for (LoadRunner.Result r : runs) {
                if (r.errors() > 0) {
                    throw new BenchException(r.label() + ": " + r.errors() + " request(s) failed; the first: "
                            + r.firstError());
                }
            }
        }
        // the untimed intake round inserted and deleted 20,000 profiles: vacuum now, or autovacuum
        // does it (candidate_talent has millions of rows) while the next scenarios are timed
        db.execute("vacuum analyze candidate, candidate_talent, candidate_match_profile, audit_event");
        db.execute("checkpoint");
        System.out.printf(Locale.ROOT, "[bench] settled: checkpoint, every scenario once untimed, vacuum (%.0f s)%n",
                (System.nanoTime() - t) / 1e9);
    }

    private static List<Row> runScenario(Scenario s, Options o, Tokens tokens, Wrk wrk, int size) {
        System.out.printf("%n[bench] == %s ==%n", s.name());
        String before = loadAverage1();
        List<Row> rows = new ArrayList<>();
        try (Rss rss = Rss.watch(o.backendPid)) {
            for (String line : s.prepare()) {
                System.out.println("[bench] " + line);
            }
            if (s instanceof IntakeScenario intake) {
                List<LoadRunner.Result> results = intake.measure();
                for (LoadRunner.Result r : results) {
                    report(r, "profiles");
                }
                String after = loadAverage1();
                for (LoadRunner.Result r : results) {
                    Row row = Row.of(size, s.name(), r, "profiles", before, after);
                    rows.add(r.label().equals("API") ? row.withRss(rss.maxKb()) : row);
                }
                return rows;
            }
            List<Integer> concurrency = o.concurrency != null ? o.concurrency : s.concurrency();
            if (!o.sqlOnly) {
                System.out.printf("[bench] API: %s (wrk, as %s)%n", s.apiLabel(), s.user());
            }
            if (s.sqlLabel() != null) {
                System.out.printf("[bench] SQL: %s%n", s.sqlLabel());
            }
            System.out.printf("[bench] per phase: %d s warm-up, then %d s or %,d requests; concurrency %s%n",
                    o.warmup.toSeconds(), o.duration.toSeconds(), o.maxRequests, concurrency);
            List<LoadRunner.Result> results = new ArrayList<>();
            Duration phase = o.warmup.plus(o.duration).plusSeconds(30);
            for (int c : concurrency) {
                if (!o.sqlOnly) {
                    // a token valid for the whole phase: wrk cannot fetch a new one
                    String token = tokens.fresh(s.user(), phase);
                    results.add(report(wrk.run("API", o.apiUrl, s.paths(), token, c, o.warmup, o.duration,
                            o.maxRequests), "req"));
                }
                if (s.sqlLabel() != null) {
                    results.add(report(LoadRunner.run("SQL", c, o.warmup, o.duration, o.maxRequests, s.sql()), "req"));
                }
            }
            String after = loadAverage1();
            for (LoadRunner.Result r : results) {
                Row row = Row.of(size, s.name(), r, "req", before, after);
                rows.add(r.label().equals("API") ? row.withRss(rss.maxKb()) : row);
            }
        }
        return rows;
    }

    private static LoadRunner.Result report(LoadRunner.Result r, String unit) {
        System.out.printf(Locale.ROOT, "[bench]   %s concurrency %d: %,d %s, p50 %s ms, p95 %s ms, p99 %s ms, %,.1f %s/s%n",
                r.label(), r.concurrency(), r.count(), unit.equals("req") ? "requests" : "requests (" + unit + ")",
                Report.num(Report.ms(r.p50())), Report.num(Report.ms(r.p95())), Report.num(Report.ms(r.p99())),
                r.throughput(), unit);
        if (r.errors() > 0) {
            System.err.printf("[bench]   %d request(s) failed; the first: %s%n", r.errors(), r.firstError());
        }
        return r;
    }

    /**
     * A bulk load is normally followed by autovacuum's ANALYZE within a minute or so; doing it now
     * makes the timing that follows independent of when that happens to run.
     */
    static void vacuumAnalyze(Db db) {
        long t = System.nanoTime();
        db.execute("vacuum analyze");
        System.out.printf(Locale.ROOT, "[bench] VACUUM ANALYZE: %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    /** What the figures depend on besides the code: the machine, the versions, the backend's start. */
    static List<String> facts(Options o, Db db) {
        List<String> f = new ArrayList<>();
        f.add(String.format(Locale.ROOT, "%s; %d cores (%s); load average %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), cpuModel(), loadAverage()));
        f.add("Java " + System.getProperty("java.vm.name") + " " + Runtime.version() + "; "
                + db.queryString("select version()"));
        String quarkus = quarkusStartedIn(o.backendLog);
        f.add(String.format(Locale.ROOT, "backend: pid %s, start exec → ready %s%s, Quarkus \"started in\" %s, VmRSS now %s MB",
                o.backendPid > 0 ? o.backendPid : "unknown", o.backendReadySeconds == null ? "unknown"
                        : o.backendReadySeconds + " s",
                o.backendReadySecondsCold == null ? "" : " (" + o.backendReadySecondsCold + " s without its class archive)",
                quarkus == null ? "unknown" : quarkus + " s",
                o.backendPid > 0 ? String.valueOf(Rss.current(o.backendPid) / 1024) : "unknown"));
        return f;
    }

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    /** Quarkus's own figure from the backend's log: "... started in 1.234s. Listening on ...". */
    static String quarkusStartedIn(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return null;
        }
        try {
            Matcher m = STARTED_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            return last;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count alone
        }
        return "model unknown";
    }

    /** The tables and the chart of earlier runs, combined: sizes measured in separate runs in one growth chart. */
    static int report(Options o) {
        if (o.from.isEmpty()) {
            throw new IllegalArgumentException("report needs --from a.csv[,b.csv...]");
        }
        Map<String, Row> byLine = new LinkedHashMap<>();
        for (Path file : o.from) {
            try {
                for (Row r : Report.parseCsv(Files.readString(file))) {
                    byLine.put(r.size() + "/" + r.scenario() + "/" + r.side() + "/" + r.concurrency(), r);
                }
            } catch (IOException e) {
                throw new BenchException("cannot read " + file + ": " + e.getMessage());
            }
        }
        List<Row> rows = new ArrayList<>(byLine.values());
        rows.sort(Comparator.comparingInt(Row::size));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path out = o.repo.resolve("bench-results").resolve(stamp + "-report");
        System.out.printf("[bench] ===== growth: p95 and throughput per size =====%n%n%s", Report.growth(rows));
        write(out, List.of("combined from " + o.from.stream().map(Path::toString).collect(Collectors.joining(", "))),
                rows);
        return 0;
    }

    private static void write(Path out, List<String> facts, List<Row> rows) {
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("results.csv"), Report.csv(rows));
            StringBuilder md = new StringBuilder("# Benchmark results\n\n");
            facts.forEach(f -> md.append("- ").append(f).append('\n'));
            TreeSetSizes.of(rows).forEach(size -> {
                md.append(String.format(Locale.ROOT, "%n## %,d profiles%n%n", size));
                md.append(Report.table(rows.stream().filter(r -> r.size() == size).toList()));
            });
            md.append("\n## Growth\n\n").append(Report.growth(rows));
            md.append("\n![p95 per scenario against the number of profiles](growth.svg)\n");
            Files.writeString(out.resolve("results.md"), md.toString());
            Files.writeString(out.resolve("growth.svg"), Svg.chart(rows, "p95 per scenario (API solid, SQL dashed)"));
            System.out.printf("%n[bench] written: %s/{results.csv,results.md,growth.svg}%n", out);
        } catch (IOException e) {
            throw new BenchException("cannot write the results to " + out + ": " + e.getMessage());
        }
    }

    private static final class TreeSetSizes {
        static java.util.SortedSet<Integer> of(List<Row> rows) {
            java.util.TreeSet<Integer> s = new java.util.TreeSet<>();
            rows.forEach(r -> s.add(r.size()));
            return s;
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The 1-minute load average alone, for the table. */
    static String loadAverage1() {
        String l = loadAverage();
        return l.split(" ")[0];
    }
}
