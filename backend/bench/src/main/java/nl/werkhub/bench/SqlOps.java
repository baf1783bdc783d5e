package nl.werkhub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The timed SQL: one connection and one prepared statement per worker (as a pooled backend
 * connection keeps it), every column of every row read, as the backend must to build its answer.
 */
final class SqlOps {

    /** Binds the parameters of one execution. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private SqlOps() {
    }

    /** Reads every column of every row, as the backend must to build its answer. */
    static void readAll(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
            }
        }
    }

    static LoadRunner.OpFactory query(Db db, String sql, Binder binder) {
        return () -> {
            Connection c = db.connect();
            PreparedStatement ps = c.prepareStatement(sql);
            return new LoadRunner.Op() {
                @Override
                public void call() throws Exception {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        readAll(rs);
                    }
                }

                @Override
                public void close() throws Exception {
                    ps.close();
                    c.close();
                }
            };
        };
    }

    /** The first column of every row, as text: for comparing the SQL's answer with the API's. */
    static List<String> firstColumn(Db db, String sql, Binder binder) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new BenchException("the SQL failed: " + e.getMessage());
        }
    }
}
