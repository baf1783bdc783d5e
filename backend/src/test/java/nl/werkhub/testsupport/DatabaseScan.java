package nl.werkhub.testsupport;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Looks for a value in every text-like column (text, varchar, char, arrays, tsvector, json) of every
 * table of the application's schema: the proof that an erased person is really gone.
 */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** {@code table.column} of every column that contains {@code needle} (case-insensitive) in some row. */
    public static List<String> columnsContaining(String needle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Candidates.em();
            @SuppressWarnings("unchecked")
            List<Object[]> columns = em.createNativeQuery("""
                    select c.table_schema, c.table_name, c.column_name
                    from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where t.table_type = 'BASE TABLE'
                      and c.table_schema not in ('pg_catalog', 'information_schema')
                      and (c.data_type in ('text', 'character varying', 'character', 'ARRAY', 'json', 'jsonb')
                           or c.udt_name in ('tsvector'))
                    order by 1, 2, 3""").getResultList();
            if (columns.size() < 20) {
                throw new AssertionError("Suspiciously few text-like columns found: " + columns.size());
            }
            String pattern = "%" + needle.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> hits = new ArrayList<>();
            for (Object[] col : columns) {
                String table = quote((String) col[0]) + "." + quote((String) col[1]);
                String column = quote((String) col[2]);
                Number count = (Number) em.createNativeQuery("select count(*) from " + table + " where lower(cast("
                        + column + " as text)) like :pattern escape '\\'")
                        .setParameter("pattern", pattern).getSingleResult();
                if (count.longValue() > 0) {
                    hits.add(col[1] + "." + col[2]);
                }
            }
            return hits;
        });
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
