package nl.werkhub.aftercare;

import java.util.Map;

import nl.werkhub.audit.AuditActor;
import nl.werkhub.candidate.StaffVisibility;
import nl.werkhub.common.audit.CurrentUser;
import nl.werkhub.common.audit.Roles;

/**
 * Who sees which placement, as one SQL condition on a placement aliased {@code p} joined to its
 * candidate aliased {@code c}. Every read of a placement, and of the follow-up calls of one, filters
 * with this, so the rule has one place (DESIGN.md, "Visibility"):
 * <ul>
 * <li>consultants: placements of consenting candidates, as for matches ({@link StaffVisibility});</li>
 * <li>jobcoaches: the placements whose jobcoach they are. That is the placement's own jobcoach, not
 * the profile's: the contract names who phones, and a municipality may later assign the profile to
 * someone else without taking the running aftercare away;</li>
 * <li>municipalities: their own candidates' placements (token claim), whatever other roles the token
 * has; a token without the claim sees nothing;</li>
 * <li>anyone else (admins): nothing; the resources answer them 403 before asking.</li>
 * </ul>
 * Someone who is both consultant and jobcoach sees the union.
 */
public final class PlacementVisibility {

    private PlacementVisibility() {
    }

    /** Who is reading. A municipal token is municipal whatever other roles it carries. */
    public record Viewer(String subject, String username, boolean consultant, boolean jobcoach, boolean municipal,
            String municipality) {

        public static Viewer of(CurrentUser user) {
            boolean municipal = user.hasRole(Roles.MUNICIPALITY);
            return new Viewer(user.subject(), user.username(), !municipal && user.hasRole(Roles.CONSULTANT),
                    !municipal && user.hasRole(Roles.JOBCOACH), municipal, municipal ? user.municipality() : null);
        }

        /** How a consultant's or jobcoach's read is written to the audit log (municipal reads are not). */
        public AuditActor auditActor() {
            return new AuditActor(username, consultant ? Roles.CONSULTANT : Roles.JOBCOACH);
        }
    }

    /** The condition; values go into {@code params} as {@code :pvOwnMunicipality} / {@code :pvViewer}. */
    public static String condition(Viewer viewer, Map<String, Object> params) {
        if (viewer.municipal()) {
            if (viewer.municipality() == null) {
                return "false";
            }
            params.put("pvOwnMunicipality", viewer.municipality());
            // the placement's copy of the candidate's municipality: indexed, and equal by construction
            return "p.municipality_code = :pvOwnMunicipality";
        }
        String consultants = StaffVisibility.forConsultants();
        if (viewer.jobcoach()) {
            params.put("pvViewer", viewer.username());
        }
        if (viewer.consultant() && viewer.jobcoach()) {
            return "(" + consultants + " or p.jobcoach = :pvViewer)";
        }
        if (viewer.consultant()) {
            return consultants;
        }
        if (viewer.jobcoach()) {
            return "p.jobcoach = :pvViewer";
        }
        return "false";
    }
}
