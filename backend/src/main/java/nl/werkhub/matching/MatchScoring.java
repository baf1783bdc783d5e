package nl.werkhub.matching;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;

import org.hibernate.Session;

/**
 * The score of a vacancy/candidate pair, computed by the SQL function {@code werkhub_match_score}
 * (V4 migration) that the suggestions use too, so a match's snapshot equals what was suggested on
 * the same day. Visibility is the caller's business: this class scores any two rows.
 */
@ApplicationScoped
public class MatchScoring {

    /** "Today" for the availability factor is the date in the Netherlands, not in UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final String PAIR_SQL = MatchSql.load("pair-score.sql");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The score and breakdown of the pair, as of today (the injected clock, Europe/Amsterdam).
     *
     * @throws ResourceNotFoundException when the vacancy or the candidate does not exist
     */
    @Transactional
    public ScoredPair scorePair(UUID vacancyId, UUID candidateId) {
        LocalDate today = today();
        ScoredPair pair = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(PAIR_SQL)) {
                ps.setObject(1, today);
                ps.setObject(2, vacancyId);
                ps.setObject(3, candidateId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? MatchScoreRows.read(rs) : null;
                }
            }
        });
        if (pair == null) {
            boolean vacancyExists = !em.createNativeQuery("select 1 from vacancy where id = :id")
                    .setParameter("id", vacancyId).getResultList().isEmpty();
            throw new ResourceNotFoundException(vacancyExists ? Text.of("detail.candidate.not-found")
                    : Text.of("detail.vacancy.not-found", vacancyId));
        }
        return pair;
    }

    /** Today's date in the Netherlands by the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
