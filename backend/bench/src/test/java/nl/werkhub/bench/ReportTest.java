package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static Row row(int size, String scenario, String side, int c, double p50, double p95, double thr) {
        return new Row(size, scenario, side, c, 1000, 0, p50, p95, p95 * 1.2, p95 * 2, thr, "req", Double.NaN, Double.NaN,
                0, "1.5", "2.5");
    }

    @Test
    void ratiosAreApiOverSqlAtTheSameSizeScenarioAndConcurrency() {
        List<Row> rows = Report.withRatios(List.of(
                row(10_000, "s", "API", 1, 3.0, 6.0, 300),
                row(10_000, "s", "SQL", 1, 2.0, 4.0, 500),
                row(10_000, "s", "API", 4, 9.0, 12.0, 400),
                row(10_000, "s", "SQL", 4, 3.0, 4.0, 900),
                row(100_000, "s", "SQL", 1, 100.0, 100.0, 10)));
        assertEquals(1.5, rows.get(0).ratioP50(), 1e-9);
        assertEquals(1.5, rows.get(0).ratioP95(), 1e-9);
        assertEquals(3.0, rows.get(2).ratioP50(), 1e-9);
        assertEquals(3.0, rows.get(2).ratioP95(), 1e-9);
        assertTrue(Double.isNaN(rows.get(1).ratioP50()), "SQL rows carry no ratio");
    }

    @Test
    void apiWithoutSqlSideHasNoRatio() {
        List<Row> rows = Report.withRatios(List.of(row(10_000, "get:/x", "API", 1, 1, 2, 3)));
        assertTrue(Double.isNaN(rows.get(0).ratioP95()));
        assertTrue(Report.table(rows).contains("| get:/x | API | 1 | 1000 | 0 | 1.00 | 2.00 | 2.40 | 4.00 | 3/s |  |  |  | 1.5 → 2.5 |"),
                Report.table(rows));
    }

    @Test
    void tableRowShowsRatioRssAndUnit() {
        Row r = new Row(10_000, "intake", "API", 2, 10_000, 0, 410.5, 520.25, 600, 640, 2345.6, "profiles", 1.234, 2.5,
                350 * 1024, "1.2", "3.4");
        String table = Report.table(List.of(r));
        assertTrue(table.contains("| intake | API | 2 | 10000 | 0 | 411 | 520 | 600 | 640 | 2,346 profiles/s | 1.23× | 2.50× | 350 | 1.2 → 3.4 |"),
                table);
    }

    @Test
    void numbersKeepThreeSignificantDigits() {
        assertEquals("0.912", Report.num(0.9124));
        assertEquals("1.50", Report.num(1.5));
        assertEquals("12.3", Report.num(12.34));
        assertEquals("457", Report.num(456.7));
        assertEquals("", Report.num(Double.NaN));
    }

    @Test
    void sizesAreShort() {
        assertEquals("10k", Report.size(10_000));
        assertEquals("500k", Report.size(500_000));
        assertEquals("1.5M", Report.size(1_500_000));
        assertEquals("999", Report.size(999));
    }

    @Test
    void growthHasOneLinePerScenarioSideAndConcurrencyAndOneColumnPairPerSize() {
        String g = Report.growth(List.of(
                row(10_000, "s", "API", 1, 1, 2.0, 500),
                row(100_000, "s", "API", 1, 1, 20.0, 50),
                row(10_000, "s", "SQL", 1, 1, 1.0, 1000)));
        List<String> lines = g.lines().toList();
        assertEquals("| scenario | side | conc. | p95 ms @10k | thr. @10k | p95 ms @100k | thr. @100k |", lines.get(0));
        assertEquals("| s | API | 1 | 2.00 | 500/s | 20.0 | 50/s |", lines.get(2));
        assertEquals("| s | SQL | 1 | 1.00 | 1,000/s |  |  |", lines.get(3));
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() {
        String csv = Report.csv(Report.withRatios(List.of(row(10_000, "s", "API", 1, 3.0, 6.0, 300),
                row(10_000, "s", "SQL", 1, 2.0, 4.0, 500))));
        List<String> lines = csv.lines().toList();
        assertEquals(Report.CSV_HEADER, lines.get(0));
        assertEquals("10000,s,API,1,1000,0,3.000,6.000,7.200,12.000,300.0,req,1.500,1.500,0,1.5,2.5", lines.get(1));
        assertEquals("10000,s,SQL,1,1000,0,2.000,4.000,4.800,8.000,500.0,req,,,0,1.5,2.5", lines.get(2));
    }

    @Test
    void csvReadsBackToTheSameRows() {
        List<Row> rows = Report.withRatios(List.of(row(10_000, "s", "API", 4, 3.0, 6.0, 300),
                row(10_000, "s", "SQL", 4, 2.0, 4.0, 500), row(500_000, "t", "API", 1, 30.0, 60.0, 20)));
        List<Row> back = Report.parseCsv(Report.csv(rows));
        assertEquals(Report.csv(rows), Report.csv(back));
        assertEquals(500_000, back.get(2).size());
        assertTrue(Double.isNaN(back.get(1).ratioP50()), "the SQL side has no ratio");
    }

    @Test
    void csvOfAnotherFormatIsRefused() {
        assertThrows(BenchException.class, () -> Report.parseCsv("size,scenario\n1,a\n"));
    }
}
