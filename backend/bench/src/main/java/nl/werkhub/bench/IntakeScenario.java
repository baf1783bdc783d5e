package nl.werkhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Municipal bulk intake of {@code --intake-profiles} (10,000) new profiles, 1,000 per request, as the
 * municipalities' machine clients, against the same rows written directly over JDBC: one set-based
 * insert per table, as the backend writes new profiles (candidate, candidate_talent, audit_event; the
 * triggers fire and fill candidate_match_profile as they do for the API), one transaction per 1,000
 * (the backend commits every 100), as many connections as requests in flight. The payloads are profiles the data set already holds, read back through the
 * municipal API, under client numbers of their own ({@code BINTAKE-}, and {@code BSQL-} for the JDBC
 * copy), so they are new profiles to the intake. Both sets are deleted with SQL afterwards, so the
 * next size starts from the same data; the API's erasure (one DELETE per profile, 10,000 requests)
 * would take longer than the whole scenario.
 */
final class IntakeScenario implements Scenario {

    /** The municipalities with a machine client in the demo realm: the intake is sent as them. */
    static final List<String> MUNICIPALITIES = List.of("rotterdam", "capelle", "nissewaard");
    static final String API_PREFIX = "BINTAKE-";
    static final String SQL_PREFIX = "BSQL-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RESPONSE_ONLY = List.of("id", "municipalityCode", "clientNumber", "version",
            "createdAt", "updatedAt");

    private final Options o;
    private final Api api;
    private final Tokens tokens;
    private final Db db;
    /** Per municipality, requests of at most --batch items. */
    private final List<Map.Entry<String, List<Map<String, Object>>>> batches = new ArrayList<>();
    private int profiles;

    IntakeScenario(Options o, Api api, Tokens tokens, Db db) {
        this.o = o;
        this.api = api;
        this.tokens = tokens;
        this.db = db;
    }

    @Override
    public String name() {
        return "intake";
    }

    @Override
    public String apiLabel() {
        return "POST /api/municipalities/{code}/candidates/bulk";
    }

    @Override
    public List<String> paths() {
        return List.of();
    }

    @Override
    public String sqlLabel() {
        return "one set-based INSERT (jsonb_populate_recordset) each into candidate, candidate_talent, audit_event";
    }

    @Override
    public LoadRunner.OpFactory sql() {
        return null;
    }

    @Override
    public List<Integer> concurrency() {
        return List.of(o.intakeConcurrency);
    }

    @Override
    public List<String> prepare() {
        cleanUp();
        Map<String, List<Map<String, Object>>> byMunicipality = new LinkedHashMap<>();
        List<String> municipalities = MUNICIPALITIES;
        int[] page = new int[municipalities.size()];
        boolean[] exhausted = new boolean[municipalities.size()];
        int n = 0;
        while (n < o.intakeProfiles) {
            boolean any = false;
            for (int m = 0; m < municipalities.size() && n < o.intakeProfiles; m++) {
                if (exhausted[m]) {
                    continue;
                }
                String code = municipalities.get(m);
                JsonNode body = api.getOk("/api/municipalities/" + code + "/candidates?size=100&page=" + page[m]++,
                        tokens.municipality(code));
                for (JsonNode c : body.path("items")) {
                    if (n >= o.intakeProfiles) {
                        break;
                    }
                    byMunicipality.computeIfAbsent(code, k -> new ArrayList<>()).add(item(n, c));
                    n++;
                    any = true;
                }
                exhausted[m] = page[m] >= body.path("totalPages").asInt();
            }
            if (!any) {
                break;
            }
        }
        profiles = n;
        if (n == 0) {
            throw new BenchException("intake: the municipalities hold no profiles to send");
        }
        byMunicipality.forEach((code, items) -> {
            for (int i = 0; i < items.size(); i += o.batchSize) {
                batches.add(Map.entry(code, items.subList(i, Math.min(items.size(), i + o.batchSize))));
            }
        });
        return List.of(String.format(Locale.ROOT, "%,d profiles read through the municipal API, as %d requests of at"
                + " most %d, %d in flight (client numbers %s..., then %s... for the JDBC copy)", n, batches.size(),
                o.batchSize, o.intakeConcurrency, API_PREFIX, SQL_PREFIX));
    }

    /** The profile as a municipal system would send it: the request's fields only, a new client number. */
    private Map<String, Object> item(int i, JsonNode candidate) {
        ObjectNode profile = candidate.deepCopy();
        RESPONSE_ONLY.forEach(profile::remove);
        List<Map<String, Object>> talents = new ArrayList<>();
        for (JsonNode t : candidate.path("talents")) {
            if (!t.path("retired").asBoolean()) {
                talents.add(Map.of("code", t.path("code").asText(), "level", t.path("level").asInt()));
            }
        }
        profile.set("talents", api.json.valueToTree(talents));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("clientNumber", String.format(Locale.ROOT, "%s%06d", API_PREFIX, i));
        item.put("profile", profile);
        return item;
    }

    /** The API phase, then the JDBC phase; both checked to have written the same number of rows. */
    List<LoadRunner.Result> measure() {
        List<LoadRunner.Result> results = new ArrayList<>();
        try {
            results.add(timeApi());
            Counts apiCounts = counts(API_PREFIX);
            Map<String, Table> copy = readBack();
            cleanUp();
            results.add(timeSql(copy));
            Counts sqlCounts = counts(SQL_PREFIX);
            if (!apiCounts.equals(sqlCounts) || apiCounts.candidates() != profiles) {
                throw new BenchException("intake: the API and the JDBC copy wrote different rows: API " + apiCounts
                        + ", JDBC " + sqlCounts + " (" + profiles + " profiles sent)");
            }
            System.out.printf("[bench] both sides wrote the same rows: %s%n", apiCounts);
        } finally {
            cleanUp();
        }
        return results;
    }

    record Counts(long candidates, long talents, long matchProfiles, long auditEvents) {
    }

    private Counts counts(String prefix) {
        String ids = "(select id from candidate where client_number like '" + prefix + "%')";
        return new Counts(db.queryLong("select count(*) from candidate where client_number like '" + prefix + "%'"),
                db.queryLong("select count(*) from candidate_talent where candidate_id in " + ids),
                db.queryLong("select count(*) from candidate_match_profile where candidate_id in " + ids),
                db.queryLong("select count(*) from audit_event where candidate_id in " + ids));
    }

    private LoadRunner.Result timeApi() {
        ExecutorService pool = Executors.newFixedThreadPool(o.intakeConcurrency);
        long[] latencies = new long[batches.size()];
        try {
            // tokens before the clock starts: a token fetch is not part of the intake
            MUNICIPALITIES.forEach(m -> tokens.fresh("gemeente-" + m, java.time.Duration.ofMinutes(5)));
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int b = 0; b < batches.size(); b++) {
                int index = b;
                futures.add(pool.submit(() -> {
                    var batch = batches.get(index);
                    long t0 = System.nanoTime();
                    JsonNode r = api.postOk("/api/municipalities/" + batch.getKey() + "/candidates/bulk",
                            tokens.municipality(batch.getKey()), Map.of("items", batch.getValue()));
                    latencies[index] = System.nanoTime() - t0;
                    if (r.path("created").asInt() != batch.getValue().size()) {
                        throw new BenchException("intake: a request of " + batch.getValue().size() + " created "
                                + r.path("created").asInt() + " (invalid " + r.path("invalid").asInt() + "): "
                                + Api.abbreviate(r.toString()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                get(f);
            }
            return result("API", latencies, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private LoadRunner.Result result(String label, long[] latencies, double seconds) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        // count is profiles, so that throughput() is profiles/s; the latencies are per request
        return new LoadRunner.Result(label, o.intakeConcurrency, profiles, 0, null, seconds,
                LoadRunner.percentile(sorted, 0.50), LoadRunner.percentile(sorted, 0.95),
                LoadRunner.percentile(sorted, 0.99), sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
    }

    /** A table's rows as text, every column but the generated ones, ready to be inserted again. */
    record Table(String name, List<String> columns, List<String> types, List<String[]> rows) {
    }

    private Map<String, Table> readBack() {
        String ids = "(select id from candidate where client_number like '" + API_PREFIX + "%')";
        Map<String, Table> tables = new LinkedHashMap<>();
        try (Connection c = db.connect()) {
            tables.put("candidate", read(c, "candidate", "client_number like '" + API_PREFIX + "%'"));
            tables.put("candidate_talent", read(c, "candidate_talent", "candidate_id in " + ids));
            tables.put("audit_event", read(c, "audit_event", "candidate_id in " + ids));
        } catch (SQLException e) {
            throw new BenchException("intake: reading the created rows failed: " + e.getMessage());
        }
        return tables;
    }

    private static Table read(Connection c, String table, String where) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select a.attname, format_type(a.atttypid, a.atttypmod)"
                + " from pg_attribute a where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped"
                + " and a.attgenerated = '' order by a.attnum")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                    types.add(rs.getString(2));
                }
            }
        }
        List<String[]> rows = new ArrayList<>();
        String select = "select " + String.join(", ", columns.stream().map(col -> col + "::text").toList()) + " from "
                + table + " where " + where + (table.equals("candidate") ? " order by client_number" : "");
        try (PreparedStatement ps = c.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return new Table(table, columns, types, rows);
    }

    /**
     * The same rows under new ids and BSQL- client numbers, in batches of the API's requests: one
     * transaction per batch with its candidates, their talents and their audit events.
     */
    private LoadRunner.Result timeSql(Map<String, Table> copy) {
        Table candidates = copy.get("candidate");
        int idCol = candidates.columns().indexOf("id");
        int clientCol = candidates.columns().indexOf("client_number");
        Map<String, String> newIds = new HashMap<>();
        Map<String, List<String[]>> talentsOf = group(copy.get("candidate_talent"), "candidate_id");
        Map<String, List<String[]>> eventsOf = group(copy.get("audit_event"), "candidate_id");
        for (String[] row : candidates.rows()) {
            newIds.put(row[idCol], UUID.randomUUID().toString());
        }
        List<List<String[]>> chunks = new ArrayList<>();
        for (int i = 0; i < candidates.rows().size(); i += o.batchSize) {
            chunks.add(candidates.rows().subList(i, Math.min(candidates.rows().size(), i + o.batchSize)));
        }
        long[] latencies = new long[chunks.size()];
        ExecutorService pool = Executors.newFixedThreadPool(o.intakeConcurrency);
        ThreadLocal<Connection> connection = ThreadLocal.withInitial(db::connect);
        List<Connection> opened = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < chunks.size(); k++) {
                int index = k;
                futures.add(pool.submit(() -> {
                    Connection c = connection.get();
                    if (!opened.contains(c)) {
                        opened.add(c);
                        c.setAutoCommit(false);
                    }
                    long t0 = System.nanoTime();
                    List<String[]> cand = new ArrayList<>();
                    List<String[]> talents = new ArrayList<>();
                    List<String[]> events = new ArrayList<>();
                    for (String[] row : chunks.get(index)) {
                        String[] r = row.clone();
                        String newId = newIds.get(row[idCol]);
                        r[idCol] = newId;
                        r[clientCol] = SQL_PREFIX + row[clientCol].substring(API_PREFIX.length());
                        cand.add(r);
                        talents.addAll(remap(talentsOf.get(row[idCol]), copy.get("candidate_talent"), newId, false));
                        events.addAll(remap(eventsOf.get(row[idCol]), copy.get("audit_event"), newId, true));
                    }
                    insert(c, candidates, cand);
                    insert(c, copy.get("candidate_talent"), talents);
                    insert(c, copy.get("audit_event"), events);
                    c.commit();
                    latencies[index] = System.nanoTime() - t0;
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                get(f);
            }
            return result("SQL", latencies, (System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
            for (Connection c : opened) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // the timing is done
                }
            }
        }
    }

    private static Map<String, List<String[]>> group(Table t, String column) {
        int col = t.columns().indexOf(column);
        Map<String, List<String[]>> out = new HashMap<>();
        for (String[] row : t.rows()) {
            out.computeIfAbsent(row[col], k -> new ArrayList<>()).add(row);
        }
        return out;
    }

    private static List<String[]> remap(List<String[]> rows, Table t, String candidateId, boolean newId) {
        if (rows == null) {
            return List.of();
        }
        int cand = t.columns().indexOf("candidate_id");
        int id = t.columns().indexOf("id");
        List<String[]> out = new ArrayList<>();
        for (String[] row : rows) {
            String[] r = row.clone();
            r[cand] = candidateId;
            if (newId && id >= 0) {
                r[id] = UUID.randomUUID().toString();
            }
            out.add(r);
        }
        return out;
    }

    /**
     * One set-based INSERT for all rows of a table, as the backend writes a chunk's new profiles
     * (CandidateRepository.insertNew): the rows as one JSON array, which jsonb_populate_recordset
     * turns into rows of the table's type; each value is the column's text form, read by the
     * column type's own input function.
     */
    private static void insert(Connection c, Table t, List<String[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        ArrayNode json = JSON.createArrayNode();
        for (String[] row : rows) {
            ObjectNode r = json.addObject();
            for (int i = 0; i < row.length; i++) {
                r.put(t.columns().get(i), row[i]);
            }
        }
        String columns = String.join(", ", t.columns());
        try (PreparedStatement ps = c.prepareStatement("insert into " + t.name() + " (" + columns + ") select "
                + columns + " from jsonb_populate_recordset(null::" + t.name() + ", ?::jsonb)")) {
            ps.setString(1, json.toString());
            ps.executeUpdate();
        }
    }

    /** Removes both namespaces (also what an interrupted run left): profiles, talents, match rows, events. */
    private void cleanUp() {
        String ids = "(select id from candidate where client_number like '" + API_PREFIX + "%'"
                + " or client_number like '" + SQL_PREFIX + "%')";
        db.execute("delete from audit_event where candidate_id in " + ids);
        db.execute("delete from candidate where client_number like '" + API_PREFIX + "%' or client_number like '"
                + SQL_PREFIX + "%'");
    }

    private static void get(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new BenchException("intake: " + e.getCause());
        }
    }
}
