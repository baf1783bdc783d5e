package nl.werkhub.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.error.MalformedRequestException;
import nl.werkhub.common.error.ProblemType;
import nl.werkhub.common.i18n.Text;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code Idempotency-Key} of the POSTs that create (employer, vacancy, match, bulk intake),
 * after draft-ietf-httpapi-idempotency-key-header. Without the header a create runs exactly as it
 * always did: no statement, no transaction of its own. With it:
 * <ul>
 * <li>one statement takes a transaction-level advisory lock on (caller, key) and reads the stored
 * answer. Lock taken by another request: 409 {@code idempotency-key-in-use} (it is still running; two
 * concurrent retries must not both create). A live stored answer: the same request gets it again
 * (status, body, {@code Location}, {@code ETag}, plus {@code Idempotent-Replayed: true}) and nothing
 * runs; another request under that key gets 422 {@code idempotency-key-reused};</li>
 * <li>otherwise the create runs in that same transaction and its answer is inserted there too, so
 * that the key and its effect commit together or not at all.</li>
 * </ul>
 * Only successful (2xx) answers are stored. An error changed nothing, so repeating the request cannot
 * create a duplicate; storing a refusal would pin an answer that depends on the state of the moment
 * (an archived employer, a vacancy not open), and the client could not retry the corrected state
 * without a new key. A key belongs to its caller (the token's subject); it expires after
 * {@code werkhub.idempotency.ttl} and is then new again; {@link IdempotencyPurgeJob} deletes
 * expired answers.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    /** On a replayed answer, so a client (and its logs) can tell it from the first one. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;
    /** The header's OpenAPI description, shared by every operation that takes it. */
    public static final String DESCRIPTION = "Optional; makes a retry of this create safe. The first successful answer"
            + " (status, body, Location, ETag) is kept for 24 hours (`werkhub.idempotency.ttl`) under the caller (token"
            + " subject) and this key. The same request again with the same key gets that answer back, with"
            + " `Idempotent-Replayed: true`, and creates nothing; the same key with another body (or on another operation)"
            + " is 422 `idempotency-key-reused`; while the first request is still running it is 409"
            + " `idempotency-key-in-use` (`Retry-After: 1`). Error answers are not kept: the request may be repeated."
            + " 1 to 255 printable ASCII characters, e.g. a UUID (quotes around it, as in the IETF draft, are ignored);"
            + " anything else is 400. Another caller's key of the same value is another key.";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentVertxRequest vertxRequest;

    @ConfigProperty(name = "werkhub.idempotency.ttl", defaultValue = "PT24H")
    Duration ttl;

    /**
     * What a create made: the answer's status, body, {@code Location} (or null) and ETag (or null), and
     * the candidates the body names (so that an erasure can delete the stored answer).
     */
    public record Created(int status, Object body, URI location, EntityTag etag, Collection<UUID> candidateIds) {

        public static Created of(Object body, URI location, long version, Collection<UUID> candidateIds) {
            return new Created(201, body, location, new EntityTag(Long.toString(version)), candidateIds);
        }
    }

    /**
     * Runs {@code create} under the key (see the class comment), or plainly when {@code key} is null
     * (no header). {@code route} (method and path template) and {@code request} (the parsed body) make
     * the fingerprint: whitespace and property order of the JSON do not matter, every value does.
     */
    public Response create(String key, String route, Object request, Supplier<Created> create) {
        if (key == null && sentEmpty()) {
            key = "";
        }
        if (key == null) {
            Created created = create.get();
            Response.ResponseBuilder answer = Response.status(created.status()).entity(created.body());
            if (created.location() != null) {
                answer.location(created.location());
            }
            if (created.etag() != null) {
                answer.tag(created.etag());
            }
            return answer.build();
        }
        String parsed = parse(key);
        String caller = currentUser.subject();
        byte[] fingerprint = fingerprint(route, request);
        try {
            return QuarkusTransaction.requiringNew().call(() -> run(caller, parsed, fingerprint, create));
        } catch (LostRace race) {
            // another request with this key committed between our read and our insert, and our create
            // is rolled back: its stored answer (or a 422) is the answer
            return QuarkusTransaction.requiringNew().call(() -> run(caller, parsed, fingerprint, create));
        }
    }

    /**
     * An empty header reaches the resource as no header at all (RESTEasy gives null); it is a malformed
     * key, not a request without one. A look at the request's header map, no statement.
     */
    private boolean sentEmpty() {
        RoutingContext current = vertxRequest.getCurrent();
        return current != null && current.request().headers().contains(HEADER);
    }

    /**
     * The key as sent: 1 to {@value #MAX_LENGTH} printable ASCII characters. The draft sends it as a
     * structured-field string ({@code "abc"}); the quotes are taken off, so {@code "abc"} and
     * {@code abc} are one key.
     */
    static String parse(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new MalformedRequestException(HEADER, Text.of("field.idempotency-key", MAX_LENGTH));
        }
        return key;
    }

    private Response run(String caller, String key, byte[] fingerprint, Supplier<Created> create) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // the lock is in the select list of the row read, so it costs no statement of its own; the two
        // int4 halves are a lock space apart from the retention job's single bigint key
        Object[] row = (Object[]) em.createNativeQuery("""
                select pg_try_advisory_xact_lock(hashtext(:caller), hashtext(:key)),
                       k.request_hash, k.status, k.body, k.location, k.etag, k.expires_at > :now
                from (select 1) one
                left join idempotency_key k on k.caller = :caller and k.key = :key""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("now", now)
                .getSingleResult();
        if (!Boolean.TRUE.equals(row[0])) {
            throw new IdempotencyKeyException(ProblemType.IDEMPOTENCY_KEY_IN_USE, Text.of("detail.idempotency.in-use"));
        }
        if (row[1] != null && Boolean.TRUE.equals(row[6])) {
            if (!Arrays.equals((byte[]) row[1], fingerprint)) {
                throw new IdempotencyKeyException(ProblemType.IDEMPOTENCY_KEY_REUSED, Text.of("detail.idempotency.reused"));
            }
            return answer(((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5])
                    .header(REPLAYED_HEADER, "true").build();
        }

        Created created = create.get();
        String body = json(created.body());
        String location = created.location() == null ? null : created.location().toString();
        String etag = created.etag() == null ? null : "\"" + created.etag().getValue() + "\"";
        String candidates = created.candidateIds() == null ? ""
                : created.candidateIds().stream().map(UUID::toString).collect(Collectors.joining(","));
        // an expired answer under this key is replaced; a live one means another request stored it after
        // our read (its lock was released by its commit just before we took ours): then ours must not count
        int stored = em.createNativeQuery("""
                insert into idempotency_key (caller, key, request_hash, status, body, location, etag, candidate_ids,
                                             created_at, expires_at)
                values (:caller, :key, :hash, :status, :body, nullif(:location, ''), nullif(:etag, ''),
                        nullif(string_to_array(:candidates, ','), '{}')::uuid[], :now, :expires)
                on conflict (caller, key) do update
                    set request_hash = excluded.request_hash, status = excluded.status, body = excluded.body,
                        location = excluded.location, etag = excluded.etag, candidate_ids = excluded.candidate_ids,
                        created_at = excluded.created_at, expires_at = excluded.expires_at
                    where idempotency_key.expires_at <= excluded.created_at""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", fingerprint)
                .setParameter("status", created.status()).setParameter("body", body)
                .setParameter("location", location == null ? "" : location).setParameter("etag", etag == null ? "" : etag)
                .setParameter("candidates", candidates).setParameter("now", now).setParameter("expires", now.plus(ttl))
                .executeUpdate();
        if (stored != 1) {
            throw new LostRace();
        }
        // the first answer is the stored text itself, so a replay is the same to the byte
        return answer(created.status(), body, location, etag).build();
    }

    private static Response.ResponseBuilder answer(int status, String body, String location, String etag) {
        Response.ResponseBuilder answer = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        if (location != null) {
            answer.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            answer.header(HttpHeaders.ETAG, etag);
        }
        return answer;
    }

    /** Deletes the stored answers that name one of these candidates (erasure). */
    public int forget(List<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                delete from idempotency_key
                where candidate_ids && string_to_array(:ids, ',')::uuid[]""")
                .setParameter("ids", candidateIds.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .executeUpdate();
    }

    /** Deletes expired answers; the caller runs it in a transaction. Returns how many. */
    public int purgeExpired() {
        return em.createNativeQuery("delete from idempotency_key where expires_at <= :now")
                .setParameter("now", clock.instant()).executeUpdate();
    }

    private byte[] fingerprint(String route, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(route.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(mapper.writeValueAsBytes(request));
            return sha256.digest();
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rolls back a create whose key another request stored first; see {@link #create}. */
    private static final class LostRace extends RuntimeException {
        LostRace() {
            super("idempotency key stored concurrently", null, false, false);
        }
    }
}
