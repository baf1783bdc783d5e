package nl.werkhub.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import nl.werkhub.audit.AuditActor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Retention: erases, exactly as a municipality's {@code DELETE} does (through
 * {@link CandidateErasureService}), the profiles that are {@code WITHDRAWN} or were not updated for
 * longer than {@code werkhub.retention.inactive-period} (an ISO-8601 period, default {@code P12M}).
 * Runs on {@code werkhub.retention.cron} (default daily at 03:00; {@code off} disables the schedule)
 * and can be called directly ({@link #run()}).
 * <p>
 * <b>One replica at a time.</b> Production runs several stateless replicas, each with its own
 * scheduler. Every batch of erasures runs in a transaction that first takes the PostgreSQL
 * transaction-level advisory lock {@value #ADVISORY_LOCK_KEY} with {@code pg_try_advisory_xact_lock}:
 * a replica that does not get it stops (another one is at work), and the lock is released by the
 * commit or rollback, also when the replica dies. Profiles are re-selected inside the lock, so no
 * profile is erased twice.
 */
@ApplicationScoped
public class CandidateRetentionJob {

    /** Arbitrary, fixed key of the advisory lock ("werkhub retention"). */
    static final long ADVISORY_LOCK_KEY = 0x5745524b52455431L;

    static final int BATCH_SIZE = 200;
    static final String ROUTE = "JOB candidate-retention";

    private static final Logger LOG = Logger.getLogger(CandidateRetentionJob.class);

    @Inject
    EntityManager em;

    @Inject
    CandidateErasureService erasure;

    @Inject
    Clock clock;

    @ConfigProperty(name = "werkhub.retention.inactive-period", defaultValue = "P12M")
    Period inactivePeriod;

    /** What one run did. {@code skipped}: another replica held the lock. */
    public record Result(int erased, boolean skipped) {
    }

    @Scheduled(identity = "candidate-retention", cron = "{werkhub.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Result result = run();
        LOG.infof("Retention: %d profile(s) erased%s", result.erased(), result.skipped() ? " (stopped: another replica holds the lock)" : "");
    }

    /** Erases every profile that is due, in batches; see the class comment. */
    public Result run() {
        Instant cutoff = clock.instant().atOffset(ZoneOffset.UTC).minus(inactivePeriod).toInstant();
        AuditActor actor = AuditActor.system("retention");
        int erased = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(() -> {
                Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                        .setParameter("key", ADVISORY_LOCK_KEY).getSingleResult();
                if (!Boolean.TRUE.equals(locked)) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                List<UUID> due = em.createNativeQuery("""
                        select id from candidate
                        where status = 'WITHDRAWN' or updated_at < :cutoff
                        order by updated_at, id limit :limit""", UUID.class)
                        .setParameter("cutoff", cutoff)
                        .setParameter("limit", BATCH_SIZE)
                        .getResultList();
                int count = 0;
                for (UUID id : due) {
                    if (erasure.erase(id, actor, ROUTE)) {
                        count++;
                    }
                }
                return new int[] { count, due.size() };
            });
            if (batch == null) {
                return new Result(erased, true);
            }
            erased += batch[0];
            if (batch[1] < BATCH_SIZE) {
                return new Result(erased, false);
            }
        }
    }
}
