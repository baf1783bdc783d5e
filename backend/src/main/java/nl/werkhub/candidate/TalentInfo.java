package nl.werkhub.candidate;

import nl.werkhub.talent.TalentCategory;

/** What a profile needs to know about a taxonomy talent: its label, category and whether it is retired. */
record TalentInfo(String code, String labelNl, TalentCategory category, boolean retired) {
}
