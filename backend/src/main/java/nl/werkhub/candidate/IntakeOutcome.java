package nl.werkhub.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one intake item did. */
@Schema(name = "IntakeOutcome")
public enum IntakeOutcome {
    CREATED, UPDATED, UNCHANGED, INVALID
}
