package nl.werkhub.common.web;

import nl.werkhub.common.error.PreconditionFailedException;
import nl.werkhub.common.error.PreconditionRequiredException;
import nl.werkhub.common.i18n.Text;

/** Strong ETags of the form {@code "<version>"} and the If-Match rules of docs/api.md. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** For PUT: If-Match is required (428) and must name the current version (412). */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(Text.of("detail.if-match-required"));
        }
        check(ifMatch, currentVersion);
    }

    /** For status actions: If-Match is optional, but when sent it must match. */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            check(ifMatch, currentVersion);
        }
    }

    private static void check(String ifMatch, long currentVersion) {
        if (!matches(ifMatch, currentVersion)) {
            throw new PreconditionFailedException(Text.of("detail.if-match-stale", of(currentVersion)));
        }
    }

    static boolean matches(String ifMatch, long currentVersion) {
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
