package nl.werkhub.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The harness's own data path, until the backend's {@code generate} command is on main (then this,
 * {@link ProfileGenerator} and their test go): brings the number of talent profiles up to the wanted size through the real municipal bulk intake
 * (POST /api/municipalities/{code}/candidates/bulk), so the data went through the same validation,
 * denormalisation and audit as a municipality's, and the intake's own speed is measured on the way.
 */
final class Intake implements DataLoader {

    private final Options o;
    private final Api api;
    private final Tokens tokens;
    private final Db db;

    Intake(Options o, Api api, Tokens tokens, Db db) {
        this.o = o;
        this.api = api;
        this.tokens = tokens;
        this.db = db;
    }

    @Override
    public String describe() {
        return "the harness's ProfileGenerator through the municipal bulk intake (the backend jar has no generate command)";
    }

    @Override
    public void ensure(int size) {
        long total = db.queryLong("select count(*) from candidate");
        long nextIndex = db.queryLong("select coalesce(max(substring(client_number from 7)::bigint), -1) + 1"
                + " from candidate where client_number ~ '^BENCH-[0-9]{8}$'");
        long needed = size - total;
        System.out.printf("[bench] profiles in the database: %,d; wanted: %,d%n", total, size);
        if (needed <= 0) {
            System.out.printf("[bench] nothing to load (a smaller size needs a fresh database: stack.sh reset-bench-db)%n");
            return;
        }
        ProfileGenerator generator = new ProfileGenerator(taxonomy(), o.seed);
        System.out.printf("[bench] loading %,d generated profiles (seed %d, from BENCH-%08d) through the bulk"
                + " intake, %d per request, %d request(s) in flight ...%n", needed, o.seed, nextIndex, o.batchSize,
                o.intakeConcurrency);

        Map<String, Long> outcomes = new TreeMap<>();
        AtomicLong sent = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(o.intakeConcurrency);
        Semaphore inFlight = new Semaphore(o.intakeConcurrency);
        List<Future<Map<String, Long>>> futures = new ArrayList<>();
        Map<String, List<ProfileGenerator.Item>> buffers = new HashMap<>();
        long start = System.nanoTime();
        long[] nextReport = {start + 10_000_000_000L};
        try {
            for (long i = nextIndex; i < nextIndex + needed; i++) {
                ProfileGenerator.Item item = generator.profile(i);
                List<ProfileGenerator.Item> buffer = buffers.computeIfAbsent(item.municipality(), m -> new ArrayList<>());
                buffer.add(item);
                if (buffer.size() == o.batchSize) {
                    futures.add(submit(pool, inFlight, item.municipality(), buffer, sent, start, nextReport, needed));
                    buffers.put(item.municipality(), new ArrayList<>());
                }
                collectDone(futures, outcomes);
            }
            buffers.forEach((m, buffer) -> {
                if (!buffer.isEmpty()) {
                    futures.add(submit(pool, inFlight, m, buffer, sent, start, nextReport, needed));
                }
            });
            for (Future<Map<String, Long>> f : futures) {
                merge(outcomes, get(f));
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = db.queryLong("select count(*) from candidate");
        System.out.printf("[bench] intake: %,d profiles in %.1f s = %,.0f profiles/s (%s); %,d profiles now%n",
                sent.get(), seconds, sent.get() / seconds, outcomes, after);
    }

    private Future<Map<String, Long>> submit(ExecutorService pool, Semaphore inFlight, String municipality,
            List<ProfileGenerator.Item> batch, AtomicLong sent, long start, long[] nextReport, long needed) {
        acquire(inFlight);
        return pool.submit(() -> {
            try {
                Map<String, Long> result = send(municipality, batch);
                long done = sent.addAndGet(batch.size());
                long now = System.nanoTime();
                synchronized (nextReport) {
                    if (now >= nextReport[0]) {
                        double s = (now - start) / 1e9;
                        System.out.printf("[bench]   %,d / %,d profiles (%.0f s, %,.0f profiles/s)%n", done, needed, s,
                                done / s);
                        nextReport[0] = now + 10_000_000_000L;
                    }
                }
                return result;
            } finally {
                inFlight.release();
            }
        });
    }

    private Map<String, Long> send(String municipality, List<ProfileGenerator.Item> batch) {
        List<Map<String, Object>> items = new ArrayList<>(batch.size());
        for (ProfileGenerator.Item item : batch) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("clientNumber", item.clientNumber());
            entry.put("profile", item.profile());
            items.add(entry);
        }
        JsonNode response = api.postOk("/api/municipalities/" + municipality + "/candidates/bulk",
                tokens.municipality(municipality), Map.of("items", items));
        if (response.path("invalid").asInt() > 0) {
            List<String> problems = new ArrayList<>();
            for (JsonNode r : response.path("results")) {
                if ("INVALID".equals(r.path("outcome").asText()) && problems.size() < 5) {
                    problems.add(r.path("clientNumber").asText() + ": " + r.path("problem"));
                }
            }
            throw new BenchException("the intake refused " + response.path("invalid").asInt()
                    + " generated profile(s); the generator must only send what the API accepts:\n  "
                    + String.join("\n  ", problems));
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String k : List.of("created", "updated", "unchanged")) {
            counts.put(k, response.path(k).asLong());
        }
        return counts;
    }

    /** Active talent codes per category, read like a municipal system would (GET /api/talents). */
    Map<String, List<String>> taxonomy() {
        Map<String, List<String>> byCategory = new TreeMap<>();
        String token = tokens.municipality(ProfileGenerator.MUNICIPALITIES.get(0));
        for (int page = 0; ; page++) {
            JsonNode body = api.getOk("/api/talents?size=100&sort=code,asc&page=" + page, token);
            for (JsonNode t : body.path("items")) {
                if (!t.path("retired").asBoolean()) {
                    byCategory.computeIfAbsent(t.path("category").asText(), c -> new ArrayList<>()).add(t.path("code").asText());
                }
            }
            if (page + 1 >= body.path("totalPages").asInt()) {
                break;
            }
        }
        return byCategory;
    }

    private static void collectDone(List<Future<Map<String, Long>>> futures, Map<String, Long> outcomes) {
        // surface a refused batch at once instead of after generating everything else
        futures.removeIf(f -> {
            if (!f.isDone()) {
                return false;
            }
            merge(outcomes, get(f));
            return true;
        });
    }

    private static void merge(Map<String, Long> into, Map<String, Long> counts) {
        counts.forEach((k, v) -> into.merge(k, v, Long::sum));
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void acquire(Semaphore s) {
        try {
            s.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        }
    }
}
