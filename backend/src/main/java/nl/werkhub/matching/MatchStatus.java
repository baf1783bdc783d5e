package nl.werkhub.matching;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a match stands in the pipeline. The transition table below is the only statement of which
 * moves are allowed: the service asks it, and the tests walk all of its pairs.
 */
@Schema(name = "MatchStatus")
public enum MatchStatus {
    SUGGESTED,
    PROPOSED,
    INTRODUCED,
    TRIAL,
    PLACED,
    REJECTED,
    WITHDRAWN;

    private static final Map<MatchStatus, Set<MatchStatus>> ALLOWED = new EnumMap<>(MatchStatus.class);

    static {
        // forward along the pipeline; INTRODUCED → PLACED because not every placement has a trial
        allow(SUGGESTED, PROPOSED);
        allow(PROPOSED, INTRODUCED);
        allow(INTRODUCED, TRIAL, PLACED);
        allow(TRIAL, PLACED);
        // every open state can end without a placement
        for (MatchStatus open : EnumSet.of(SUGGESTED, PROPOSED, INTRODUCED, TRIAL)) {
            allow(open, REJECTED, WITHDRAWN);
        }
        for (MatchStatus status : values()) {
            ALLOWED.putIfAbsent(status, EnumSet.noneOf(MatchStatus.class));
        }
    }

    private static void allow(MatchStatus from, MatchStatus... to) {
        ALLOWED.computeIfAbsent(from, k -> EnumSet.noneOf(MatchStatus.class)).addAll(Set.of(to));
    }

    public Set<MatchStatus> allowedNext() {
        return Collections.unmodifiableSet(ALLOWED.get(this));
    }

    public boolean canMoveTo(MatchStatus target) {
        return ALLOWED.get(this).contains(target);
    }

    /** {@code PLACED}, {@code REJECTED} and {@code WITHDRAWN}: nothing follows. */
    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** A step towards a placement, as opposed to ending the match; such steps need an open vacancy. */
    public boolean isForward() {
        return this != REJECTED && this != WITHDRAWN && this != SUGGESTED;
    }
}
