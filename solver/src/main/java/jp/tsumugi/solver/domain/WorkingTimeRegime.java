package jp.tsumugi.solver.domain;

/** Which working-time system the cooperative's 就業規則 adopts (労基法 §32 or §32-4). */
public enum WorkingTimeRegime {
    /** 8 h/day, 40 h/week (労基法 §32). */
    STANDARD,
    /** 1年単位の変形労働時間制 (労基法 §32-4): 10 h/day, 52 h/week and the period limits. */
    VARIABLE_ONE_YEAR
}
