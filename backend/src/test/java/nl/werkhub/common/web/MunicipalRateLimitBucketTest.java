package nl.werkhub.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The token bucket of {@link MunicipalRateLimit} on a clock the test controls (nanoseconds). */
class MunicipalRateLimitBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aBurstPassesThenOneRequestPerIntervalAndTheWaitIsExact() {
        MunicipalRateLimit limit = new MunicipalRateLimit(true, 2, 3); // 2 a second, bursts of 3
        long t = 1_000 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.acquire("a", t), "request " + i + " of the burst");
        }
        assertEquals(SECOND / 2, limit.acquire("a", t), "the fourth waits one interval");
        assertEquals(SECOND / 2 - 100, limit.acquire("a", t + 100), "and less as time passes");
        assertEquals(0, limit.acquire("a", t + SECOND / 2), "one interval later one more passes");
        assertTrue(limit.acquire("a", t + SECOND / 2) > 0, "but not two");
        // a refused request costs nothing: after a full refill the whole burst passes again
        long later = t + 10 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limit.acquire("a", later));
        }
        assertTrue(limit.acquire("a", later) > 0);
    }

    @Test
    void clientsHaveABucketEach() {
        MunicipalRateLimit limit = new MunicipalRateLimit(true, 1, 1);
        long t = 5 * SECOND;
        assertEquals(0, limit.acquire("service-account-gemeente-rotterdam", t));
        assertTrue(limit.acquire("service-account-gemeente-rotterdam", t) > 0);
        assertEquals(0, limit.acquire("service-account-gemeente-capelle", t));
    }

    @Test
    void theClockMayWrapAround() {
        MunicipalRateLimit limit = new MunicipalRateLimit(true, 1, 2);
        long t = Long.MAX_VALUE - SECOND / 2;
        assertEquals(0, limit.acquire("a", t));
        assertEquals(0, limit.acquire("a", t));
        assertTrue(limit.acquire("a", t + SECOND / 4) > 0, "across the wrap of System.nanoTime");
        assertEquals(0, limit.acquire("a", t + 2 * SECOND));
    }

    /** Many threads on one bucket at one instant: exactly the burst passes, no more (compare-and-set, no lock). */
    @Test
    void concurrentRequestsNeverPassMoreThanTheBurst() throws InterruptedException {
        MunicipalRateLimit limit = new MunicipalRateLimit(true, 1, 50);
        long t = 77 * SECOND;
        AtomicInteger passed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            pool.submit(() -> {
                start.await();
                if (limit.acquire("a", t) == 0) {
                    passed.incrementAndGet();
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(50, passed.get());
    }
}
