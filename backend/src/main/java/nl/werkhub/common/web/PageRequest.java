package nl.werkhub.common.web;

import java.util.Map;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.i18n.Text;

import io.quarkus.panache.common.Sort;

/**
 * Parsed and validated {@code page}, {@code size} and {@code sort} query parameters. Query
 * parameters arrive as strings so that bad input becomes a 400 problem naming the parameter,
 * instead of the 404 that JAX-RS gives for a failed conversion.
 */
public record PageRequest(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * @param sortFields whitelist: API sort name to entity attribute
     * @param defaultSort e.g. {@code name,asc}
     */
    public static PageRequest parse(String page, String size, String sort, Map<String, String> sortFields,
            String defaultSort) {
        int p = parseInt("page", page, 0);
        if (p < 0) {
            throw new MalformedRequestException("page", Text.of("field.page"));
        }
        int s = parseInt("size", size, DEFAULT_SIZE);
        if (s < 1 || s > MAX_SIZE) {
            throw new MalformedRequestException("size", Text.of("field.size", MAX_SIZE));
        }
        String effective = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = effective.split(",", -1);
        if (parts.length > 2) {
            throw new MalformedRequestException("sort", Text.of("field.sort-format"));
        }
        String field = parts[0].trim();
        if (!sortFields.containsKey(field)) {
            throw new MalformedRequestException("sort", Text.of("field.sort-unknown", field,
                    String.join(", ", sortFields.keySet().stream().sorted().toList())));
        }
        boolean asc = true;
        if (parts.length == 2) {
            String dir = parts[1].trim().toLowerCase();
            if (dir.equals("desc")) {
                asc = false;
            } else if (!dir.equals("asc")) {
                throw new MalformedRequestException("sort", Text.of("field.sort-direction"));
            }
        }
        return new PageRequest(p, s, sortFields.get(field), asc);
    }

    private static int parseInt(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, Text.of("field.integer"));
        }
    }

    /** The requested order (empty values last), with the id as tie-breaker so that pages never overlap. */
    public Sort toSort() {
        Sort.Direction direction = ascending ? Sort.Direction.Ascending : Sort.Direction.Descending;
        return Sort.by(sortField, direction, Sort.NullPrecedence.NULLS_LAST).and("id", direction);
    }

    public static int totalPages(long totalItems, int size) {
        return (int) ((totalItems + size - 1) / size);
    }
}
