package nl.werkhub.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code concurrency} workers, each sending its next request as soon as the
 * previous one answered. First a warm-up (not recorded: JIT, connection pools, PostgreSQL's buffer
 * cache and plan cache), then a measured phase that ends after {@code duration} or
 * {@code maxRequests}, whichever comes first. Latency is taken per request with System.nanoTime.
 * A closed loop cannot show queueing beyond {@code concurrency} requests (no coordinated-omission
 * correction); it answers "how long does one request take with n in flight", which is the question.
 */
final class LoadRunner {

    /** One worker's operation; {@link #close()} releases what it holds (a connection). */
    interface Op extends AutoCloseable {
        void call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface OpFactory {
        Op create() throws Exception;
    }

    /** Latencies and throughput of one phase. Times in nanoseconds. */
    record Result(String label, int concurrency, long count, long errors, String firstError, double seconds,
            long p50, long p95, long p99, long max, double mean) {

        double throughput() {
            return count / seconds;
        }
    }

    static Result run(String label, int concurrency, Duration warmup, Duration duration, long maxRequests,
            OpFactory factory) {
        List<Op> ops = new ArrayList<>();
        try {
            for (int i = 0; i < concurrency; i++) {
                ops.add(factory.create());
            }
            if (!warmup.isZero()) {
                Phase w = phase(ops, warmup, Long.MAX_VALUE, false);
                if (w.errors() > 0) {
                    throw new BenchException(label + ": " + w.errors() + " request(s) failed during the warm-up;"
                            + " the first: " + w.firstError());
                }
            }
            Phase measured = phase(ops, duration, maxRequests, true);
            long[] all = measured.latencies();
            Arrays.sort(all);
            double mean = Arrays.stream(all).average().orElse(0);
            return new Result(label, concurrency, all.length, measured.errors(), measured.firstError(), measured.seconds(),
                    percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99),
                    all.length == 0 ? 0 : all[all.length - 1], mean);
        } catch (BenchException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchException(label + ": cannot set up the workers: " + e);
        } finally {
            for (Op op : ops) {
                try {
                    op.close();
                } catch (Exception ignored) {
                    // closing a connection after the measurement cannot change it
                }
            }
        }
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p of all at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private record Phase(long[] latencies, long errors, String firstError, double seconds) {
    }

    private static Phase phase(List<Op> ops, Duration duration, long maxRequests, boolean record) throws InterruptedException {
        int n = ops.size();
        AtomicLong started = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        long[][] perWorker = new long[n][];
        int[] counts = new int[n];
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        long[] bounds = new long[2]; // start, deadline (set before go)
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            int worker = w;
            Op op = ops.get(w);
            Thread t = new Thread(() -> {
                long[] lat = new long[record ? 4096 : 0];
                int c = 0;
                try {
                    ready.countDown();
                    go.await();
                    long deadline = bounds[1];
                    while (System.nanoTime() < deadline && started.incrementAndGet() <= maxRequests) {
                        long t0 = System.nanoTime();
                        try {
                            op.call();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                            continue;
                        }
                        long elapsed = System.nanoTime() - t0;
                        if (record) {
                            if (c == lat.length) {
                                lat = Arrays.copyOf(lat, lat.length * 2);
                            }
                            lat[c++] = elapsed;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    perWorker[worker] = lat;
                    counts[worker] = c;
                    done.countDown();
                }
            }, "bench-worker-" + w);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        bounds[0] = System.nanoTime();
        bounds[1] = bounds[0] + duration.toNanos();
        go.countDown();
        done.await();
        long end = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[total];
        int pos = 0;
        for (int w = 0; w < n; w++) {
            System.arraycopy(perWorker[w], 0, all, pos, counts[w]);
            pos += counts[w];
        }
        Throwable first = firstError.get();
        return new Phase(all, errors.get(), first == null ? null : first.toString(), (end - bounds[0]) / 1e9);
    }
}
