package nl.werkhub.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Which failures are the database's own (503) and which are the request's (the other mappers). */
class DatabaseUnavailableTest {

    private static final SQLException SHUTDOWN = new SQLException("FATAL: terminating connection due to administrator command",
            "57P01");

    @Test
    void anOutageAnywhereInTheCauseChainCounts() {
        RuntimeException wrapped = new IllegalStateException("flush failed", new RuntimeException(SHUTDOWN));
        assertSame(SHUTDOWN, DatabaseUnavailable.causeOf(wrapped).orElseThrow());
    }

    @Test
    void aCommitThatTheShutdownBrokeCountsThoughTheDriverErrorIsOnlySuppressed() {
        // as Narayana reports it (DatabaseOutageIT met it once): the commit's RollbackException has no
        // cause; the XAException it suppressed has the driver's 57P01 as its cause
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(SHUTDOWN);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        RuntimeException thrown = new RuntimeException(rollback);
        assertSame(SHUTDOWN, DatabaseUnavailable.causeOf(thrown).orElseThrow());
    }

    @Test
    void aRequestsOwnDatabaseErrorIsNoOutage() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        RollbackException rollback = new RollbackException("Could not commit transaction.");
        rollback.addSuppressed(new RuntimeException(unique));
        assertFalse(DatabaseUnavailable.isCause(rollback));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("invalid byte sequence for encoding", "22021")));
    }

    @Test
    void aCycleOfCausesAndSuppressedEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseUnavailable.isCause(b));
        a.addSuppressed(SHUTDOWN);
        assertTrue(DatabaseUnavailable.isCause(b));
    }
}
