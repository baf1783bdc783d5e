package nl.werkhub.matching;

/** The score (0..100) of a vacancy/candidate pair and how it came about. */
public record ScoredPair(int score, MatchBreakdown breakdown) {
}
