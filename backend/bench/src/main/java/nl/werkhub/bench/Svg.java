package nl.werkhub.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * growth.svg: p95 per scenario against the number of profiles, API solid and SQL dashed, both axes
 * logarithmic (sizes step ×10 and ×5; latencies span 1 ms to seconds). Hand-written SVG, so the
 * harness needs no plotting library and the file can go into docs/ as it is. One line per scenario
 * and side, at the scenario's lowest concurrency (the latency a single user sees). The intake is
 * left out: its latency is per request of 1,000 profiles, seconds, and would squash the rest; its
 * profiles/s are in the tables.
 */
final class Svg {

    static final int WIDTH = 760;
    static final int HEIGHT = 440;
    static final int LEFT = 64;
    static final int RIGHT = 230;
    static final int TOP = 36;
    static final int BOTTOM = 50;

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
            "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"};

    private Svg() {
    }

    /**
     * Where {@code v} lands between the pixels {@code from} and {@code to} on a log scale over
     * [{@code min}, {@code max}]; the middle when the range is a single value.
     */
    static double logScale(double v, double min, double max, double from, double to) {
        if (max <= min) {
            return (from + to) / 2;
        }
        double t = (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        return from + t * (to - from);
    }

    /** Decades (and 2, 5 between them) covering [min, max], for the y axis's grid lines. */
    static List<Double> ticks(double min, double max) {
        List<Double> out = new ArrayList<>();
        for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max * 1.0001; decade *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                double v = decade * m;
                if (v >= min * 0.9999 && v <= max * 1.0001) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    record Series(String scenario, String side, Map<Integer, Double> p95BySize) {
    }

    static List<Series> series(List<Row> rows) {
        Map<String, Integer> lowest = new LinkedHashMap<>();
        for (Row r : rows) {
            lowest.merge(r.scenario() + "|" + r.side(), r.concurrency(), Math::min);
        }
        Map<String, Series> out = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.scenario() + "|" + r.side();
            if (r.concurrency() != lowest.get(key) || r.p95() <= 0 || !r.unit().equals("req")) {
                continue;
            }
            out.computeIfAbsent(key, k -> new Series(r.scenario(), r.side(), new LinkedHashMap<>()))
                    .p95BySize().put(r.size(), r.p95());
        }
        return new ArrayList<>(out.values());
    }

    static String chart(List<Row> rows, String title) {
        List<Series> all = series(rows);
        TreeSet<Integer> sizes = new TreeSet<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Series s : all) {
            sizes.addAll(s.p95BySize().keySet());
            for (double v : s.p95BySize().values()) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n", LEFT, escape(title)));
        if (all.isEmpty()) {
            return b.append("</svg>\n").toString();
        }
        double yMin = Math.pow(10, Math.floor(Math.log10(lo)));
        double yMax = Math.pow(10, Math.ceil(Math.log10(hi)));
        double xMin = sizes.first();
        double xMax = sizes.last();
        int x0 = LEFT;
        int x1 = WIDTH - RIGHT;
        int y0 = HEIGHT - BOTTOM;
        int y1 = TOP;
        // a single size would put every point on one vertical line: widen the axis around it
        if (xMax <= xMin) {
            xMin = xMin / 2;
            xMax = xMax * 2;
        }
        for (double t : ticks(yMin, yMax)) {
            double y = logScale(t, yMin, yMax, y0, y1);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    x0, y, x1, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", x0 - 6,
                    y + 4, tickLabel(t)));
        }
        for (int s : sizes) {
            double x = logScale(s, xMin, xMax, x0, x1);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x, y0, x, y1));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
                    y0 + 16, Report.size(s)));
        }
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#333\"/>%n", x0, y1, x1 - x0, y0 - y1));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">talent profiles (log)</text>%n",
                (x0 + x1) / 2, HEIGHT - 12));
        b.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "p95 ms (log)</text>%n", (y0 + y1) / 2));
        Map<String, String> colours = new LinkedHashMap<>();
        for (Series s : all) {
            colours.computeIfAbsent(s.scenario(), k -> COLOURS[colours.size() % COLOURS.length]);
        }
        int legend = 0;
        for (Series s : all) {
            String colour = colours.get(s.scenario());
            String dash = s.side().equals("SQL") ? " stroke-dasharray=\"6 4\"" : "";
            StringBuilder points = new StringBuilder();
            for (Map.Entry<Integer, Double> p : s.p95BySize().entrySet()) {
                double x = logScale(p.getKey(), xMin, xMax, x0, x1);
                double y = logScale(p.getValue(), yMin, yMax, y0, y1);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y,
                        colour));
            }
            b.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                    points.toString().trim(), colour, dash));
            int ly = TOP + 8 + legend++ * 18;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\"%s/>%n", x1 + 12, ly, x1 + 40, ly, colour, dash));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s %s</text>%n", x1 + 46, ly + 4,
                    escape(s.scenario()), s.side()));
        }
        return b.append("</svg>\n").toString();
    }

    /** 50, not 50.0; 0.5 and 0.02 as they are. */
    static String tickLabel(double v) {
        return v >= 1 && v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : Report.num(v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
