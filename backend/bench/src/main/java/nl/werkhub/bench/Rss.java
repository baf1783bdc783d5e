package nl.werkhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The backend's resident memory (VmRSS of /proc/{pid}/status), sampled every 100 ms while a scenario
 * runs; its maximum is what the floor "≤ 400 MB under load" is about. The pid comes from stack.sh,
 * which started the backend; without it nothing is sampled.
 */
final class Rss implements AutoCloseable {

    private final Path status;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxKb;

    private Rss(long pid) {
        this.status = Path.of("/proc", String.valueOf(pid), "status");
        this.thread = new Thread(this::loop, "bench-rss");
        thread.setDaemon(true);
        if (pid > 0) {
            thread.start();
        }
    }

    static Rss watch(long pid) {
        return new Rss(pid);
    }

    /** The kB of a {@code VmRSS:   123456 kB} line, or 0 when there is none (the process is gone). */
    static long vmRssKb(String procStatus) {
        for (String line : procStatus.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring(6).replace("kB", "").trim());
            }
        }
        return 0;
    }

    static long current(long pid) {
        try {
            return pid > 0 ? vmRssKb(Files.readString(Path.of("/proc", String.valueOf(pid), "status"))) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private void loop() {
        while (running) {
            try {
                maxKb = Math.max(maxKb, vmRssKb(Files.readString(status)));
                Thread.sleep(100);
            } catch (IOException | RuntimeException e) {
                return; // the backend is gone; the run will notice by itself
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long maxKb() {
        return maxKb;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
