package jp.tsumugi.solver.domain;

/** How statutory rest days are granted (労基法 §35). */
public enum RestDayRule {
    /** At least one day off in every week (weeks start on the cooperative's week start day). */
    WEEKLY,
    /** At least four days off in every 4-week block counted from the plan start (変形休日制). Never under the variable regime. */
    FOUR_IN_FOUR_WEEKS
}
