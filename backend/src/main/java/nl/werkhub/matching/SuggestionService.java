package nl.werkhub.matching;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import nl.werkhub.audit.AuditAction;
import nl.werkhub.audit.AuditActor;
import nl.werkhub.audit.AuditEventService;
import nl.werkhub.candidate.StaffVisibility;
import nl.werkhub.common.Sector;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.vacancy.ContractType;

import org.hibernate.Session;

/**
 * Suggestions in both directions. Narrowing, scoring and ranking happen in one statement each
 * ({@code matching/candidate-suggestions.sql}, {@code matching/vacancy-suggestions.sql}); Java
 * only turns the returned rows, at most {@code limit}, into responses. Both are consultant reads of
 * profiles and are audited in the same transaction: every suggested candidate a {@code SEARCH_HIT},
 * the candidate whose vacancies are suggested a {@code READ}.
 */
@ApplicationScoped
public class SuggestionService {

    private static final String CANDIDATES_SQL = MatchSql.load("candidate-suggestions.sql");
    private static final String VACANCIES_SQL = MatchSql.load("vacancy-suggestions.sql");

    @Inject
    EntityManager em;

    @Inject
    MatchScoring scoring;

    @Inject
    AuditEventService audit;

    /**
     * The best candidates for a vacancy (any status; a consultant may want to see who would fit a
     * draft). {@code municipality} restricts them to one municipality when not null.
     *
     * @throws ResourceNotFoundException when the vacancy does not exist
     */
    @Transactional
    public CandidateSuggestions forVacancy(UUID vacancyId, String municipality, int limit, AuditActor actor,
            String route) {
        LocalDate today = scoring.today();
        List<CandidateSuggestion> items = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(CANDIDATES_SQL)) {
                ps.setObject(1, today);
                ps.setObject(2, vacancyId);
                if (municipality == null) {
                    ps.setNull(3, Types.VARCHAR);
                } else {
                    ps.setString(3, municipality);
                }
                ps.setInt(4, limit);
                List<CandidateSuggestion> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ScoredPair pair = MatchScoreRows.read(rs);
                        SuggestedCandidate candidate = new SuggestedCandidate(rs.getObject("id", UUID.class),
                                rs.getString("first_name"), rs.getString("last_name"), rs.getString("municipality_code"),
                                rs.getString("municipality_name"), rs.getString("postcode").substring(0, 4),
                                rs.getInt("hours_per_week_min"), rs.getInt("hours_per_week_max"),
                                rs.getObject("available_from", LocalDate.class));
                        rows.add(new CandidateSuggestion(candidate, pair.score(), pair.breakdown(),
                                rs.getObject("match_id", UUID.class), matchStatus(rs.getString("match_status"))));
                    }
                }
                return rows;
            }
        });
        // a suggestion is scored against the vacancy's row, so only an empty answer can mean "no such vacancy"
        if (items.isEmpty() && em.createNativeQuery("select 1 from vacancy where id = :id").setParameter("id", vacancyId)
                .getResultList().isEmpty()) {
            throw new ResourceNotFoundException(Text.of("detail.vacancy.not-found", vacancyId));
        }
        audit.recordSearchHits(items.stream().map(s -> s.candidate().id()).toList(),
                items.stream().map(s -> s.candidate().municipalityCode()).toList(), actor, route);
        return new CandidateSuggestions(items);
    }

    /**
     * The best open vacancies for a candidate the consultant may see (one with consent).
     *
     * @throws ResourceNotFoundException when there is no such candidate, or it is not visible
     */
    @Transactional
    public VacancySuggestions forCandidate(UUID candidateId, int limit, AuditActor actor, String route) {
        @SuppressWarnings("unchecked")
        List<String> municipality = em.createNativeQuery(
                "select c.municipality_code from candidate c where c.id = :id and " + StaffVisibility.forConsultants())
                .setParameter("id", candidateId).getResultList();
        if (municipality.isEmpty()) {
            throw new ResourceNotFoundException(Text.of("detail.candidate.not-found"));
        }
        LocalDate today = scoring.today();
        List<VacancySuggestion> items = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(VACANCIES_SQL)) {
                ps.setObject(1, today);
                ps.setObject(2, candidateId);
                ps.setInt(3, limit);
                List<VacancySuggestion> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ScoredPair pair = MatchScoreRows.read(rs);
                        SuggestedVacancy vacancy = new SuggestedVacancy(rs.getObject("id", UUID.class),
                                rs.getString("title"), rs.getString("employer_name"),
                                Sector.valueOf(rs.getString("sector")), rs.getString("postcode"),
                                rs.getObject("start_date", LocalDate.class), rs.getInt("hours_per_week_min"),
                                rs.getInt("hours_per_week_max"), ContractType.valueOf(rs.getString("contract_type")));
                        rows.add(new VacancySuggestion(vacancy, pair.score(), pair.breakdown(),
                                rs.getObject("match_id", UUID.class), matchStatus(rs.getString("match_status"))));
                    }
                }
                return rows;
            }
        });
        audit.record(AuditAction.READ, candidateId, municipality.get(0), actor, route);
        return new VacancySuggestions(items);
    }

    private static MatchStatus matchStatus(String name) {
        return name == null ? null : MatchStatus.valueOf(name);
    }
}
