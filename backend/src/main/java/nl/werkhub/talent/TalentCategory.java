package nl.werkhub.talent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of talent in the taxonomy; the Dutch UI names are in the descriptions. */
@Schema(name = "TalentCategory", description = "WORK_ATTITUDE (werkhouding), VOCATIONAL_SKILL (vakvaardigheid), "
        + "CERTIFICATE (certificaat), LANGUAGE (taal)")
public enum TalentCategory {
    WORK_ATTITUDE,
    VOCATIONAL_SKILL,
    CERTIFICATE,
    LANGUAGE
}
