package nl.werkhub.loaddata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.werkhub.aftercare.WhenDirectoryAnswers;

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
        // idempotent: on a later start everything is found and nothing is written
        WhenDirectoryAnswers.run("Generated demo data", LOG, () -> LOG.infof("Demo data: %s",
                generator.generate(profiles, DataGenerator.DEFAULT_SEED, LOG::info).line()));
    }
}
