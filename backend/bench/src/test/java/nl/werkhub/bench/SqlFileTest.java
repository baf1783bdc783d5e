package nl.werkhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlFileTest {

    @Test
    void splitsStatementsAndNamesParametersWithoutTouchingCastsOrComments() {
        SqlFile f = SqlFile.parse("t", """
                -- mirrors X; a comment with :not_a_param; and a semicolon
                select v.id from vacancy v where v.status = :status and v.sector = :sector
                  and v.created_at::date <= :today order by v.id limit :limit;
                select count(*) from vacancy v where v.status = :status;
                """);
        assertEquals(2, f.statements().size());
        assertEquals(List.of("status", "sector", "today", "limit"), f.statements().get(0).params());
        assertEquals("select v.id from vacancy v where v.status = ? and v.sector = ?\n"
                + "  and v.created_at::date <= ? order by v.id limit ?", f.statements().get(0).sql());
        assertEquals(List.of("status"), f.statements().get(1).params());
    }

    @Test
    void everyResourceFileParsesAndNamesWhatItMirrors() {
        for (String name : List.of("vacancy-get", "vacancy-list", "candidate-search-all", "candidate-search-any",
                "calls-today", "stats")) {
            SqlFile f = SqlFile.load(name);
            assertEquals(name, f.name());
            try (var in = SqlFile.class.getResourceAsStream("/sql/" + name + ".sql")) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("-- Mirrors "), name + " names what it mirrors");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
