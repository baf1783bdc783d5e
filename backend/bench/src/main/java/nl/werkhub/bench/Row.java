package nl.werkhub.bench;

/**
 * One line of the results: a scenario's side (API or SQL) at one concurrency and one size. Times in
 * milliseconds; {@code throughput} is per second in {@code unit} (requests, or profiles for the
 * intake). {@code rssMaxKb} is the backend's VmRSS maximum during the scenario (API rows only,
 * 0 when unknown); the ratios are API over SQL at the same concurrency (API rows only, NaN without
 * an SQL side).
 */
record Row(int size, String scenario, String side, int concurrency, long count, long errors, double p50, double p95,
        double p99, double max, double throughput, String unit, double ratioP50, double ratioP95, long rssMaxKb,
        String loadBefore, String loadAfter) {

    static Row of(int size, String scenario, LoadRunner.Result r, String unit, String loadBefore, String loadAfter) {
        return new Row(size, scenario, r.label(), r.concurrency(), r.count(), r.errors(), Report.ms(r.p50()),
                Report.ms(r.p95()), Report.ms(r.p99()), Report.ms(r.max()), r.throughput(), unit, Double.NaN,
                Double.NaN, 0, loadBefore, loadAfter);
    }

    Row withRatios(double p50, double p95) {
        return new Row(size, scenario, side, concurrency, count, errors, this.p50, this.p95, p99, max, throughput, unit,
                p50, p95, rssMaxKb, loadBefore, loadAfter);
    }

    Row withRss(long kb) {
        return new Row(size, scenario, side, concurrency, count, errors, p50, p95, p99, max, throughput, unit, ratioP50,
                ratioP95, kb, loadBefore, loadAfter);
    }
}
