package nl.werkhub.common.security;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Counts, for the tests, how the identities of requests came about: verified by the OIDC extension,
 * or served by {@link VerifiedTokenCache}. Reading the cache directly would not show whether the
 * HTTP path consults it at all.
 */
@ApplicationScoped
public class TokenCacheProbe implements SecurityIdentityAugmentor {

    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger fromCache = new AtomicInteger();

    // methods, not fields: a test reaches this bean through its client proxy, whose own fields stay empty
    int verified() {
        return verified.get();
    }

    int fromCache() {
        return fromCache.get();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!identity.isAnonymous()) {
            (identity.getAttribute(VerifiedTokenCache.FROM_CACHE) != null ? fromCache : verified).incrementAndGet();
        }
        return Uni.createFrom().item(identity);
    }
}
