package jp.tsumugi.solver.domain;

public enum AvailabilityKind {
    /** Approved annual paid leave (年休). */
    PAID_LEAVE,
    /** An agreed day off. */
    DAY_OFF,
    /** Not available for any other reason (sick, training, ...). */
    UNAVAILABLE
}
