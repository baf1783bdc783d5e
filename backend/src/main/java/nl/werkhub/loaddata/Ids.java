package nl.werkhub.loaddata;

import java.util.UUID;

/**
 * Ids of generated rows: a function of (seed, kind, index), so that a second run finds the rows of the
 * first (and writes nothing) and a larger run adds to them. Version 4 bits are set, so the ids look
 * like the random ones the services make.
 */
final class Ids {

    private Ids() {
    }

    static UUID uuid(long seed, long kind, long index) {
        var r = Draw.stream(seed, 1000 + kind, index);
        long msb = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
