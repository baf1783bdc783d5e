package nl.werkhub.vacancy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How much a vacancy needs a talent. */
@Schema(name = "TalentRequirement", description = "MUST_HAVE weighs 3 in the score, NICE_TO_HAVE 1; an unmet must-have is a gap")
public enum TalentRequirement {
    MUST_HAVE,
    NICE_TO_HAVE
}
