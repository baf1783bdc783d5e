package nl.werkhub.common.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.werkhub.common.audit.Roles;
import nl.werkhub.common.error.TooManyRequestsException;
import nl.werkhub.common.i18n.Text;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A token bucket per municipal client on the routes marked {@link MunicipalRateLimited}: one
 * municipality's runaway synchronisation cannot starve another's, nor the consultants. The client is
 * the token's principal ({@code preferred_username}: {@code service-account-gemeente-rotterdam} for a
 * machine client, the person for municipal staff), so two systems of one municipality have a bucket
 * each, and a client cannot escape its bucket by changing IP address.
 *
 * <p>The bucket is kept as GCRA: one "theoretical arrival time" per client in an {@link AtomicLong},
 * advanced by one interval per request with a compare-and-set; a request that would push it more
 * than the burst ahead of now is refused, and the distance is the Retry-After. No lock and no
 * database: a request costs one map lookup and one CAS. The state lives in this replica's memory,
 * so with n replicas behind a load balancer a client gets up to n times the rate (docs/reliability.md).
 * Callers without the role {@code municipality} are not counted: they are refused with 401 or 403.
 */
@ApplicationScoped
public class MunicipalRateLimit {

    private final ConcurrentHashMap<String, AtomicLong> arrivals = new ConcurrentHashMap<>();

    private final boolean enabled;
    private final double requestsPerSecond;
    private final int burst;
    private final long intervalNanos;
    private final long toleranceNanos;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    MunicipalRateLimit(@ConfigProperty(name = "werkhub.rate-limit.municipal.enabled") boolean enabled,
            @ConfigProperty(name = "werkhub.rate-limit.municipal.requests-per-second") double requestsPerSecond,
            @ConfigProperty(name = "werkhub.rate-limit.municipal.burst") int burst) {
        if (requestsPerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("werkhub.rate-limit.municipal: requests-per-second must be > 0 and burst >= 1");
        }
        this.enabled = enabled;
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.intervalNanos = Math.max(1, Math.round(TimeUnit.SECONDS.toNanos(1) / requestsPerSecond));
        this.toleranceNanos = (burst - 1) * intervalNanos;
    }

    @ServerRequestFilter
    @MunicipalRateLimited
    Uni<Void> limit() {
        if (!enabled) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().invoke(this::check).replaceWithVoid();
    }

    private void check(SecurityIdentity identity) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.MUNICIPALITY)) {
            // refused with 401 or 403 anyway; counting them would let a consultant's mistakes turn into 429s
            return;
        }
        long waitNanos = acquire(identity.getPrincipal().getName(), System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
            throw new TooManyRequestsException(Text.of("detail.too-many-requests", requestsPerSecond, burst, seconds),
                    seconds);
        }
    }

    /** 0 when the request may pass (and is counted), else the nanoseconds until one would. */
    long acquire(String client, long now) {
        AtomicLong arrival = arrivals.get(client);
        if (arrival == null) {
            arrival = arrivals.computeIfAbsent(client, c -> new AtomicLong(now));
        }
        while (true) {
            long theoretical = arrival.get();
            long start = theoretical - now < 0 ? now : theoretical; // max, safe across nanoTime overflow
            long ahead = start - now;
            if (ahead > toleranceNanos) {
                return ahead - toleranceNanos;
            }
            if (arrival.compareAndSet(theoretical, start + intervalNanos)) {
                return 0;
            }
        }
    }
}
