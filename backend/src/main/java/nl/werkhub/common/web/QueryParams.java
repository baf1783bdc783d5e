package nl.werkhub.common.web;

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
