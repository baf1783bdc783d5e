package nl.werkhub.common.error;

import nl.werkhub.common.i18n.Text;

/** 409 - the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {

    public ConflictException(Text detail) {
        super(ProblemType.CONFLICT, detail, null);
    }

    /** A 409 with a slug of its own (e.g. {@code illegal-transition}). */
    public ConflictException(ProblemType type, Text detail) {
        this(type, detail, null);
    }

    /** As above, naming the existing match ({@code match-exists}). */
    public ConflictException(ProblemType type, Text detail, java.util.UUID matchId) {
        super(type, detail, null, matchId);
        if (type.status() != 409) {
            throw new IllegalArgumentException("not a 409 problem type: " + type);
        }
    }
}
