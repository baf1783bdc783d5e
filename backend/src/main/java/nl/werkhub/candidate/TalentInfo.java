package nl.werkhub.candidate;

/** What a profile needs to know about a taxonomy talent: its label, category and whether it is retired. */
record TalentInfo(String code, String labelNl, String category, boolean retired) {
}
