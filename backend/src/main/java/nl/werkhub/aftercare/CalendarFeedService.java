package nl.werkhub.aftercare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werkhub.common.SqlValues;
import nl.werkhub.common.i18n.Languages;
import nl.werkhub.common.i18n.Messages;
import nl.werkhub.common.i18n.Text;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A jobcoach's personal calendar feed: a secret URL that a calendar app (Outlook, Google, Apple)
 * subscribes to, with one all-day event per planned call. The token is the only credential, so it
 * is 32 random bytes, and only its SHA-256 is stored: a leaked database or backup gives nobody a
 * feed. Making a new link replaces the old one, which stops working at once; revoking deletes it.
 * <p>
 * The feed carries as little as a calendar needs: the kind of call, the candidate's first name and
 * the employer. No phone numbers, no notes — calendars are synced to phones and shared with
 * assistants, and the SPA page it links to is behind a login.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** 32 bytes in base64url without padding. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    JobcoachDirectory directory;

    /** Where the backend is reached from outside: the feed's URL is built on it. */
    @ConfigProperty(name = "werkhub.public-api-url", defaultValue = "http://localhost:8080")
    String publicApiUrl;

    /** Where the SPA is reached: each event links to its call's page there. */
    @ConfigProperty(name = "werkhub.spa-url", defaultValue = "http://localhost:5173")
    String spaUrl;

    /** The jobcoach's link, without its URL (only the hash is known); empty when there is none. */
    @Transactional
    public Optional<CalendarFeedResponse> get(String jobcoach) {
        return Optional.ofNullable(em.find(CalendarFeed.class, jobcoach)).map(f -> new CalendarFeedResponse(null, f.createdAt));
    }

    /**
     * A new secret link, replacing the jobcoach's previous one in the same statement, so two requests
     * at once leave exactly one working link (the later one) and never fail on the primary key.
     */
    @Transactional
    public CalendarFeedResponse create(String jobcoach) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("""
                insert into calendar_feed (jobcoach, token_hash, created_at) values (:jobcoach, :hash, :now)
                on conflict (jobcoach) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .setParameter("jobcoach", jobcoach)
                .setParameter("hash", hash(token))
                .setParameter("now", now)
                .executeUpdate();
        return new CalendarFeedResponse(feedUrl(token), now);
    }

    /** Revokes the jobcoach's link; revoking when there is none is not an error. */
    @Transactional
    public void revoke(String jobcoach) {
        em.createQuery("delete from CalendarFeed where jobcoach = :jobcoach").setParameter("jobcoach", jobcoach)
                .executeUpdate();
    }

    /**
     * The iCalendar text of the feed with this token, or empty when no link has it (never had, replaced,
     * revoked) or its jobcoach is no longer one.
     * <p>
     * The link outlives the login: a calendar app keeps polling it after the jobcoach has left, and
     * their planned calls stay assigned to them until a consultant hands the placement to someone
     * else. So the feed asks the jobcoach directory (Keycloak) on every read, as a login would: a user
     * removed, disabled or without the role gets the 404 of a revoked link. The directory's cache
     * (at most {@code werkhub.jobcoaches.cache-ttl}) bounds how long that takes; when Keycloak cannot
     * answer and the cached list does not name the jobcoach, this is the directory's 503, never the
     * feed. The link itself is kept: a jobcoach who comes back gets their feed back.
     */
    public Optional<String> calendar(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<String> owner = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select jobcoach from CalendarFeed where tokenHash = :hash", String.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst());
        // between the two transactions: a name the directory has not cached costs a request to Keycloak,
        // which must not hold a database connection while it waits
        if (owner.isEmpty() || directory.find(owner.get()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(QuarkusTransaction.requiringNew().call(() -> render(plannedCalls(owner.get()))));
    }

    private record Event(UUID id, FollowUpKind kind, int attempt, java.time.LocalDate dueDate, Instant updatedAt,
            long version, String firstName, String employerName, String vacancyTitle) {
    }

    /** PLANNED calls of the jobcoach (as assignee), by due date. */
    private List<Event> plannedCalls(String jobcoach) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select f.id, f.kind, f.attempt, f.due_date, f.updated_at, f.version, c.first_name, e.name, v.title
                from follow_up_call f
                join placement p on p.id = f.placement_id
                join candidate c on c.id = p.candidate_id
                join vacancy v on v.id = p.vacancy_id
                join employer e on e.id = v.employer_id
                where f.assignee = :jobcoach and f.status = 'PLANNED'
                order by f.due_date, """ + FollowUpCallService.KIND_ORDER + ", f.attempt, f.id")
                .setParameter("jobcoach", jobcoach).getResultList();
        return rows.stream().map(r -> new Event((UUID) r[0], FollowUpKind.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), SqlValues.date(r[3]), SqlValues.instant(r[4]),
                ((Number) r[5]).longValue(), (String) r[6], (String) r[7], (String) r[8])).toList();
    }

    /**
     * The calendar. DTSTAMP is the call's last change and SEQUENCE its version, so a client sees an
     * event change when the call is rescheduled and not on every refresh. Events are transparent: a
     * reminder to phone someone that day does not block the jobcoach's time.
     */
    private String render(List<Event> events) {
        ICalendarWriter ics = new ICalendarWriter()
                .begin("VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", "-//Werkhub//Nazorg//NL")
                .raw("CALSCALE", "GREGORIAN")
                .text("X-WR-CALNAME", dutch(Text.of("calendar.name")))
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H")
                .raw("X-PUBLISHED-TTL", "PT1H");
        String spa = spaUrl.endsWith("/") ? spaUrl.substring(0, spaUrl.length() - 1) : spaUrl;
        for (Event e : events) {
            Text kind = Text.of("follow-up-kind." + e.kind().name());
            Object what = e.attempt() > 1 ? List.of(kind, Text.of("calendar.attempt", e.attempt())) : kind;
            ics.begin("VEVENT")
                    .raw("UID", e.id() + "@werkhub")
                    .utc("DTSTAMP", e.updatedAt())
                    .date("DTSTART", e.dueDate())
                    .date("DTEND", e.dueDate().plusDays(1))
                    .raw("SEQUENCE", Long.toString(e.version()))
                    .text("SUMMARY", dutch(Text.of("calendar.summary", kind, e.firstName(), e.employerName())))
                    .text("DESCRIPTION", dutch(Text.of("calendar.description", what, e.employerName(), e.vacancyTitle())))
                    .raw("URL", spa + "/nazorg/gesprekken/" + e.id())
                    .raw("TRANSP", "TRANSPARENT")
                    .end("VEVENT");
        }
        return ics.end("VCALENDAR").toString();
    }

    private String feedUrl(String token) {
        String base = publicApiUrl.endsWith("/") ? publicApiUrl.substring(0, publicApiUrl.length() - 1) : publicApiUrl;
        return base + "/calendar/" + token + ".ics";
    }

    private static String dutch(Text text) {
        return Messages.format(Languages.DUTCH, text);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
