package nl.werkhub.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads the whole database: digests of every table (the proof that something changed nothing, or
 * that a restore gave everything back), and a value looked for in every text-like column (text, varchar, char, arrays, tsvector, json) of every
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

    /**
     * Every table of the public schema as "rows md5-of-its-ordered-rows": two equal maps are two
     * equal databases, row for row.
     */
    public static Map<String, String> tableDigests(DataSource dataSource) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(x::text, E'\\n' "
                        + "order by x::text)), '-') from public." + quote(table) + " x")) {
                    rs.next();
                    result.put(table, rs.getString(1));
                }
            }
        }
        return result;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
