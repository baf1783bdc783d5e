package nl.werkhub.devstack;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs a real PostgreSQL 17 (zonky embedded binaries) in the foreground for the local dev stack.
 *
 * <pre>
 * java -jar backend/devstack/target/werkhub-devstack.jar [options]
 *   --port N          port (env PG_PORT, default 54329)
 *   --data-dir DIR    data directory, kept across runs (env PG_DATA_DIR, default &lt;repo&gt;/.local/postgres)
 *   --ephemeral       fresh temporary data directory, deleted on exit (end-to-end tests)
 *   --db NAME         database to create (repeatable; env PG_DATABASES=a,b; default werkhub)
 *   --user NAME       owner role (env PG_USER, default werkhub), password = --password (env PG_PASSWORD, default werkhub)
 * </pre>
 *
 * On start it creates the role and the databases when they are missing (idempotent), prints
 * {@code PostgreSQL ready on port N}, and then waits. SIGTERM / SIGINT stop the server cleanly
 * (fast shutdown). A server left running by a launcher that was killed with -9 is found through
 * {@code postmaster.pid} and stopped before the new one starts; a stale pid file is removed.
 * Exits 1 when PostgreSQL dies underneath it.
 */
public final class EmbeddedPostgres {

    private static final String EPHEMERAL_PREFIX = "werkhub-e2e-pg-";
    private static final String LAUNCHER_LOCK = "launcher.lock";
    /** Directories without a launcher lock are only reaped when older than this (being created otherwise). */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(10);

    @SuppressWarnings("unused") // held, never read: released by the OS when the process ends
    private static volatile FileLock heldLock;

