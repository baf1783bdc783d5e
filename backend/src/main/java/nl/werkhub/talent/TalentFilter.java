package nl.werkhub.talent;

/** Parsed list filters; a null {@code q} or {@code category} means "no filter". */
public record TalentFilter(String q, TalentCategory category, boolean includeRetired) {
}
