package nl.werkhub.candidate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.werkhub.talent.TalentCategory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Candidate rows and the lookups that go with them. Everything that concerns many profiles is one
 * query for all of them (talents of a page, existing profiles of a bulk chunk), never one per profile.
 */
@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** One profile with its talents loaded. */
    public Optional<Candidate> findByClientNumber(String municipalityCode, String clientNumber) {
        return find("""
                select c from Candidate c left join fetch c.talents
                where c.municipalityCode = ?1 and c.clientNumber = ?2""", municipalityCode, clientNumber)
                .singleResultOptional();
    }

    /** The existing profiles among these client numbers, with their talents, in one query. */
    public Map<String, Candidate> findByClientNumbers(String municipalityCode, Collection<String> clientNumbers) {
        Map<String, Candidate> result = new HashMap<>();
        if (clientNumbers.isEmpty()) {
            return result;
        }
        find("""
                select c from Candidate c left join fetch c.talents
                where c.municipalityCode = ?1 and c.clientNumber in ?2""", municipalityCode, List.copyOf(clientNumbers))
                .list().forEach(c -> result.put(c.clientNumber, c));
        return result;
    }

    /** Taxonomy data of these codes (unknown codes are simply absent), in one query. */
    public Map<String, TalentInfo> talentInfo(Collection<String> codes) {
        Map<String, TalentInfo> result = new HashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select code, label_nl, category, retired from talent where code in (:codes)")
                .setParameter("codes", List.copyOf(codes))
                .getResultList();
        for (Object[] row : rows) {
            result.put((String) row[0], new TalentInfo((String) row[0], (String) row[1],
                    TalentCategory.valueOf((String) row[2]), (Boolean) row[3]));
        }
        return result;
    }

    /** The talents of several profiles (a page), with their taxonomy data, sorted by code: one query. */
    public Map<UUID, List<CandidateTalent>> talentsOf(Collection<UUID> candidateIds) {
        Map<UUID, List<CandidateTalent>> result = new LinkedHashMap<>();
        candidateIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (candidateIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select ct.candidate_id, t.code, t.label_nl, t.category, ct.level, t.retired
                from candidate_talent ct join talent t on t.code = ct.talent_code
                where ct.candidate_id in (:ids)
                order by ct.candidate_id, t.code""")
                .setParameter("ids", List.copyOf(candidateIds))
                .getResultList();
        for (Object[] row : rows) {
            result.get((UUID) row[0]).add(new CandidateTalent((String) row[1], (String) row[2],
                    TalentCategory.valueOf((String) row[3]), ((Number) row[4]).intValue(), (Boolean) row[5]));
        }
        return result;
    }

    /** Code to name of every municipality (a region has a few dozen). */
    public Map<String, String> municipalityNames() {
        Map<String, String> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select code, name from municipality").getResultList();
        rows.forEach(row -> result.put((String) row[0], (String) row[1]));
        return result;
    }
}
