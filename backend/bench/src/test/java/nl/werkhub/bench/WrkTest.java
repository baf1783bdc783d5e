package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class WrkTest {

    private final Wrk wrk = new Wrk(Path.of("target/wrk-test"));

    /** wrk's own summary first, then the line of bench.lua's done(). */
    private static final String OUTPUT = """
            Running 10s test @ http://localhost:8095/
              1 threads and 8 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     2.61ms    1.02ms  31.20ms   90.12%
                Req/Sec     3.10k   210.33     3.50k    70.00%
              30000 requests in 9.71s, 21.50MB read
            Requests/sec:   3089.60
            Transfer/sec:      2.21MB
            {"wrk":1,"requests":30000,"duration_us":9710000,"non2xx":0,"socket_errors":0,"timeouts":0,"p50_us":2410,"p95_us":4380,"p99_us":7125,"max_us":31200,"mean_us":2610.5,"first_error":""}
            """;

    @Test
    void readsThePercentilesOfTheScriptsLineInMicroseconds() {
        Wrk.Parsed p = wrk.parse(OUTPUT);
        assertEquals(30000, p.requests());
        assertEquals(2410, p.p50());
        assertEquals(4380, p.p95());
        assertEquals(7125, p.p99());
        assertEquals(31200, p.max());

        LoadRunner.Result r = p.toResult("API", 8, 100_000);
        assertEquals(2.41, Report.ms(r.p50()), 1e-9);
        assertEquals(4.38, Report.ms(r.p95()), 1e-9);
        assertEquals(7.125, Report.ms(r.p99()), 1e-9);
        assertEquals(31.2, Report.ms(r.max()), 1e-9);
        assertEquals(30000 / 9.71, r.throughput(), 1e-6);
        assertEquals(0, r.errors());
        assertNull(r.firstError());
    }

    @Test
    void countsAnswersOutside2xxAsErrorsAndNotAsRequests() {
        Wrk.Parsed p = wrk.parse("{\"wrk\":1,\"requests\":100,\"duration_us\":1000000,\"non2xx\":3,\"socket_errors\":1,"
                + "\"timeouts\":2,\"p50_us\":100,\"p95_us\":200,\"p99_us\":300,\"max_us\":400,\"mean_us\":120.0,"
                + "\"first_error\":\"401 \"}\n");
        LoadRunner.Result r = p.toResult("API", 4, 1_000);
        assertEquals(97, r.count());
        assertEquals(6, r.errors());
        assertEquals("401 ", r.firstError());
    }

    @Test
    void atTheRequestBoundTheTimeComesFromTheMeanLatencyNotFromWrksDuration() {
        // 8 connections, 2.5 ms each per request: 30,000 requests took 30,000 × 2.5 ms / 8 = 9.375 s,
        // although wrk says 20 s (its -d) because the threads stopped at the bound
        Wrk.Parsed p = wrk.parse("{\"wrk\":1,\"requests\":30000,\"duration_us\":20000000,\"non2xx\":0,\"socket_errors\":0,"
                + "\"timeouts\":0,\"p50_us\":2400,\"p95_us\":4000,\"p99_us\":6000,\"max_us\":9000,\"mean_us\":2500.0,"
                + "\"first_error\":\"\"}");
        assertEquals(9.375, p.toResult("API", 8, 30_000).seconds(), 1e-9);
        assertEquals(3200, p.toResult("API", 8, 30_000).throughput(), 1e-6);
        assertEquals(20.0, p.toResult("API", 8, 40_000).seconds(), 1e-9, "below the bound wrk's duration holds");
        // stopped after sending their share, the threads leave up to 8 answers uncounted
        assertEquals(9.375, p.toResult("API", 8, 30_007).seconds(), 1e-9);
        assertEquals(20.0, p.toResult("API", 8, 30_009).seconds(), 1e-9);
    }

    @Test
    void outputWithoutTheScriptsLineIsAnError() {
        BenchException e = assertThrows(BenchException.class, () -> wrk.parse("unable to connect to localhost:8095\n"));
        assertTrue(e.getMessage().contains("no result line"), e.getMessage());
    }

    @Test
    void atMostTwoThreads() {
        assertEquals(1, Wrk.threads(1));
        assertTrue(Wrk.threads(8) <= 2);
    }
}
