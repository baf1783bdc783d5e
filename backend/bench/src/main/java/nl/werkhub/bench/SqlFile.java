package nl.werkhub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A baseline of the harness's own (resources/sql/*.sql): the statements the backend sends for one
 * request, copied from its log ({@code quarkus.hibernate-orm.log.sql=true}), in order, with named
 * parameters ({@code :vacancy_id}) where Hibernate binds values. The file's comment names the
 * endpoint and service method it mirrors; when that code changes, the check before timing (same ids
 * in the same order) is what notices.
 */
record SqlFile(String name, List<Statement> statements) {

    /** One statement: the text with {@code ?} and the parameter names in their order. */
    record Statement(String sql, List<String> params) {
    }

    private static final Pattern PARAM = Pattern.compile("(?<![:\\w]):([a-z][a-z0-9_]*)");

    static SqlFile load(String name) {
        try (InputStream in = SqlFile.class.getResourceAsStream("/sql/" + name + ".sql")) {
            if (in == null) {
                throw new BenchException("no resource sql/" + name + ".sql in the harness");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BenchException("cannot read sql/" + name + ".sql: " + e.getMessage());
        }
    }

    static SqlFile parse(String name, String text) {
        StringBuilder code = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("--");
            code.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<Statement> statements = new ArrayList<>();
        for (String part : code.toString().split(";")) {
            if (part.isBlank()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            Matcher m = PARAM.matcher(part);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                params.add(m.group(1));
                m.appendReplacement(sql, "?");
            }
            m.appendTail(sql);
            statements.add(new Statement(sql.toString().strip(), List.copyOf(params)));
        }
        if (statements.isEmpty()) {
            throw new BenchException("sql/" + name + ".sql holds no statement");
        }
        return new SqlFile(name, List.copyOf(statements));
    }

    /** Binds one value; a String[] becomes a text[] (Hibernate binds the talent codes so). */
    static void bind(Connection c, PreparedStatement ps, int i, Object value) throws SQLException {
        if (value instanceof String[] array) {
            ps.setArray(i, c.createArrayOf("text", array));
        } else {
            ps.setObject(i, value);
        }
    }

    private static void bindAll(Connection c, PreparedStatement ps, Statement s, Map<String, Object> values)
            throws SQLException {
        for (int i = 0; i < s.params().size(); i++) {
            String p = s.params().get(i);
            if (!values.containsKey(p)) {
                throw new BenchException("no value for :" + p + " in " + s.sql());
            }
            bind(c, ps, i + 1, values.get(p));
        }
    }

    /**
     * The timed side: per worker one connection and the file's statements prepared once (as a pooled
     * backend connection keeps them), every statement run per request with fresh values, every
     * column of every row read.
     */
    LoadRunner.OpFactory op(Db db, Supplier<Map<String, Object>> values) {
        return () -> {
            Connection c = db.connect();
            List<PreparedStatement> prepared = new ArrayList<>();
            for (Statement s : statements) {
                prepared.add(c.prepareStatement(s.sql()));
            }
            return new LoadRunner.Op() {
                @Override
                public void call() throws Exception {
                    Map<String, Object> v = values.get();
                    for (int k = 0; k < statements.size(); k++) {
                        PreparedStatement ps = prepared.get(k);
                        bindAll(c, ps, statements.get(k), v);
                        if (ps.execute()) { // an audit insert has no rows to read
                            try (ResultSet rs = ps.getResultSet()) {
                                SqlOps.readAll(rs);
                            }
                        }
                    }
                }

                @Override
                public void close() throws Exception {
                    for (PreparedStatement ps : prepared) {
                        ps.close();
                    }
                    c.close();
                }
            };
        };
    }

    /** The first column of the first statement's rows, as text: what the check compares with the API's ids. */
    List<String> firstColumn(Db db, Map<String, Object> values) {
        return column(db, values, 0, 1);
    }

    /** One column (1-based) of one statement's rows, as text. */
    List<String> column(Db db, Map<String, Object> values, int statement, int column) {
        Statement s = statements.get(statement);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(s.sql())) {
            bindAll(c, ps, s, values);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(column));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new BenchException("sql/" + name + ".sql failed: " + e.getMessage());
        }
    }
}
