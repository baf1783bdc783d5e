package nl.werkhub.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * Makes the database hold at least a number of talent profiles (and what goes with them). Two
 * implementations behind one interface while the backend's generator is being built: its
 * {@code generate} command (the project's data, issue 6 item 1) and, until then, {@link Intake}.
 */
interface DataLoader {

    String describe();

    void ensure(int size);

    static DataLoader choose(Options o, Api api, Tokens tokens, Db db) {
        Path jar = o.repo.resolve("backend/target/quarkus-app/quarkus-run.jar");
        boolean generate = switch (o.loader) {
            case "generate" -> true;
            case "http" -> false;
            default -> Generate.available(o.repo);
        };
        DataLoader loader = generate ? new Generate(jar, o.seed) : new Intake(o, api, tokens, db);
        System.out.println("[bench] data: " + loader.describe());
        return loader;
    }

    /**
     * {@code java -jar backend/target/quarkus-app/quarkus-run.jar generate --size N --seed S}, with the
     * backend's configuration from the environment that stack.sh exports (DB_URL, OIDC_..., KEYCLOAK_...).
     * It prints one line starting with {@code generated:} and exits 0; anything else stops the run.
     */
    final class Generate implements DataLoader {

        private final Path jar;
        private final long seed;

        Generate(Path jar, long seed) {
            this.jar = jar;
            this.seed = seed;
        }

        /** Whether the packaged backend carries the generator (package nl.werkhub.loaddata). */
        static boolean available(Path repo) {
            Path app = repo.resolve("backend/target/quarkus-app/app");
            if (!Files.isDirectory(app)) {
                return false;
            }
            try (var jars = Files.list(app)) {
                for (Path p : jars.filter(f -> f.toString().endsWith(".jar")).toList()) {
                    try (ZipFile z = new ZipFile(p.toFile())) {
                        if (z.stream().anyMatch(e -> e.getName().startsWith("nl/werkhub/loaddata/"))) {
                            return true;
                        }
                    }
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        }

        @Override
        public String describe() {
            return "the backend's generator (" + jar + " generate, seed " + seed + ")";
        }

        @Override
        public void ensure(int size) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "generate", "--size", String.valueOf(size), "--seed", String.valueOf(seed)));
            System.out.println("[bench] " + String.join(" ", cmd));
            long t = System.nanoTime();
            String summary = null;
            try {
                // the backend's own port stays free for the running backend: the command needs no HTTP
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("generated:")) {
                            summary = line;
                        }
                        System.out.println("[generate] " + line);
                    }
                }
                int rc = p.waitFor();
                if (rc != 0 || summary == null) {
                    throw new BenchException("the generator failed (exit " + rc + (summary == null ? ", no 'generated:' line" : "")
                            + "): " + String.join(" ", cmd));
                }
            } catch (IOException e) {
                throw new BenchException("cannot start the generator: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted");
            }
            System.out.printf("[bench] generate --size %,d: %.1f s%n", size, (System.nanoTime() - t) / 1e9);
        }
    }
}
