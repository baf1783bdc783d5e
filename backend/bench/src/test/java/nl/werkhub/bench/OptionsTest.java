package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void sizesComeFromTheEnvironmentOrTheCommandLineAndMustGrow() {
        assertEquals(List.of(10_000, 100_000, 500_000), Options.parse(new String[0], Map.of()).sizes);
        assertEquals(List.of(10_000, 100_000), Options.parse(new String[0], Map.of("BENCH_SIZES", "10000,100000")).sizes);
        assertEquals(List.of(20_000), Options.parse(new String[] {"all", "--size", "20_000"}, Map.of()).sizes);
        assertThrows(IllegalArgumentException.class, () -> Options.sizes("--sizes", "100000,10000"));
    }

    @Test
    void theBackendsPidAndStartComeFromStackSh() {
        Options o = Options.parse(new String[0], Map.of("BENCH_BACKEND_PID", "4242", "BENCH_BACKEND_READY_SECONDS", "2.5"));
        assertEquals(4242, o.backendPid);
        assertEquals("2.5", o.backendReadySeconds);
    }

    @Test
    void vmRssIsReadFromProcStatus() {
        assertEquals(345_678, Rss.vmRssKb("Name:\tjava\nVmPeak:\t 999999 kB\nVmRSS:\t  345678 kB\nThreads:\t42\n"));
        assertEquals(0, Rss.vmRssKb("Name:\tzombie\n"));
    }

    @Test
    void quarkusStartedInIsTheLastStartInTheLog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path log = dir.resolve("backend.log");
        java.nio.file.Files.writeString(log, "werkhub-backend 0.1.0 on JVM (powered by Quarkus 3.33.2) started in 4.104s."
                + " Listening on: http://0.0.0.0:8095\n...\nwerkhub-backend 0.1.0 on JVM started in 1.873s. Listening on\n");
        assertEquals("1.873", Bench.quarkusStartedIn(log));
        assertEquals(null, Bench.quarkusStartedIn(dir.resolve("missing.log")));
    }
}
