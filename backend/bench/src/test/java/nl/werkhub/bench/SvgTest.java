package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void logScaleMapsDecadesToEqualDistances() {
        assertEquals(100, Svg.logScale(10_000, 10_000, 1_000_000, 100, 300), 1e-9);
        assertEquals(200, Svg.logScale(100_000, 10_000, 1_000_000, 100, 300), 1e-9);
        assertEquals(300, Svg.logScale(1_000_000, 10_000, 1_000_000, 100, 300), 1e-9);
        // y grows downwards in SVG: a larger value gets a smaller y
        assertEquals(400, Svg.logScale(1, 1, 100, 400, 0), 1e-9);
        assertEquals(200, Svg.logScale(10, 1, 100, 400, 0), 1e-9);
        assertEquals(150, Svg.logScale(5, 5, 5, 100, 200), 1e-9, "one value: the middle");
    }

    @Test
    void ticksAreOneTwoFivePerDecade() {
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0), Svg.ticks(1, 100));
        assertEquals("50", Svg.tickLabel(50));
        assertEquals("0.500", Svg.tickLabel(0.5));
    }

    @Test
    void oneLinePerScenarioAndSideAtItsLowestConcurrencySqlDashed() {
        List<Row> rows = List.of(
                new Row(10_000, "s", "API", 1, 1, 0, 1, 2, 3, 4, 5, "req", Double.NaN, Double.NaN, 0, "", ""),
                new Row(10_000, "s", "API", 4, 1, 0, 1, 20, 3, 4, 5, "req", Double.NaN, Double.NaN, 0, "", ""),
                new Row(100_000, "s", "API", 1, 1, 0, 1, 8, 3, 4, 5, "req", Double.NaN, Double.NaN, 0, "", ""),
                new Row(10_000, "s", "SQL", 1, 1, 0, 1, 1, 3, 4, 5, "req", Double.NaN, Double.NaN, 0, "", ""),
                new Row(100_000, "s", "SQL", 1, 1, 0, 1, 4, 3, 4, 5, "req", Double.NaN, Double.NaN, 0, "", ""),
                new Row(10_000, "intake", "API", 2, 1, 0, 1, 9000, 3, 4, 5, "profiles", Double.NaN, Double.NaN, 0, "", ""));
        List<Svg.Series> series = Svg.series(rows);
        assertEquals(2, series.size(), "the intake's per-request latency stays out of the chart");
        assertEquals(2.0, series.get(0).p95BySize().get(10_000));
        assertEquals(8.0, series.get(0).p95BySize().get(100_000));

        String svg = Svg.chart(rows, "t <&>");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        assertTrue(svg.contains("t &lt;&amp;&gt;"), svg);
        assertEquals(2, svg.split("<polyline").length - 1, svg);
        assertEquals(2, svg.split("stroke-dasharray").length - 1, "the SQL line and its legend entry are dashed");
        assertTrue(svg.contains(">10k<") && svg.contains(">100k<"), svg);
        // y axis 1..10 ms: p95 8 ms of the API at 100k lies at the right edge, near the top
        double x1 = Svg.WIDTH - Svg.RIGHT;
        double y = Svg.logScale(8, 1, 10, Svg.HEIGHT - Svg.BOTTOM, Svg.TOP);
        assertTrue(svg.contains(String.format(java.util.Locale.ROOT, "%.1f,%.1f", x1, y)), svg);
        assertTrue(svg.trim().endsWith("</svg>"));
    }
}
