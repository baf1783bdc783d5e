package nl.werkhub.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import nl.werkhub.common.LanguageLevel;

/**
 * Turns a row of a scoring query (the columns of {@code werkhub_match_score} plus those every
 * scoring query adds, see {@code matching/pair-score.sql}) into the score and its breakdown. All
 * arithmetic happened in SQL; here the numbers are only rounded for display and the gaps are read
 * off the factors.
 */
final class MatchScoreRows {

    private static final MathContext FIFTEEN_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private MatchScoreRows() {
    }

    static ScoredPair read(ResultSet rs) throws SQLException {
        List<MatchGap> gaps = new ArrayList<>();

        Object[] codes = array(rs.getArray("requirement_codes"));
        Object[] labels = array(rs.getArray("requirement_labels"));
        Object[] minLevels = array(rs.getArray("requirement_min_levels"));
        Object[] mustHaves = array(rs.getArray("requirement_must_haves"));
        Object[] levels = array(rs.getArray("talent_levels"));
        List<TalentRequirementFit> must = new ArrayList<>();
        List<TalentRequirementFit> nice = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            String code = (String) codes[i];
            String label = (String) labels[i];
            int minLevel = ((Number) minLevels[i]).intValue();
            Integer level = levels[i] == null ? null : ((Number) levels[i]).intValue();
            boolean met = level != null && level >= minLevel;
            TalentRequirementFit fit = new TalentRequirementFit(code, label, minLevel, level, met);
            if (Boolean.TRUE.equals(mustHaves[i])) {
                must.add(fit);
                if (level == null) {
                    gaps.add(MatchGap.talent(MatchGapKind.MISSING_TALENT, code, label, minLevel, null));
                } else if (!met) {
                    gaps.add(MatchGap.talent(MatchGapKind.TALENT_BELOW_LEVEL, code, label, minLevel, level));
                }
            } else {
                nice.add(fit);
            }
        }
        TalentFit talents = new TalentFit(rs.getBoolean("talents_applicable"), round(rs.getDouble("talents_points")),
                rs.getInt("talents_max"), must, nice);

        int shortfall = rs.getInt("shortfall_hours");
        HoursFit hours = new HoursFit(true, round(rs.getDouble("hours_points")), 15, rs.getInt("overlap_hours"),
                shortfall);
        if (shortfall > 0) {
            gaps.add(MatchGap.of(MatchGapKind.HOURS_MISMATCH));
        }

        int daysLate = rs.getInt("days_late");
        AvailabilityFit availability = new AvailabilityFit(true, round(rs.getDouble("availability_points")), 10,
                rs.getObject("reference_date", java.time.LocalDate.class), daysLate);
        if (daysLate > 0) {
            gaps.add(new MatchGap(MatchGapKind.AVAILABLE_LATER, null, null, null, null, daysLate, null));
        }

        DistanceMethod method = DistanceMethod.valueOf(rs.getString("distance_method"));
        Integer km = (Integer) rs.getObject("distance_km");
        double distancePoints = rs.getDouble("distance_points");
        DistanceFit distance = new DistanceFit(true, round(distancePoints), 15, method, km,
                rs.getInt("max_travel_distance_km"));
        // within the maximum the great-circle points never drop below 7.5, so 0 means beyond it
        if (method == DistanceMethod.GREAT_CIRCLE && distancePoints == 0) {
            gaps.add(new MatchGap(MatchGapKind.TOO_FAR, null, null, null, null, null, km));
        }

        PreferenceFit preferences = new PreferenceFit(true, round(rs.getDouble("preferences_points")), 5,
                rs.getBoolean("sector_preferred"), rs.getBoolean("occupation_preferred"));

        boolean licenceRequired = rs.getBoolean("driving_licence_required");
        boolean hasLicence = rs.getBoolean("has_driving_licence");
        LanguageLevel dutchRequired = level(rs.getString("dutch_level_required"));
        LanguageLevel dutch = level(rs.getString("candidate_dutch_level"));
        RequirementFit requirements = new RequirementFit(rs.getBoolean("requirements_applicable"),
                round(rs.getDouble("requirements_points")), rs.getInt("requirements_max"), licenceRequired,
                hasLicence, dutchRequired, dutch);
        if (licenceRequired && !hasLicence) {
            gaps.add(MatchGap.of(MatchGapKind.NO_DRIVING_LICENCE));
        }
        if (dutchRequired != null && (dutch == null || dutch.compareTo(dutchRequired) < 0)) {
            gaps.add(new MatchGap(MatchGapKind.DUTCH_LEVEL_TOO_LOW, null, null, dutchRequired.name(), null, null, null));
        }

        return new ScoredPair(rs.getInt("score"),
                new MatchBreakdown(talents, hours, availability, distance, preferences, requirements, List.copyOf(gaps)));
    }

    /**
     * One decimal, half up, after cutting to 15 significant digits as PostgreSQL's double-to-numeric
     * cast does: the SQL computes in double precision, where 41.65 may arrive as 41.649999999999999.
     */
    static double round(double value) {
        return new BigDecimal(value).round(FIFTEEN_DIGITS).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static LanguageLevel level(String name) {
        return name == null ? null : LanguageLevel.valueOf(name);
    }

    private static Object[] array(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
