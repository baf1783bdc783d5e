package nl.werkhub.devstack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Backup and restore of the data of one database's {@code public} schema, for {@code make backup}
 * and {@code make restore}.
 *
 * <p>Why not pg_dump: the embedded PostgreSQL 17 binaries ship only initdb, pg_ctl and postgres,
 * Debian 12 has pg_dump 15 (which refuses to dump a 17 server) and no registry reachable from a
 * fresh machine offers a 17 client. This needs nothing but the JDK and the JDBC driver the
 * launcher already has.
 *
 * <p>What it keeps: every row of every table of {@code public} (Flyway's history included) and the
 * position of every sequence, read in one repeatable-read snapshot with PostgreSQL's own COPY
 * text format, so that every value comes back exactly. The schema itself (tables, functions,
 * triggers) is Flyway's: a restore goes only into a database whose Flyway history equals the one
 * the backup was taken from, and refuses otherwise rather than load rows into another schema.
 *
 * <pre>
 * java -cp werkhub-devstack.jar nl.werkhub.devstack.DatabaseBackup backup  --url JDBC --user U --password P --file F
 * java -cp werkhub-devstack.jar nl.werkhub.devstack.DatabaseBackup restore --url JDBC --user U --password P --file F [--force]
 * </pre>
 *
 * Restore replaces the contents completely in one transaction (truncate every table, load every
 * table, reset the sequences): it either all happens or nothing does. It refuses while other
 * sessions use the database (a running backend would keep writing into the restored data, or
 * hold rows it read before) unless {@code --force}.
 */
public final class DatabaseBackup {

    static final String MAGIC = "WERKHUB-BACKUP";
    static final int FORMAT = 1;

    private DatabaseBackup() {
    }

    public static void main(String[] args) {
        try {
            Options o = Options.parse(args);
            long t0 = System.nanoTime();
            if (o.command.equals("backup")) {
                Summary s = backup(o.url, o.user, o.password, o.file);
                log("backup written: " + o.file + " (" + s.tables + " tables, " + s.rows + " rows, "
                        + Files.size(o.file) / 1024 + " KiB, " + millis(t0) + " ms)");
            } else {
                Summary s = restore(o.url, o.user, o.password, o.file, o.force);
                log("restored " + o.file + ": " + s.tables + " tables, " + s.rows + " rows (" + millis(t0) + " ms)");
            }
        } catch (BackupException e) {
            System.err.println("[backup] ERROR: " + e.getMessage());
            System.exit(1);
        } catch (SQLException | IOException e) {
            System.err.println("[backup] ERROR: " + e);
            System.exit(1);
        }
    }

    record Summary(int tables, long rows) {
    }

    /** A refusal or a broken file: the message is for the person who ran the command. */
    static final class BackupException extends Exception {
        BackupException(String message) {
            super(message);
        }
    }

    // ---- backup --------------------------------------------------------------------------------

    static Summary backup(String url, String user, String password, Path file) throws SQLException, IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // written beside the target and moved into place: a backup that fails half-way leaves no
        // truncated file that `make restore` would take for the newest one
        Path tmp = Files.createTempFile(dir, ".werkhub-backup-", ".part");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // one snapshot for all tables: rows that reference each other come from the same moment
                s.execute("set transaction isolation level repeatable read, read only");
            }
            Summary summary;
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16))) {
                summary = writeBackup(c, out);
            }
            c.rollback();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Summary writeBackup(Connection c, DataOutputStream out) throws SQLException, IOException {
        Map<String, List<String>> tables = tables(c);
        Map<String, long[]> sequences = sequences(c);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(c.getMetaData().getDatabaseProductVersion());
        out.writeUTF(flywayHistory(c));
        out.writeInt(sequences.size());
        for (Map.Entry<String, long[]> e : sequences.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue()[0]);
            out.writeBoolean(e.getValue()[1] != 0);
        }
        out.writeInt(tables.size());
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        long rows = 0;
        for (Map.Entry<String, List<String>> t : tables.entrySet()) {
            out.writeUTF(t.getKey());
            out.writeUTF(String.join(",", t.getValue()));
            // the COPY stream framed in chunks (length, bytes; 0 ends it), so a table of any size
            // streams through without being held in memory
            ChunkedOutputStream chunks = new ChunkedOutputStream(out);
            rows += copy.copyOut("copy " + qualified(t.getKey()) + " (" + columnList(t.getValue()) + ") to stdout", chunks);
            chunks.finish();
        }
        out.writeUTF("END");
        return new Summary(tables.size(), rows);
    }

    // ---- restore -------------------------------------------------------------------------------

    static Summary restore(String url, String user, String password, Path file, boolean force)
            throws SQLException, IOException, BackupException {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("no backup file " + file);
        }
        try (Connection c = DriverManager.getConnection(url, user, password);
             DataInputStream in = new DataInputStream(new BufferedInputStream(
                     new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            String magic;
            try {
                magic = in.readUTF();
            } catch (IOException e) {
                throw new BackupException(file + " is not a Werkhub backup (" + e.getMessage() + ")");
            }
            if (!MAGIC.equals(magic)) {
                throw new BackupException(file + " is not a Werkhub backup");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new BackupException(file + " has format " + format + "; this tool reads format " + FORMAT);
            }
            String serverVersion = in.readUTF();
            String history = in.readUTF();
            if (!force) {
                refuseWhileInUse(c);
            }
            String ours = flywayHistory(c);
            if (!ours.equals(history)) {
                throw new BackupException("the database's schema is not the one the backup was taken from "
                        + "(Flyway history: backup " + lastVersion(history) + ", database " + lastVersion(ours)
                        + "). Start the backend of the same version once on this database (it migrates an "
                        + "empty one), then restore again.");
            }
            Map<String, long[]> sequences = new LinkedHashMap<>();
            int nSeq = in.readInt();
            for (int i = 0; i < nSeq; i++) {
                sequences.put(in.readUTF(), new long[] {in.readLong(), in.readBoolean() ? 1 : 0});
            }
            c.setAutoCommit(false);
            Map<String, List<String>> tables = tables(c);
            List<String> order = loadOrder(c, tables.keySet());
            try (Statement s = c.createStatement()) {
                s.execute("set local lock_timeout = '10s'");
                // all at once: TRUNCATE refuses a table that another, not truncated, table references
                s.execute("truncate " + String.join(", ", tables.keySet().stream().map(DatabaseBackup::qualified).toList()));
                // user triggers (e.g. the one that derives candidate_match_profile from candidate)
                // would write rows the backup already holds; the foreign keys stay on, hence the order
                for (String t : tablesWithUserTriggers(c)) {
                    s.execute("alter table " + qualified(t) + " disable trigger user");
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            // the backup's tables in the backup's order; loaded into the database in the FK order
            Map<String, Path> spooled = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            long rows = 0;
            try {
                int nTables = in.readInt();
                List<String[]> headers = new ArrayList<>();
                for (int i = 0; i < nTables; i++) {
                    String table = in.readUTF();
                    String columns = in.readUTF();
                    List<String> expected = tables.get(table);
                    if (expected == null) {
                        throw new BackupException("the backup has table " + table + ", the database has not");
                    }
                    if (!String.join(",", expected).equals(columns)) {
                        throw new BackupException("table " + table + " has other columns in the backup (" + columns
                                + ") than in the database (" + String.join(",", expected) + ")");
                    }
                    seen.add(table);
                    headers.add(new String[] {table, columns});
                    // spooled to disk, since the stream holds the tables in name order and the
                    // foreign keys want another
                    Path part = Files.createTempFile("werkhub-restore-", ".copy");
                    part.toFile().deleteOnExit();
                    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                        ChunkedInputStream.copy(in, o);
                    }
                    spooled.put(table, part);
                }
                if (!"END".equals(in.readUTF())) {
                    throw new BackupException(file + " is damaged (no end marker)");
                }
                Set<String> missing = new LinkedHashSet<>(tables.keySet());
                missing.removeAll(seen);
                if (!missing.isEmpty()) {
                    throw new BackupException("the database has tables the backup has not: " + missing);
                }
                Map<String, String> columnsOf = new TreeMap<>();
                headers.forEach(h -> columnsOf.put(h[0], h[1]));
                for (String table : order) {
                    try (InputStream data = new BufferedInputStream(Files.newInputStream(spooled.get(table)), 1 << 16)) {
                        rows += copy.copyIn("copy " + qualified(table) + " ("
                                + columnList(List.of(columnsOf.get(table).split(","))) + ") from stdin", data);
                    }
                }
                try (Statement s = c.createStatement()) {
                    for (String t : tablesWithUserTriggers(c)) {
                        s.execute("alter table " + qualified(t) + " enable trigger user");
                    }
                }
                Map<String, long[]> present = sequences(c);
                if (!present.keySet().equals(sequences.keySet())) {
                    throw new BackupException("the backup's sequences " + sequences.keySet()
                            + " are not the database's " + present.keySet());
                }
                try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    for (Map.Entry<String, long[]> e : sequences.entrySet()) {
                        ps.setString(1, qualified(e.getKey()));
                        ps.setLong(2, e.getValue()[0]);
                        ps.setBoolean(3, e.getValue()[1] != 0);
                        ps.execute();
                    }
                }
                c.commit();
            } catch (EOFException e) {
                c.rollback();
                throw new BackupException(file + " is cut short; nothing was restored");
            } catch (BackupException | SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                for (Path p : spooled.values()) {
                    Files.deleteIfExists(p);
                }
            }
            return new Summary(spooled.size(), rows);
        }
    }

    private static void refuseWhileInUse(Connection c) throws SQLException, BackupException {
        List<String> others = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(nullif(application_name, ''), 'pid ' || pid) || ' ('"
                     + " || coalesce(client_addr::text, 'local') || ')' from pg_stat_activity"
                     + " where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
            while (rs.next()) {
                others.add(rs.getString(1));
            }
        }
        if (!others.isEmpty()) {
            throw new BackupException(others.size() + " other session(s) use the database (" + String.join(", ", others)
                    + "): stop the backend (make run) first, or restore with FORCE=1 (the restore then waits up to "
                    + "10 s for their locks and they see the restored data)");
        }
    }

    // ---- the catalog -----------------------------------------------------------------------------

    /** Ordinary and partitioned tables of public, by name, with their stored (not generated) columns in order. */
    static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.relname, a.attname from pg_class c"
                     + " join pg_namespace n on n.oid = c.relnamespace"
                     + " join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
                     + " and a.attgenerated = ''"
                     + " where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition"
                     + " order by c.relname, a.attnum")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    /** Sequences of public with their last value and whether it was handed out. */
    static Map<String, long[]> sequences(Connection c) throws SQLException {
        Map<String, long[]> seqs = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relkind = 'S' order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("select last_value, is_called from " + qualified(name))) {
                    rs.next();
                    seqs.put(name, new long[] {rs.getLong(1), rs.getBoolean(2) ? 1 : 0});
                }
            }
        }
        return seqs;
    }

    /** The successful migrations (version, checksum), one a line; empty when Flyway never ran. */
    static String flywayHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet exists = s.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            exists.next();
            if (!exists.getBoolean(1)) {
                return "";
            }
        }
        StringBuilder b = new StringBuilder();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select coalesce(version, '-'), coalesce(checksum::text, '-'), script"
                     + " from public.flyway_schema_history where success order by installed_rank")) {
            while (rs.next()) {
                b.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('\n');
            }
        }
        return b.toString();
    }

    private static String lastVersion(String history) {
        if (history.isEmpty()) {
            return "no schema";
        }
        String[] lines = history.split("\n");
        return "V" + lines[lines.length - 1].split(" ")[0] + ", " + lines.length + " migrations";
    }

    private static List<String> tablesWithUserTriggers(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select distinct c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid"
                     + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal"
                     + " order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Referenced tables before the tables that reference them (self references ignored); a cycle is an error. */
    static List<String> loadOrder(Connection c, Set<String> tables) throws SQLException, BackupException {
        Map<String, Set<String>> dependsOn = new TreeMap<>();
        tables.forEach(t -> dependsOn.put(t, new LinkedHashSet<>()));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select child.relname, parent.relname from pg_constraint k"
                     + " join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid"
                     + " join pg_namespace n on n.oid = child.relnamespace"
                     + " where k.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid")) {
            while (rs.next()) {
                if (dependsOn.containsKey(rs.getString(1)) && dependsOn.containsKey(rs.getString(2))) {
                    dependsOn.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (done.size() < dependsOn.size()) {
            boolean progress = false;
            for (Map.Entry<String, Set<String>> e : dependsOn.entrySet()) {
                if (!done.contains(e.getKey()) && done.containsAll(e.getValue())) {
                    done.add(e.getKey());
                    order.add(e.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                Set<String> left = new LinkedHashSet<>(dependsOn.keySet());
                left.removeAll(done);
                throw new BackupException("the foreign keys between " + left + " form a cycle; cannot order the restore");
            }
        }
        return order;
    }

    private static String qualified(String table) {
        return "public." + ident(table);
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::ident).toList());
    }

    private static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void log(String msg) {
        System.out.println("[backup] " + msg);
    }

    // ---- framing ---------------------------------------------------------------------------------

    /** Writes what it is given as (length, bytes) chunks onto the underlying stream; finish() writes the 0 that ends them. */
    static final class ChunkedOutputStream extends OutputStream {
        private final DataOutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private int n;

        ChunkedOutputStream(DataOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (n == buf.length) {
                flushChunk();
            }
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            while (len > 0) {
                if (n == buf.length) {
                    flushChunk();
                }
                int k = Math.min(len, buf.length - n);
                System.arraycopy(b, off, buf, n, k);
                n += k;
                off += k;
                len -= k;
            }
        }

        private void flushChunk() throws IOException {
            if (n > 0) {
                out.writeInt(n);
                out.write(buf, 0, n);
                n = 0;
            }
        }

        void finish() throws IOException {
            flushChunk();
            out.writeInt(0);
        }

        @Override
        public void close() {
            // the underlying stream belongs to the caller
        }
    }

    static final class ChunkedInputStream {
        private ChunkedInputStream() {
        }

        static void copy(DataInputStream in, OutputStream out) throws IOException {
            byte[] buf = new byte[1 << 16];
            for (int len = in.readInt(); len != 0; len = in.readInt()) {
                if (len < 0 || len > buf.length) {
                    throw new IOException("damaged chunk length " + len);
                }
                in.readFully(buf, 0, len);
                out.write(buf, 0, len);
            }
        }
    }

    // ---- options ---------------------------------------------------------------------------------

    private static final class Options {
        String command;
        String url;
        String user = "werkhub";
        String password = "werkhub";
        Path file;
        boolean force;

        static Options parse(String[] args) throws BackupException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "backup", "restore" -> o.command = args[i];
                    case "--url" -> o.url = value(args, ++i);
                    case "--user" -> o.user = value(args, ++i);
                    case "--password" -> o.password = value(args, ++i);
                    case "--file" -> o.file = Paths.get(value(args, ++i));
                    case "--force" -> o.force = true;
                    default -> throw new BackupException("unknown argument " + args[i]
                            + "; usage: backup|restore --url JDBC [--user U] [--password P] --file F [--force]");
                }
            }
            if (o.command == null || o.url == null || o.file == null) {
                throw new BackupException("usage: backup|restore --url JDBC [--user U] [--password P] --file F [--force]");
            }
            return o;
        }

        private static String value(String[] args, int i) throws BackupException {
            if (i >= args.length) {
                throw new BackupException(args[i - 1] + " needs a value");
            }
            return args[i];
        }
    }
}
