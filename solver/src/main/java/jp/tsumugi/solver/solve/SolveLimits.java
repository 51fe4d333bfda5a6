package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import java.time.Duration;

/**
 * When a solve stops: after {@code spent}, after {@code unimproved} without a better roster, or on reaching
 * {@code bestScoreLimit} (e.g. "0hard/0medium/-1000000soft"), whichever comes first. Any may be null.
 */
public record SolveLimits(Duration spent, Duration unimproved, String bestScoreLimit, EnvironmentMode environmentMode) {

    public static SolveLimits spent(Duration spent) {
        return new SolveLimits(spent, null, null, null);
    }

    public SolveLimits withEnvironmentMode(EnvironmentMode mode) {
        return new SolveLimits(spent, unimproved, bestScoreLimit, mode);
    }

    public SolveLimits withUnimproved(Duration unimproved) {
        return new SolveLimits(spent, unimproved, bestScoreLimit, environmentMode);
    }
}
