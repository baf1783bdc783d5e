package nl.werkhub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backend's vacancy-suggestion query, read from the file the backend loads at startup, so the
 * SQL side times exactly what the endpoint runs. The file documents its positional parameters in
 * its header ({@code --   1  date  today in Europe/Amsterdam ...}); they are bound by what that
 * line says, and a parameter the harness does not recognise stops the run rather than being guessed.
 */
record SuggestionSql(String text, List<Param> params) {

    static final String PATH = "backend/src/main/resources/matching/candidate-suggestions.sql";

    /** What the backend uses as "today" (docs/api.md: the availability reference date). */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    enum Kind { TODAY, VACANCY, MUNICIPALITY, LIMIT }

    record Param(int position, String type, Kind kind, String line) {
    }

    private static final Pattern PARAM_LINE = Pattern.compile("^--\\s+(\\d+)\\s+(\\w+)\\s+(.*)$");

    static SuggestionSql load(Path repo) {
        Path file = repo.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            throw new BenchException(file + " not found: this backend has no vacancy suggestions yet (issue 4),"
                    + " or --repo / BENCH_REPO does not point at the repository");
        }
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new BenchException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static SuggestionSql parse(String text) {
        List<Param> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("--")) {
                break; // the header ends at the first line of SQL
            }
            Matcher m = PARAM_LINE.matcher(line.trim());
            if (m.matches()) {
                String description = m.group(3).toLowerCase(Locale.ROOT);
                Kind kind = description.contains("today") || description.contains("reference date") ? Kind.TODAY
                        : description.contains("vacancy") ? Kind.VACANCY
                        : description.contains("municipality") ? Kind.MUNICIPALITY
                        : description.contains("limit") || description.contains("how many") ? Kind.LIMIT
                        : null;
                if (kind == null) {
                    throw new BenchException(PATH + ": parameter " + m.group(1)
                            + " is one the benchmark does not know how to bind: " + line.trim());
                }
                params.add(new Param(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT), kind, line.trim()));
            }
        }
        long placeholders = text.lines().map(l -> l.contains("--") ? l.substring(0, l.indexOf("--")) : l)
                .mapToLong(l -> l.chars().filter(ch -> ch == '?').count()).sum();
        if (params.isEmpty() || placeholders != params.size()) {
            throw new BenchException(PATH + ": its header documents " + params.size() + " parameter(s) but the SQL has "
                    + placeholders + " placeholder(s); the benchmark binds them from the header");
        }
        return new SuggestionSql(text, params);
    }

    /** Binds the parameters for one vacancy, all municipalities, {@code limit} rows, today as the backend sees it. */
    SqlOps.Binder binder(String vacancyId, int limit) {
        UUID vacancy = UUID.fromString(vacancyId);
        return ps -> {
            for (Param p : params) {
                switch (p.kind()) {
                    case TODAY -> ps.setObject(p.position(), LocalDate.now(AMSTERDAM));
                    case VACANCY -> ps.setObject(p.position(), vacancy);
                    case MUNICIPALITY -> ps.setNull(p.position(), Types.VARCHAR);
                    case LIMIT -> ps.setInt(p.position(), limit);
                    default -> throw new IllegalStateException(p.kind().name());
                }
            }
        };
    }
}
