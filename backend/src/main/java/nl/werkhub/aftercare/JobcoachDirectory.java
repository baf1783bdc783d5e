package nl.werkhub.aftercare;

import java.util.List;
import java.util.Optional;

/**
 * Who the jobcoaches are. Keycloak is the source of truth (docs/api.md, "Jobcoach directory"); a
 * placement may only name a user found here. Implementations throw
 * {@code DirectoryUnavailableException} (a 503 problem) when they cannot answer at all.
 */
public interface JobcoachDirectory {

    /** Every jobcoach, sorted by display name. */
    List<Jobcoach> all();

    /** The jobcoach with this username, if there is one. */
    Optional<Jobcoach> find(String username);
}
