package nl.werkhub.loaddata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random draws shared by the factories. Every stream is a {@link SplittableRandom} of (seed, kind, index). */
final class Draw {

    private Draw() {
    }

    /**
     * The random stream of item {@code index} of one kind: it depends on nothing else, so item i is the
     * same whatever the size of the run and whichever items were made before it.
     */
    static SplittableRandom stream(long seed, long kind, long index) {
        return new SplittableRandom(mix(mix(seed) ^ (kind * 0x9E3779B97F4A7C15L)) + index * 0xBF58476D1CE4E5B9L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static int weighted(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * An index in [0, n) where small indexes are likelier: a popularity curve with a long tail, steeper
     * with a higher power.
     */
    static int skewed(SplittableRandom r, int n, int power) {
        return Math.min(n - 1, (int) (n * Math.pow(r.nextDouble(), power)));
    }

    static <T> T one(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    static <T> T one(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static List<String> distinct(SplittableRandom r, String[] values, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, values.length)) {
            picked.add(values[r.nextInt(values.length)]);
        }
        return new ArrayList<>(picked);
    }
}
