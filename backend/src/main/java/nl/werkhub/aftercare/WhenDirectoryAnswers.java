package nl.werkhub.aftercare;

import org.jboss.logging.Logger;

/**
 * Runs start-up work that needs the jobcoach directory (Keycloak). Under {@code make run} Keycloak
 * starts alongside the backend and may answer a minute later, so this retries every 5 s for 5
 * minutes. Any other failure is logged once and not retried: demo data is a convenience, never a
 * reason to stop the backend.
 */
public final class WhenDirectoryAnswers {

    private static final int ATTEMPTS = 60;
    private static final long PAUSE_MILLIS = 5_000;

    private WhenDirectoryAnswers() {
    }

    /** @param what what the task makes, for the log ("Demo placements") */
    public static void run(String what, Logger log, Runnable task) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                task.run();
                return;
            } catch (DirectoryUnavailableException e) {
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                log.warnf(e, "%s not (fully) created", what);
                return;
            }
        }
        log.warnf("%s not created: the jobcoach directory (Keycloak) did not answer for 5 minutes", what);
    }
}