    private EmbeddedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", o.verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");

        long t0 = System.nanoTime();
        File dataDir;
        File ephemeralRoot = null;
        if (o.ephemeral) {
            // <tmp>/embedded-pg/werkhub-e2e-pg-<uuid>/{launcher.lock,data}: the lock is held for the
            // life of this process, so a launcher starting next to us can tell our directory from
            // one left behind by a launcher that was killed.
            File parent = new File(System.getProperty("java.io.tmpdir"), "embedded-pg");
            Files.createDirectories(parent.toPath());
            ephemeralRoot = new File(parent, EPHEMERAL_PREFIX + UUID.randomUUID());
            Files.createDirectories(ephemeralRoot.toPath());
            FileChannel lockChannel = FileChannel.open(new File(ephemeralRoot, LAUNCHER_LOCK).toPath(),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            heldLock = lockChannel.lock(); // kept until the JVM exits
            cleanOrphanedEphemeralDirs(parent, ephemeralRoot);
            dataDir = new File(ephemeralRoot, "data");
            Files.createDirectories(dataDir.toPath());
        } else {
            dataDir = o.dataDir.toFile().getAbsoluteFile();
            Files.createDirectories(dataDir.toPath());
            stopOrphanedServer(dataDir);
        }
        if (!portIsFree(o.port)) {
            if (ephemeralRoot != null) {
                deleteRecursively(ephemeralRoot.toPath());
            }
            System.err.println("[postgres] ERROR: port " + o.port + " is already in use (another PostgreSQL?). "
                    + "Stop it or choose another port (PG_PORT / --port).");
            System.exit(2);
        }

        // Registered before the start: a SIGTERM while initdb/pg_ctl run must not leave a server
        // or a temporary directory behind either.
        final File rootToDelete = ephemeralRoot;
        final File data = dataDir;
        AtomicReference<io.zonky.test.db.postgres.embedded.EmbeddedPostgres> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            log("stopping PostgreSQL on port " + o.port + " ...");
            try {
                io.zonky.test.db.postgres.embedded.EmbeddedPostgres p = running.get();
                if (p != null) {
                    p.close();
                } else {
                    stopOrphanedServer(data);
                }
                if (rootToDelete != null) {
                    deleteRecursively(rootToDelete.toPath());
                }
                log("PostgreSQL stopped" + (o.ephemeral ? " and its temporary data removed" : ""));
            } catch (Exception e) {
                System.err.println("[postgres] error while stopping: " + e);
            }
            stopped.countDown();
        }, "werkhub-postgres-stop"));

        log("starting PostgreSQL 17 on port " + o.port + " with data in " + dataDir
                + (o.ephemeral ? " (temporary, deleted on exit)" : ""));
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg;
        try {
            // zonky's defaults trade durability for test speed (fsync, synchronous_commit and
            // full_page_writes off). That suits a throw-away database, but data kept between runs
            // (make run, make bench) must survive a crash, and the benchmark must pay for the WAL
            // flush of every commit as production does.
            String durable = o.ephemeral ? "off" : "on";
            pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .setPort(o.port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(o.ephemeral)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .start();
            running.set(pg);
        } catch (Exception e) {
            if (stopping.get()) {
                return; // interrupted by a signal; the hook cleans up
            }
            System.err.println("[postgres] ERROR: could not start PostgreSQL: " + e);
            Throwable c = e.getCause();
            while (c != null) {
                System.err.println("[postgres]   caused by: " + c);
                c = c.getCause();
            }
            System.err.println("[postgres] see the PostgreSQL output above; the data directory is " + dataDir);
            System.exit(1);
            return;
        }

        try {
            ensureRoleAndDatabases(pg, o);
        } catch (SQLException e) {
            System.err.println("[postgres] ERROR: could not create role/database: " + e.getMessage());
            System.exit(1);
        }

        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        log("PostgreSQL ready on port " + o.port + " (" + ms + " ms): jdbc:postgresql://localhost:" + o.port + "/"
                + o.databases.get(0) + " user " + o.user + " password " + o.password);

        // Watch the postmaster: if it dies, so do we (the orchestrator then notices).
        while (!stopped.await(2, TimeUnit.SECONDS)) {
            Optional<Long> pid = readPostmasterPid(dataDir);
            if (pid.isEmpty() || !isPostgresProcess(pid.get())) {
                if (stopping.get()) {
                    break;
                }
                System.err.println("[postgres] ERROR: the PostgreSQL server (data " + dataDir + ") is gone; exiting");
                Runtime.getRuntime().halt(1);
            }
        }
    }

    private static void ensureRoleAndDatabases(io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg, Options o)
            throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            boolean roleExists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                ps.setString(1, o.user);
                try (ResultSet rs = ps.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            try (Statement s = c.createStatement()) {
                if (!roleExists) {
                    s.execute("create role " + ident(o.user) + " login password " + literal(o.password));
                    log("created role " + o.user);
                }
                // the benchmark checkpoints before it times anything (bench: Bench.settle); a local
                // database of one's own, so the application's role may ask for that
                s.execute("grant pg_checkpoint to " + ident(o.user));
                for (String db : o.databases) {
                    boolean dbExists;
                    try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                        ps.setString(1, db);
                        try (ResultSet rs = ps.executeQuery()) {
                            dbExists = rs.next();
                        }
                    }
                    if (!dbExists) {
                        s.execute("create database " + ident(db) + " owner " + ident(o.user)
                                + " encoding 'UTF8' template template0");
                        log("created database " + db + " owned by " + o.user);
                    }
                }
            }
        }
    }

    /**
     * A launcher killed with -9 leaves its postmaster running (pg_ctl daemonises it) and the
     * port taken. Stop that server (fast shutdown) so this run owns a fresh one. A pid file
     * whose process is gone (or is no longer a postgres) is stale: remove it.
     */
    private static void stopOrphanedServer(File dataDir) throws InterruptedException, IOException {
        Optional<Long> pid = readPostmasterPid(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        Path pidFile = new File(dataDir, "postmaster.pid").toPath();
        if (!isPostgresProcess(pid.get())) {
            log("removing stale " + pidFile + " (process " + pid.get() + " is not a running PostgreSQL)");
            Files.deleteIfExists(pidFile);
            return;
        }
        log("a PostgreSQL server (pid " + pid.get() + ") from an earlier run is still using " + dataDir
                + "; stopping it");
        signal(pid.get(), "INT"); // fast shutdown
        if (!waitForExit(pid.get(), Duration.ofSeconds(30))) {
            log("it did not stop within 30 s; killing it");
            signal(pid.get(), "QUIT"); // immediate shutdown
            if (!waitForExit(pid.get(), Duration.ofSeconds(10))) {
                signal(pid.get(), "KILL");
                waitForExit(pid.get(), Duration.ofSeconds(5));
            }
        }
        if (Files.exists(pidFile) && readPostmasterPid(dataDir).map(p -> !isPostgresProcess(p)).orElse(false)) {
            Files.deleteIfExists(pidFile);
        }
    }

    /** Temporary (e2e) data directories whose launcher died: stop their server and delete them. */
    private static void cleanOrphanedEphemeralDirs(File parent, File own) {
        // Never open our own lock file here: closing any channel to a file releases all of this
        // process's locks on it (POSIX record locks).
        File[] dirs = parent.listFiles(f -> f.isDirectory() && f.getName().startsWith(EPHEMERAL_PREFIX)
                && !f.getName().equals(own.getName()));
        if (dirs == null) {
            return;
        }
        for (File dir : dirs) {
            File lockFile = new File(dir, LAUNCHER_LOCK);
            if (!lockFile.exists()) {
                // being created right now, or from an older layout: leave young ones alone
                if (System.currentTimeMillis() - dir.lastModified() >= UNLOCKED_GRACE.toMillis()) {
                    reap(dir);
                }
                continue;
            }
            // hold the dead launcher's lock while reaping, so that concurrent launchers do not
            // reap the same directory
            try (FileChannel ch = FileChannel.open(lockFile.toPath(), StandardOpenOption.WRITE);
                 FileLock l = ch.tryLock()) {
                if (l != null) {
                    reap(dir);
                }
            } catch (OverlappingFileLockException | IOException e) {
                // alive, or already gone
            }
        }
    }

    private static void reap(File dir) {
        log("cleaning up the temporary data directory of a killed run: " + dir);
        try {
            File data = new File(dir, "data");
            stopOrphanedServer(data.isDirectory() ? data : dir);
        } catch (Exception e) {
            System.err.println("[postgres] could not stop the server in " + dir + ": " + e);
            return;
        }
        deleteRecursively(dir.toPath());
    }

    private static Optional<Long> readPostmasterPid(File dataDir) {
        Path pidFile = new File(dataDir, "postmaster.pid").toPath();
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            // a negative pid marks a standalone backend (initdb's bootstrap)
            return lines.isEmpty() ? Optional.empty() : Optional.of(Math.abs(Long.parseLong(lines.get(0).trim())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresProcess(long pid) {
        Optional<ProcessHandle> ph = ProcessHandle.of(pid);
        if (ph.isEmpty() || !ph.get().isAlive()) {
            return false;
        }
        Path cmdline = Paths.get("/proc", Long.toString(pid), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                String cmd = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
                return cmd.contains("postgres");
            } catch (IOException e) {
                return true;
            }
        }
        return ph.get().info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static void signal(long pid, String sig) throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).inheritIO().start().waitFor();
    }

    private static boolean waitForExit(long pid, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (!isPostgresProcess(pid)) {
                return true;
            }
            Thread.sleep(200);
        }
        return !isPostgresProcess(pid);
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Best effort; files that vanish meanwhile (another process cleaning too) are fine. */
    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            if (Files.exists(dir)) {
                System.err.println("[postgres] could not delete " + dir + ": " + e);
            }
        }
    }

    private static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static void log(String msg) {
        System.out.println("[postgres] " + msg);
        System.out.flush();
    }

    /** Command-line options, falling back to environment variables and defaults. */
    private static final class Options {
        int port = Integer.parseInt(env("PG_PORT", "54329"));
        Path dataDir = Optional.ofNullable(System.getenv("PG_DATA_DIR")).filter(s -> !s.isBlank()).map(Paths::get)
                .orElseGet(() -> repoRoot().resolve(".local").resolve("postgres"));
        boolean ephemeral = false;
        boolean verbose = !"false".equals(env("PG_VERBOSE", "true"));
        String user = env("PG_USER", "werkhub");
        String password = env("PG_PASSWORD", "werkhub");
        List<String> databases = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            List<String> dbs = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> o.port = Integer.parseInt(next(args, ++i, a));
                    case "--data-dir" -> o.dataDir = Paths.get(next(args, ++i, a));
                    case "--ephemeral" -> o.ephemeral = true;
                    case "--db" -> dbs.add(next(args, ++i, a));
                    case "--user" -> o.user = next(args, ++i, a);
                    case "--password" -> o.password = next(args, ++i, a);
                    case "--quiet" -> o.verbose = false;
                    case "-h", "--help" -> {
                        System.out.println("usage: java -jar werkhub-devstack.jar [--port N] [--data-dir DIR | --ephemeral]"
                                + " [--db NAME]... [--user NAME] [--password PW] [--quiet]");
                        System.exit(0);
                    }
                    default -> {
                        System.err.println("[postgres] unknown argument: " + a + " (try --help)");
                        System.exit(2);
                    }
                }
            }
            if (dbs.isEmpty()) {
                for (String d : env("PG_DATABASES", "werkhub").split(",")) {
                    if (!d.isBlank()) {
                        dbs.add(d.trim());
                    }
                }
            }
            o.databases = dbs;
            return o;
        }

        private static String next(String[] args, int i, String name) {
            if (i >= args.length) {
                System.err.println("[postgres] " + name + " needs a value");
                System.exit(2);
            }
            return args[i];
        }

        private static String env(String name, String def) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? def : v;
        }

        /** The repository root: the first ancestor of this jar that holds backend/devstack/pom.xml, else the cwd. */
        private static Path repoRoot() {
            try {
                Path p = Paths.get(EmbeddedPostgres.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toAbsolutePath();
                for (Path d = p; d != null; d = d.getParent()) {
                    if (Files.exists(d.resolve("backend/devstack/pom.xml"))) {
                        return d;
                    }
                }
            } catch (Exception ignored) {
                // fall through
            }
            return Paths.get("").toAbsolutePath();
        }
    }
}
