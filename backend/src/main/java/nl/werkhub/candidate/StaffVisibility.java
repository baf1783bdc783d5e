package nl.werkhub.candidate;

import java.util.HashMap;
import java.util.Map;

/**
 * Which profiles the staff may see, as one SQL condition on a candidate aliased {@code c}: consultants
 * the consenting ones, jobcoaches the ones assigned to them (DESIGN.md, "Visibility"). Everything
 * that shows a profile or data about it to consultants or jobcoaches (search, detail, matches)
 * filters with this, so the rule has one place.
 */
public final class StaffVisibility {

    private StaffVisibility() {
    }

    /** The condition for a consultant (no parameters needed). */
    public static String forConsultants() {
        return condition(true, false, null, new HashMap<>());
    }

    /** The condition; the viewer's username goes into {@code params} as {@code :viewer} when needed. */
    public static String condition(boolean consultant, boolean jobcoach, String username, Map<String, Object> params) {
        if (jobcoach) {
            params.put("viewer", username);
        }
        if (consultant && jobcoach) {
            return "(c.consent or c.jobcoach = :viewer)";
        }
        if (consultant) {
            return "c.consent";
        }
        if (jobcoach) {
            return "c.jobcoach = :viewer";
        }
        return "false";
    }
}
