package jp.tsumugi.web.demand;

/**
 * What a member offers for a rainy day on a request (domain.md §4.2, §5.2, rule 26). People read it: the solver plans
 * the fine-weather day and does not plan for weather.
 */
public enum WeatherFallback {
    /** Nothing offered: on a rainy day the secretariat and the member agree case by case. */
    NONE,
    /** Alternative work on a rainy day: a description, optionally at another site of the member or another job. */
    RAIN_TASK,
    /** The rainy day ends early, at the pattern's half-day end. */
    HALF_DAY
}
