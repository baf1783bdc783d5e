package nl.werkhub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The backend's database, reached directly. Used read-only for timing and counting; the only write
 * is the statistics refresh after a load (VACUUM ANALYZE), which changes no rows.
 */
final class Db {

    private final String url;
    private final Properties props = new Properties();

    Db(Options o) {
        this.url = o.dbUrl;
        props.setProperty("user", o.dbUser);
        props.setProperty("password", o.dbPassword);
        // as the backend's datasource does: keep row values out of error messages
        props.setProperty("logServerErrorDetail", "false");
        props.setProperty("ApplicationName", "werkhub-bench");
    }

    Connection connect() {
        try {
            return DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw new BenchException("cannot connect to the database at " + url + ": " + e.getMessage());
        }
    }

    long queryLong(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new BenchException("query failed: " + e.getMessage() + "\n  " + sql);
        }
    }

    /** The first column of every row as text; a String[] parameter is bound as text[]. */
    java.util.List<String> queryList(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                SqlFile.bind(c, ps, i + 1, params[i]);
            }
            java.util.List<String> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new BenchException("query failed: " + e.getMessage() + "\n  " + sql);
        }
    }

    String queryString(String sql) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new BenchException("query failed: " + e.getMessage() + "\n  " + sql);
        }
    }

    void execute(String sql) {
        try (Connection c = connect(); var st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new BenchException("statement failed: " + e.getMessage() + "\n  " + sql);
        }
    }
}
