package nl.werkhub.vacancy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.werkhub.common.LanguageLevel;
import nl.werkhub.common.Sector;
import nl.werkhub.common.SqlValues;
import nl.werkhub.talent.TalentCategory;

/**
 * The read of one vacancy as the API shows it, in one statement on one pooled connection in
 * autocommit: the vacancy, its employer's name and its talents with their taxonomy labels. Loading
 * the entity instead took three statements (vacancy with employer, the lazy talent collection, the
 * labels), each checking a connection out of the pool, for the most frequent request of the API.
 * Writes keep using the entity; this only reads committed rows, which is all a GET may show.
 */
@ApplicationScoped
class VacancyReads {

    private static final String SQL = """
            select v.id, v.employer_id, e.name as employer_name, v.title, v.description, v.sector, v.postcode,
                   v.latitude, v.longitude, v.hours_per_week_min, v.hours_per_week_max, v.contract_type,
                   v.start_date, v.positions, v.dutch_level, v.driving_licence_required, v.status, v.owner_id,
                   v.owner_name, v.version, v.created_at, v.created_by, v.updated_at, v.updated_by,
                   t.codes, t.labels, t.categories, t.requirements, t.min_levels, t.retired
            from vacancy v
            join employer e on e.id = v.employer_id
            cross join lateral (
                -- aggregates of one query level see the rows in the same order, so the arrays line up
                select array_agg(vt.talent_code) as codes,
                       array_agg(tx.label_nl) as labels,
                       array_agg(tx.category) as categories,
                       array_agg(vt.requirement) as requirements,
                       array_agg(vt.min_level) as min_levels,
                       array_agg(tx.retired) as retired
                from vacancy_talent vt
                join talent tx on tx.code = vt.talent_code
                where vt.vacancy_id = v.id) t
            where v.id = ?""";

    @Inject
    DataSource dataSource;

    Optional<VacancyResponse> find(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading vacancy " + id + " failed", e);
        }
    }

    private static VacancyResponse read(ResultSet rs) throws SQLException {
        return new VacancyResponse(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class),
                rs.getString("employer_name"), rs.getString("title"), rs.getString("description"),
                Sector.valueOf(rs.getString("sector")), rs.getString("postcode"),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getInt("hours_per_week_min"), rs.getInt("hours_per_week_max"),
                ContractType.valueOf(rs.getString("contract_type")), SqlValues.date(rs.getObject("start_date")),
                rs.getInt("positions"), enumOrNull(LanguageLevel.class, rs.getString("dutch_level")),
                rs.getBoolean("driving_licence_required"), talents(rs),
                VacancyStatus.valueOf(rs.getString("status")), rs.getString("owner_id"), rs.getString("owner_name"),
                rs.getLong("version"), SqlValues.instant(rs.getObject("created_at")), rs.getString("created_by"),
                SqlValues.instant(rs.getObject("updated_at")), rs.getString("updated_by"));
    }

    /** In the API's order, {@link VacancyResponse#TALENT_ORDER}. */
    private static List<VacancyTalent> talents(ResultSet rs) throws SQLException {
        Object[] codes = array(rs.getArray("codes"));
        Object[] labels = array(rs.getArray("labels"));
        Object[] categories = array(rs.getArray("categories"));
        Object[] requirements = array(rs.getArray("requirements"));
        Object[] minLevels = array(rs.getArray("min_levels"));
        Object[] retired = array(rs.getArray("retired"));
        List<VacancyTalent> talents = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            talents.add(new VacancyTalent((String) codes[i], (String) labels[i],
                    TalentCategory.valueOf((String) categories[i]), TalentRequirement.valueOf((String) requirements[i]),
                    ((Number) minLevels[i]).intValue(), (Boolean) retired[i]));
        }
        talents.sort(VacancyResponse.TALENT_ORDER);
        return List.copyOf(talents);
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
