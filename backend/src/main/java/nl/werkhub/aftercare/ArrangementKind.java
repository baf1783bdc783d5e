package nl.werkhub.aftercare;

/** Voorzieningen the municipality adds to a placement; OTHER (with a description) leaves room for more. */
public enum ArrangementKind {
    JOBCOACH,
    OV_TOPUP,
    TRAINING,
    WORKPLACE_ADAPTATION,
    OTHER
}
