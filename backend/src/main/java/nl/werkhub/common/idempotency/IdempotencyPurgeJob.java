package nl.werkhub.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes expired idempotency answers on {@code werkhub.idempotency.purge-cron} (default hourly;
 * {@code off} disables it). An expired answer is already ignored by {@link IdempotencyKeys}; the purge
 * keeps the table small and keeps what a stored answer names (ids, client numbers, a candidate's name
 * in a match) no longer than the TTL and an hour. Replicas may run it at the same moment: deleting the
 * same expired rows twice is harmless, so no lock is taken.
 */
@ApplicationScoped
public class IdempotencyPurgeJob {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurgeJob.class);

    @Inject
    IdempotencyKeys keys;

    @Scheduled(identity = "idempotency-purge", cron = "{werkhub.idempotency.purge-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = run();
        if (purged > 0) {
            LOG.infof("Idempotency keys: %d expired answer(s) deleted", purged);
        }
    }

    /** Deletes every expired answer now; returns how many. */
    public int run() {
        return QuarkusTransaction.requiringNew().call(keys::purgeExpired);
    }
}
