package nl.werkhub.candidate;

import java.sql.PreparedStatement;
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

import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Candidate rows and the lookups that go with them. Everything that concerns many profiles is one
 * query for all of them (talents of a page, existing profiles of a bulk chunk), never one per profile.
 */
@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** Plain values only (strings, numbers, booleans, lists of them): no module or setting matters. */
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /**
     * Columns a bulk intake writes for a new profile: all of table candidate but the generated
     * {@code search_text}. A test compares this list with the table, so a column added by a
     * migration cannot be left out here unnoticed.
     */
    static final List<String> INSERTED_COLUMNS = List.of("id", "version", "municipality_code", "client_number",
            "first_name", "last_name", "email", "phone", "gender", "birth_date", "postcode", "latitude", "longitude",
            "target_groups", "talent_codes", "talent_levels", "interests", "motivation", "preferred_sectors",
            "preferred_occupations", "hours_per_week_min", "hours_per_week_max", "available_from",
            "max_travel_distance_km", "driving_licence", "dutch_level", "consent", "status", "jobcoach", "created_at",
            "created_by", "updated_at", "updated_by");

    private static final String INSERT_CANDIDATES = "insert into candidate (" + String.join(", ", INSERTED_COLUMNS)
            + ") select " + String.join(", ", INSERTED_COLUMNS) + " from jsonb_populate_recordset(null::candidate, ?::jsonb)";

    private static final String INSERT_TALENTS = """
            insert into candidate_talent (candidate_id, talent_code, level)
            select * from unnest(?::uuid[], ?::varchar[], ?::int[])""";

    /**
     * Inserts new profiles (marked created, validated) with their talents in two statements
     * however many there are, instead of one entity insert per profile and per talent: a bulk
     * intake spent most of its time in Hibernate's flush (BENCHMARKS.md, "Intake"). The profiles
     * stay unmanaged: nothing else in the transaction changes them. The database's CHECK
     * constraints and triggers apply as to any insert.
     */
    public void insertNew(List<Candidate> created) {
        if (created.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(created.size());
        List<UUID> talentOwners = new ArrayList<>();
        List<String> talentCodes = new ArrayList<>();
        List<Integer> talentLevels = new ArrayList<>();
        for (Candidate c : created) {
            rows.add(row(c));
            c.talents.forEach((code, level) -> {
                talentOwners.add(c.id);
                talentCodes.add(code);
                talentLevels.add(level);
            });
        }
        String json;
        try {
            json = JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("profiles could not be written as JSON", e);
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(INSERT_CANDIDATES)) {
                ps.setString(1, json);
                ps.executeUpdate();
            }
            if (!talentOwners.isEmpty()) {
                try (PreparedStatement ps = connection.prepareStatement(INSERT_TALENTS)) {
                    ps.setArray(1, connection.createArrayOf("uuid", talentOwners.toArray()));
                    ps.setArray(2, connection.createArrayOf("varchar", talentCodes.toArray()));
                    ps.setArray(3, connection.createArrayOf("int4", talentLevels.toArray()));
                    ps.executeUpdate();
                }
            }
        });
    }

    /** A profile as jsonb_populate_recordset reads it: column name to a JSON value of the column's type. */
    private static Map<String, Object> row(Candidate c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id.toString());
        row.put("version", c.version);
        row.put("municipality_code", c.municipalityCode);
        row.put("client_number", c.clientNumber);
        row.put("first_name", c.firstName);
        row.put("last_name", c.lastName);
        row.put("email", c.email);
        row.put("phone", c.phone);
        row.put("gender", c.gender == null ? null : c.gender.name());
        row.put("birth_date", c.birthDate == null ? null : c.birthDate.toString());
        row.put("postcode", c.postcode);
        row.put("latitude", c.latitude);
        row.put("longitude", c.longitude);
        row.put("target_groups", c.targetGroups);
        row.put("talent_codes", c.talentCodes);
        row.put("talent_levels", c.talentLevels);
        row.put("interests", c.interests);
        row.put("motivation", c.motivation);
        row.put("preferred_sectors", c.preferredSectors);
        row.put("preferred_occupations", c.preferredOccupations);
        row.put("hours_per_week_min", c.hoursPerWeekMin);
        row.put("hours_per_week_max", c.hoursPerWeekMax);
        row.put("available_from", c.availableFrom == null ? null : c.availableFrom.toString());
        row.put("max_travel_distance_km", c.maxTravelDistanceKm);
        row.put("driving_licence", c.drivingLicence);
        row.put("dutch_level", c.dutchLevel == null ? null : c.dutchLevel.name());
        row.put("consent", c.consent);
        row.put("status", c.status.name());
        row.put("jobcoach", c.jobcoach);
        row.put("created_at", c.createdAt.toString());
        row.put("created_by", c.createdBy);
        row.put("updated_at", c.updatedAt.toString());
        row.put("updated_by", c.updatedBy);
        return row;
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
