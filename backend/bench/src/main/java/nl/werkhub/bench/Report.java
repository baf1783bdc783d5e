package nl.werkhub.bench;

import java.util.List;
import java.util.Locale;

/** The printed table: one row per side and concurrency, then the API/SQL ratio per concurrency. */
final class Report {

    private Report() {
    }

    static String table(List<LoadRunner.Result> results) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "| %-4s | %11s | %8s | %6s | %8s | %8s | %8s | %8s | %8s |%n", "side",
                "concurrency", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s"));
        b.append("|------|------------:|---------:|-------:|---------:|---------:|---------:|---------:|---------:|\n");
        for (LoadRunner.Result r : results) {
            b.append(String.format(Locale.ROOT, "| %-4s | %11d | %8d | %6d | %8.2f | %8.2f | %8.2f | %8.2f | %8.1f |%n",
                    r.label(), r.concurrency(), r.count(), r.errors(), ms(r.p50()), ms(r.p95()), ms(r.p99()),
                    ms(r.max()), r.throughput()));
        }
        for (LoadRunner.Result a : results) {
            if (!a.label().equals("API")) {
                continue;
            }
            for (LoadRunner.Result s : results) {
                if (s.label().equals("SQL") && s.concurrency() == a.concurrency() && s.p50() > 0 && s.p95() > 0) {
                    b.append(String.format(Locale.ROOT,
                            "API/SQL at concurrency %d: p50 %.1fx (%+.2f ms), p95 %.1fx (%+.2f ms)%n",
                            a.concurrency(), (double) a.p50() / s.p50(), ms(a.p50() - s.p50()),
                            (double) a.p95() / s.p95(), ms(a.p95() - s.p95())));
                }
            }
        }
        return b.toString();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
