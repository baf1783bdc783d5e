package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    @Test
    void nearestRankPercentiles() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(50, LoadRunner.percentile(sorted, 0.50));
        assertEquals(95, LoadRunner.percentile(sorted, 0.95));
        assertEquals(99, LoadRunner.percentile(sorted, 0.99));
        assertEquals(7, LoadRunner.percentile(new long[] {7}, 0.99));
        assertEquals(0, LoadRunner.percentile(new long[0], 0.5));
        assertEquals(2, LoadRunner.percentile(new long[] {1, 2}, 0.95));
    }

    @Test
    void stopsAtTheRequestBoundAndCountsErrors() {
        AtomicInteger calls = new AtomicInteger();
        LoadRunner.Result r = LoadRunner.run("API", 3, Duration.ZERO, Duration.ofSeconds(30), 500, () -> () -> {
            if (calls.incrementAndGet() % 100 == 0) {
                throw new IllegalStateException("every hundredth fails");
            }
        });
        assertEquals(500, calls.get());
        assertEquals(5, r.errors());
        assertEquals(495, r.count());
        assertTrue(r.p50() <= r.p95() && r.p95() <= r.p99() && r.p99() <= r.max());
    }

    @Test
    void stopsAtTheTimeBound() {
        LoadRunner.Result r = LoadRunner.run("SQL", 2, Duration.ofMillis(50), Duration.ofMillis(300), Long.MAX_VALUE,
                () -> () -> Thread.sleep(10));
        assertTrue(r.seconds() >= 0.3 && r.seconds() < 1.0, "seconds " + r.seconds());
        assertTrue(r.count() > 20 && r.count() < 70, "count " + r.count());
        assertTrue(r.p50() >= 10_000_000L, "p50 " + r.p50());
    }
}
