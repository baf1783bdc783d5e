package nl.werkhub.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The printed and written results: the per-size table, the growth table (each scenario's p95 and
 * throughput at each size) and the CSV. Pure functions of the rows, so they are unit-tested.
 */
final class Report {

    private Report() {
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Fills in API/SQL ratios on the API rows: same size, scenario and concurrency. */
    static List<Row> withRatios(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Row result = r;
            if (r.side().equals("API")) {
                for (Row s : rows) {
                    if (s.side().equals("SQL") && s.size() == r.size() && s.scenario().equals(r.scenario())
                            && s.concurrency() == r.concurrency() && s.p50() > 0 && s.p95() > 0) {
                        result = r.withRatios(r.p50() / s.p50(), r.p95() / s.p95());
                    }
                }
            }
            out.add(result);
        }
        return out;
    }

    /** The per-size table, Markdown (it reads as a table in a terminal too). */
    static String table(List<Row> rows) {
        StringBuilder b = new StringBuilder();
        b.append("| scenario | side | conc. | requests | errors | p50 ms | p95 ms | p99 ms | max ms | throughput "
                + "| API/SQL p50 | API/SQL p95 | RSS max MB | load before → after |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.scenario(), r.side(), r.concurrency(), r.count(), r.errors(), num(r.p50()), num(r.p95()),
                    num(r.p99()), num(r.max()), throughput(r), ratio(r.ratioP50()), ratio(r.ratioP95()),
                    r.rssMaxKb() > 0 ? String.format(Locale.ROOT, "%.0f", r.rssMaxKb() / 1024.0) : "",
                    r.loadBefore().isEmpty() ? "" : r.loadBefore() + " → " + r.loadAfter()));
        }
        return b.toString();
    }

    /** Each scenario's side and concurrency as a line, p95 and throughput per size as columns. */
    static String growth(List<Row> rows) {
        TreeSet<Integer> sizes = new TreeSet<>();
        Map<String, Map<Integer, Row>> lines = new LinkedHashMap<>();
        for (Row r : rows) {
            sizes.add(r.size());
            lines.computeIfAbsent(r.scenario() + " | " + r.side() + " | " + r.concurrency(), k -> new LinkedHashMap<>())
                    .put(r.size(), r);
        }
        StringBuilder b = new StringBuilder("| scenario | side | conc. |");
        StringBuilder rule = new StringBuilder("|---|---|---:|");
        for (int s : sizes) {
            b.append(String.format(Locale.ROOT, " p95 ms @%s | thr. @%s |", size(s), size(s)));
            rule.append("---:|---:|");
        }
        b.append('\n').append(rule).append('\n');
        lines.forEach((key, bySize) -> {
            b.append("| ").append(key).append(" |");
            for (int s : sizes) {
                Row r = bySize.get(s);
                b.append(' ').append(r == null ? "" : num(r.p95())).append(" | ")
                        .append(r == null ? "" : throughput(r)).append(" |");
            }
            b.append('\n');
        });
        return b.toString();
    }

    static final String CSV_HEADER = "size,scenario,side,concurrency,requests,errors,p50_ms,p95_ms,p99_ms,max_ms,"
            + "throughput,unit,api_sql_p50,api_sql_p95,rss_max_kb,load_before,load_after";

    static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.1f,%s,%s,%s,%d,%s,%s%n",
                    r.size(), r.scenario(), r.side(), r.concurrency(), r.count(), r.errors(), r.p50(), r.p95(), r.p99(),
                    r.max(), r.throughput(), r.unit(), csvRatio(r.ratioP50()), csvRatio(r.ratioP95()), r.rssMaxKb(),
                    r.loadBefore(), r.loadAfter()));
        }
        return b.toString();
    }

    /** The rows of {@link #csv}'s output, read back (for combining runs). */
    static List<Row> parseCsv(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\\R");
        if (lines.length == 0 || !lines[0].equals(CSV_HEADER)) {
            throw new BenchException("not a results.csv of this harness (header differs)");
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            if (f.length != 17) {
                throw new BenchException("results.csv line " + (i + 1) + ": 17 fields expected, " + f.length + " found");
            }
            rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], Integer.parseInt(f[3]), Long.parseLong(f[4]),
                    Long.parseLong(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]), Double.parseDouble(f[10]), f[11], csvRatio(f[12]), csvRatio(f[13]),
                    Long.parseLong(f[14]), f[15], f[16]));
        }
        return rows;
    }

    private static double csvRatio(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    /** 10000 → 10k, 500000 → 500k, 1500000 → 1.5M. */
    static String size(int n) {
        if (n >= 1_000_000) {
            return trim(n / 1e6) + "M";
        }
        if (n >= 1000) {
            return trim(n / 1e3) + "k";
        }
        return String.valueOf(n);
    }

    /** Three significant digits, enough for noisy timings: 0.912, 12.3, 456, 1234. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f×", v);
    }

    private static String csvRatio(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String throughput(Row r) {
        String unit = r.unit().equals("req") ? "/s" : " " + r.unit() + "/s";
        return String.format(Locale.ROOT, "%,.0f%s", r.throughput(), unit);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
