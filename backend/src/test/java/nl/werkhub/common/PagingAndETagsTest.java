package nl.werkhub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.error.PreconditionFailedException;
import nl.werkhub.common.error.PreconditionRequiredException;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.common.web.QueryParams;

class PagingAndETagsTest {

    private static final Map<String, String> FIELDS = Map.of("name", "name", "createdAt", "createdAt");

    @Test
    void defaults() {
        PageRequest p = PageRequest.parse(null, null, null, FIELDS, "name,asc");
        assertEquals(0, p.page());
        assertEquals(20, p.size());
        assertEquals("name", p.sortField());
        assertTrue(p.ascending());
    }

    @Test
    void explicitValues() {
        PageRequest p = PageRequest.parse("3", "100", "createdAt,DESC", FIELDS, "name,asc");
        assertEquals(3, p.page());
        assertEquals(100, p.size());
        assertEquals("createdAt", p.sortField());
        assertFalse(p.ascending());
        assertTrue(PageRequest.parse("0", "1", "name", FIELDS, "name,asc").ascending());
    }

    @Test
    void rejectsBadValuesNamingTheParameter() {
        assertEquals("size", field(() -> PageRequest.parse(null, "101", null, FIELDS, "name,asc")));
        assertEquals("size", field(() -> PageRequest.parse(null, "0", null, FIELDS, "name,asc")));
        assertEquals("page", field(() -> PageRequest.parse("-1", null, null, FIELDS, "name,asc")));
        assertEquals("page", field(() -> PageRequest.parse("1.5", null, null, FIELDS, "name,asc")));
        assertEquals("sort", field(() -> PageRequest.parse(null, null, "password,asc", FIELDS, "name,asc")));
        assertEquals("sort", field(() -> PageRequest.parse(null, null, "name,asc,x", FIELDS, "name,asc")));
        assertEquals("sort", field(() -> PageRequest.parse(null, null, "name,sideways", FIELDS, "name,asc")));
    }

    @Test
    void totalPages() {
        assertEquals(0, PageRequest.totalPages(0, 20));
        assertEquals(1, PageRequest.totalPages(20, 20));
        assertEquals(3, PageRequest.totalPages(57, 20));
    }

    @Test
    void likePatternEscapesWildcards() {
        assertEquals("%50\\%\\_a\\\\b%", QueryParams.likePattern(" 50%_A\\b "));
        assertEquals(null, QueryParams.likePattern("  "));
    }

    @Test
    void ifMatchRules() {
        assertThrows(PreconditionRequiredException.class, () -> ETags.require(null, 1));
        assertThrows(PreconditionRequiredException.class, () -> ETags.require(" ", 1));
        assertThrows(PreconditionFailedException.class, () -> ETags.require("\"0\"", 1));
        assertThrows(PreconditionFailedException.class, () -> ETags.require("1", 1));
        ETags.require("\"1\"", 1);
        ETags.require("\"0\", \"1\"", 1);
        ETags.require("*", 1);
        ETags.checkIfPresent(null, 1);
        assertThrows(PreconditionFailedException.class, () -> ETags.checkIfPresent("\"2\"", 1));
        assertEquals("\"5\"", ETags.of(5));
    }

    private static String field(Runnable r) {
        MalformedRequestException e = assertThrows(MalformedRequestException.class, r::run);
        return e.fieldErrors().get(0).field();
    }
}
