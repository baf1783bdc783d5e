package nl.werkhub.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure of the database itself (stopped, restarting, unreachable, too slow) from a failure
 * of the request: the first is answered 503 with {@code Retry-After}, because the same request will
 * work once PostgreSQL is back, and the backend recovers without a restart (the pool throws the
 * broken connections away). See docs/reliability.md, "Faults".
 */
public final class DatabaseUnavailable {

    /** What Agroal says when no connection could be had within the acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    private DatabaseUnavailable() {
    }

    /**
     * The failure that says so (for the log), when {@code e}, one of its causes or one of their
     * suppressed exceptions is a database outage. The suppressed ones count because a commit that
     * PostgreSQL's shutdown broke arrives as the transaction manager's RollbackException ("Could not
     * commit transaction") with the driver's 57P01 only as a suppressed XAException's cause.
     */
    public static Optional<Throwable> causeOf(Throwable e) {
        return causeOf(e, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<Throwable> causeOf(Throwable e, Set<Throwable> seen) {
        for (Throwable c = e; c != null && seen.add(c); c = c.getCause()) {
            if (isOutage(c)) {
                return Optional.of(c);
            }
            for (Throwable suppressed : c.getSuppressed()) {
                Optional<Throwable> outage = causeOf(suppressed, seen);
                if (outage.isPresent()) {
                    return outage;
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isCause(Throwable e) {
        return causeOf(e).isPresent();
    }

    private static boolean isOutage(Throwable c) {
        if (c instanceof JDBCConnectionException || c instanceof SQLTransientConnectionException
                || c instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (c instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith("08") // connection exception: refused, broken, I/O error
                        || state.equals("57P01") // admin_shutdown: the server is being stopped
                        || state.equals("57P02") // crash_shutdown
                        || state.equals("57P03") // cannot_connect_now: starting up or shutting down
                        || state.equals("53300") // too_many_connections
                        || state.equals("57014"); // query_canceled: the statement timeout (we cancel nothing else)
            }
            return sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT);
        }
        return false;
    }
}
