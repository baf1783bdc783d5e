package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionSqlTest {

    static final String HEADER = """
            -- Suggested candidates for one vacancy.
            --
            -- Parameters (JDBC, in this order):
            --   1  date     today in Europe/Amsterdam (the reference date when the vacancy has no future start date)
            --   2  uuid     vacancy id
            --   3  varchar  municipality code, or null for every municipality
            --   4  integer  limit (1..100)
            """;

    @Test
    void bindsTheParametersTheHeaderDocuments() {
        SuggestionSql sql = SuggestionSql.parse(HEADER + """
                with p as (select cast(? as date) as today, cast(? as uuid) as vacancy_id, cast(? as text) as m) -- why?
                select 1 from p where p.m is null or p.m = 'x' limit ?
                """);
        assertEquals(List.of(SuggestionSql.Kind.TODAY, SuggestionSql.Kind.VACANCY, SuggestionSql.Kind.MUNICIPALITY,
                SuggestionSql.Kind.LIMIT), sql.params().stream().map(SuggestionSql.Param::kind).toList());
    }

    @Test
    void refusesPlaceholdersTheHeaderDoesNotExplain() {
        assertThrows(BenchException.class, () -> SuggestionSql.parse(HEADER + "select ?, ?, ?, ?, ?"));
        assertThrows(BenchException.class, () -> SuggestionSql.parse("""
                -- Parameters:
                --   1  text  the phase of the moon
                select ?
                """));
    }
}
