package nl.werkhub.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The SQL of scoring and suggestions lives in {@code src/main/resources/matching/*.sql}, not in Java
 * strings, so that the benchmark runs exactly the statements the API runs. Each file documents its
 * positional parameters at the top.
 */
final class MatchSql {

    private MatchSql() {
    }

    /** The statement in {@code matching/<name>}; read once, by the bean that uses it, at startup. */
    static String load(String name) {
        try (InputStream in = MatchSql.class.getClassLoader().getResourceAsStream("matching/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource matching/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
