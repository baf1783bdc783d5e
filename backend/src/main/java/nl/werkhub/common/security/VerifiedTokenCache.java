package nl.werkhub.common.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifying a bearer token (its RSA signature, and its claims parsed three times over by the OIDC
 * extension) took about a third of the backend's CPU on a GET of one vacancy (BENCHMARKS.md, "GET
 * by id"). SPA sessions and municipal systems send the same access token for minutes on end, so
 * the identity verified for a token is kept, keyed by the complete token string, until that token
 * expires; a request with exactly that string skips the verification.
 *
 * <p>Nothing is given away that verifying again would catch: a token's string is its signed
 * claims and its signature, so a changed or re-signed token is another key and is verified in
 * full; a kept identity is never used at or after the token's {@code exp} (system time, as the
 * OIDC extension judges it); and a signed JWT's revocation is not checked in either case, which is
 * why Keycloak's access tokens live minutes.
 *
 * <p>Two beans use it: {@link Lookup} runs before the OIDC extension's provider for bearer tokens
 * and answers from here, or with nothing so that the OIDC provider verifies; {@link Store} runs
 * after every other augmentor and keeps what the OIDC provider verified.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** Marks an identity served from here, so that {@link Store} does not keep it again. */
    static final String FROM_CACHE = VerifiedTokenCache.class.getName() + ".hit";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    private final Cache<String, Entry> identities;

    @Inject
    public VerifiedTokenCache(
            @ConfigProperty(name = "werkhub.security.token-cache-size", defaultValue = "10000") int maxSize) {
        this.identities = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String token, Entry e, long now) {
                        return Math.max(0, Duration.between(Instant.now(), e.expiresAt()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String token, Entry e, long now, long current) {
                        return expireAfterCreate(token, e, now);
                    }

                    @Override
                    public long expireAfterRead(String token, Entry e, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    /** The identity verified earlier for exactly this token, made this request's; null if none. */
    SecurityIdentity find(TokenAuthenticationRequest request) {
        if (!(request.getToken() instanceof AccessTokenCredential credential) || credential.getToken() == null) {
            return null;
        }
        Entry entry = identities.getIfPresent(credential.getToken());
        // the cache's own eviction is housekeeping; the token's exp is the rule, and it is checked here
        if (entry == null || !Instant.now().isBefore(entry.expiresAt())) {
            return null;
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(FROM_CACHE, Boolean.TRUE);
        // the OIDC extension and Quarkus read the request from its identity: this request, not the first one
        RoutingContext routingContext = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routingContext != null) {
            identity.addAttribute(ROUTING_CONTEXT, routingContext);
        }
        return identity.build();
    }

    /** Keeps an identity verified from a bearer token until the token's {@code exp}. */
    void keep(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (credential != null && credential.getToken() != null && Instant.now().isBefore(expiresAt)) {
            identities.put(credential.getToken(), new Entry(identity, expiresAt));
        }
    }

    /**
     * Answers a bearer token from the cache before the OIDC extension's provider verifies it. That
     * provider keeps the interface's default priority, {@code SYSTEM_FIRST + 1}; higher goes first.
     */
    @ApplicationScoped
    public static class Lookup implements IdentityProvider<TokenAuthenticationRequest> {

        @Inject
        VerifiedTokenCache cache;

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return SYSTEM_FIRST + 100;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return Uni.createFrom().item(cache.find(request));
        }
    }

    /** Keeps each identity verified from a bearer token, after every other augmentor has run. */
    @ApplicationScoped
    public static class Store implements SecurityIdentityAugmentor {

        @Inject
        VerifiedTokenCache cache;

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            cache.keep(identity);
            return Uni.createFrom().item(identity);
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                Map<String, Object> attributes) {
            return augment(identity, context);
        }
    }
}
