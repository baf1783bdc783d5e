package nl.werkhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The backend's vacancy-suggestion query, read from the file the backend loads at startup, so the
 * SQL side times exactly what the endpoint runs.
 */
record SuggestionSql(String text) {

    static final String PATH = "backend/src/main/resources/matching/candidate-suggestions.sql";

    static SuggestionSql load(Path repo) {
        Path file = repo.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new BenchException(file + " not found: this backend has no vacancy suggestions yet (issue 4),"
                    + " or --repo / BENCH_REPO does not point at the repository");
        }
        try {
            return new SuggestionSql(Files.readString(file));
        } catch (IOException e) {
            throw new BenchException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Binds the file's positional parameters for one vacancy. */
    SqlOps.Binder binder(String vacancyId, int limit) {
        throw new BenchException("TODO: bind the parameters of " + PATH);
    }
}
