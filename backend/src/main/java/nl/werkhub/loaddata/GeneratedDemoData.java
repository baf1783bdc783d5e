package nl.werkhub.loaddata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.werkhub.aftercare.DirectoryUnavailableException;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Under {@code make run} a first start also loads a small generated set
 * ({@code werkhub.demo-data.generated-profiles}, which stack.sh sets; 0 elsewhere, so tests and the
 * browser tests see only the hand-made demo data), so that lists, search and the dashboard are not
 * near-empty. Runs after the hand-made demo placements (they are only made into a database without
 * placements) on their thread, when the jobcoach directory answers.
 */
@ApplicationScoped
public class GeneratedDemoData {

    private static final Logger LOG = Logger.getLogger(GeneratedDemoData.class);

    @ConfigProperty(name = "werkhub.demo-data.generated-profiles", defaultValue = "0")
    long profiles;

    @Inject
    DataGenerator generator;

    public void loadIfWanted() {
        if (profiles <= 0) {
            return;
        }
        for (int attempt = 0; attempt < 60; attempt++) {
            try {
                // idempotent: on a later start everything is found and nothing is written
                DataGenerator.Summary summary = generator.generate(profiles, DataGenerator.DEFAULT_SEED, LOG::info);
                LOG.infof("Demo data: %s", summary.line());
                return;
            } catch (DirectoryUnavailableException e) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (RuntimeException e) {
                LOG.warn("Generated demo data not (fully) loaded", e);
                return;
            }
        }
    }
}
