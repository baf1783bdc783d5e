package nl.werkhub.audit;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werkhub.common.web.PageRequest;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;

/**
 * Writes and reads the audit log. Writes join the caller's transaction (they are mandatory), so an
 * event is stored exactly when what it records is: a read whose event cannot be written fails.
 */
@ApplicationScoped
public class AuditEventService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** One event, one insert (JDBC-batched with the other inserts of the transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, UUID candidateId, String municipalityCode, AuditActor actor, String route) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.occurredAt = now();
        event.actor = actor.username();
        event.actorRole = actor.role();
        event.action = action;
        event.candidateId = candidateId;
        event.municipalityCode = municipalityCode;
        event.route = route;
        em.persist(event);
    }

    /**
     * A {@link AuditAction#SEARCH_HIT} for every profile of a search page, in one statement however
     * long the page is. The municipality is taken from the profile rows themselves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSearchHits(Collection<UUID> candidateIds, AuditActor actor, String route) {
        if (candidateIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                insert into audit_event (id, occurred_at, actor, actor_role, action, candidate_id, municipality_code, route)
                select gen_random_uuid(), :at, :actor, :role, 'SEARCH_HIT', c.id, c.municipality_code, :route
                from candidate c where c.id in (:ids)""")
                .setParameter("at", now())
                .setParameter("actor", actor.username())
                .setParameter("role", actor.role())
                .setParameter("route", route)
                .setParameter("ids", List.copyOf(candidateIds))
                .executeUpdate();
    }

    /**
     * As {@link #recordSearchHits(Collection, AuditActor, String)}, for profiles the caller has just
     * read together with their municipality in this transaction (a scoring query returns it): the
     * same rows without reading the profiles a second time. {@code municipalityCodes} lines up with
     * {@code candidateIds}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSearchHits(List<UUID> candidateIds, List<String> municipalityCodes, AuditActor actor,
            String route) {
        recordAll(AuditAction.SEARCH_HIT, candidateIds, municipalityCodes, actor, route);
    }

    /**
     * One event of {@code action} for each profile, in one statement however many there are (a
     * chunk of a bulk intake). {@code municipalityCodes} lines up with {@code candidateIds}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(AuditAction action, List<UUID> candidateIds, List<String> municipalityCodes,
            AuditActor actor, String route) {
        if (candidateIds.size() != municipalityCodes.size()) {
            throw new IllegalArgumentException("one municipality per candidate");
        }
        if (candidateIds.isEmpty()) {
            return;
        }
        Instant at = now();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("""
                    insert into audit_event (id, occurred_at, actor, actor_role, action, candidate_id, municipality_code, route)
                    select gen_random_uuid(), ?, ?, ?, ?, h.id, h.municipality_code, ?
                    from unnest(?, ?) as h(id, municipality_code)""")) {
                ps.setObject(1, at.atOffset(ZoneOffset.UTC));
                ps.setString(2, actor.username());
                ps.setString(3, actor.role());
                ps.setString(4, action.name());
                ps.setString(5, route);
                ps.setArray(6, connection.createArrayOf("uuid", candidateIds.toArray()));
                ps.setArray(7, connection.createArrayOf("varchar", municipalityCodes.toArray()));
                ps.executeUpdate();
            }
        });
    }

    /** Newest first by default; {@code restrictToMunicipality} (a municipality's own code) is applied on top of the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEventPage search(AuditEventFilter filter, String restrictToMunicipality, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (restrictToMunicipality != null) {
            where.add("municipalityCode = :own");
            params.put("own", restrictToMunicipality);
        }
        if (filter.candidateId() != null) {
            where.add("candidateId = :candidateId");
            params.put("candidateId", filter.candidateId());
        }
        if (filter.municipalityCode() != null) {
            where.add("municipalityCode = :municipality");
            params.put("municipality", filter.municipalityCode());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            params.put("to", filter.to());
        }
        PanacheQuery<AuditEvent> query = AuditEvent.find(String.join(" and ", where), page.toSort(), params)
                .page(Page.of(page.page(), page.size()));
        long total = query.count();
        return new AuditEventPage(query.list().stream().map(AuditEventResponse::of).toList(), page.page(), page.size(),
                total, PageRequest.totalPages(total, page.size()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
