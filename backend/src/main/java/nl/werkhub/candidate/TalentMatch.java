package nl.werkhub.candidate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a search combines the listed talents: at least one of them, or all of them. */
@Schema(name = "TalentMatch")
public enum TalentMatch {
    ANY, ALL
}
