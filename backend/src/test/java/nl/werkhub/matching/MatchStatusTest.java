package nl.werkhub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The table in the code, pair by pair, against the contract's (the API walk is MatchTransitionTableTest). */
class MatchStatusTest {

    @Test
    void everyPairFollowsTheContract() {
        for (MatchStatus from : MatchStatus.values()) {
            for (MatchStatus to : MatchStatus.values()) {
                assertEquals(MatchTransitionTableTest.ALLOWED.get(from.name()).contains(to.name()), from.canMoveTo(to),
                        from + " -> " + to);
            }
        }
    }

    @Test
    void placedRejectedAndWithdrawnAreFinal() {
        for (MatchStatus s : MatchStatus.values()) {
            assertEquals(Set.of("PLACED", "REJECTED", "WITHDRAWN").contains(s.name()), s.isFinal(), s.name());
        }
    }

    @Test
    void forwardMovesAreThoseTowardsAPlacement() {
        for (MatchStatus s : MatchStatus.values()) {
            assertEquals(Set.of("PROPOSED", "INTRODUCED", "TRIAL", "PLACED").contains(s.name()), s.isForward(), s.name());
        }
    }
}
