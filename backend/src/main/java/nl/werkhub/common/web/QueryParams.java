package nl.werkhub.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;

/** Parsing of path and query parameters into 400 problems that name the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException(name, Text.of("field.uuid"));
        }
    }

    public static UUID requiredUuid(String name, String value) {
        UUID id = uuid(name, value);
        if (id == null) {
            throw new MalformedRequestException(name, Text.of("field.required"));
        }
        return id;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw new MalformedRequestException(name, Text.of("field.one-of", String.join(", ", allowed)));
        }
    }

    public static <E extends Enum<E>> List<E> enumValues(String name, List<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                // accept both ?status=OPEN&status=DRAFT and ?status=OPEN,DRAFT
                for (String part : value.split(",")) {
                    E e = enumValue(name, part, type);
                    if (e != null && !result.contains(e)) {
                        result.add(e);
                    }
                }
            }
        }
        return result;
    }

    /** An ISO-8601 timestamp with an offset ({@code 2026-03-01T09:15:00Z} or {@code ...+01:00}). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // four-digit years only, as RFC 3339: Java also reads years PostgreSQL cannot store
            if (!Character.isDigit(value.trim().charAt(0))) {
                throw new DateTimeParseException("not an RFC 3339 date-time", value, 0);
            }
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(name, Text.of("field.instant"));
        }
    }

    /** An ISO-8601 date ({@code 2026-03-01}). */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FullDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new MalformedRequestException(name, Text.of("field.date"));
        }
    }

    /** An integer within [min, max]. */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, Text.of("field.integer"));
        }
        if (parsed < min || parsed > max) {
            throw new MalformedRequestException(name, Text.of("field.between", min, max));
        }
        return parsed;
    }

    /** Comma-separated and/or repeated values, trimmed, without empties and duplicates. */
    public static List<String> list(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    String t = part.trim();
                    if (!t.isEmpty() && !result.contains(t)) {
                        result.add(t);
                    }
                }
            }
        }
        return result;
    }

    /** A {@code like} pattern for a case-insensitive substring search, with wildcards escaped (escape char {@code \}). */
    public static String likePattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
