package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.Duration;
import java.util.List;

/**
 * How fast a solve got close to where it ended, read off its best-score history.
 *
 * <p><b>Time to within 1 %</b> ({@link #timeToWithin}): the earliest time T such that the best score at T, and at every
 * later time, has
 * <ul>
 * <li>the final hard score exactly, and</li>
 * <li>a medium score within 1 % of the final medium score: |medium − final medium| ≤ 0.01 × |final medium|, and</li>
 * <li>a soft score within 1 % of the final soft score: |soft − final soft| ≤ 0.01 × |final soft|.</li>
 * </ul>
 * A final level of 0 must be matched exactly. "And at every later time" matters because the best score improves
 * lexicographically: a medium gain may cost soft score, so soft can leave the band again after entering it. T is
 * measured from the start of the solve, construction included; it is never later than the time of the final best
 * score.
 */
final class Convergence {
    static final double ONE_PERCENT = 0.01;

    /** One point of a best-score history: the time since the solve started and the new best score. */
    record Point(long millis, HardMediumSoftLongScore score) {
    }

    private Convergence() {
    }

    static boolean within(HardMediumSoftLongScore score, HardMediumSoftLongScore target, double tolerance) {
        return score.hardScore() == target.hardScore()
                && close(score.mediumScore(), target.mediumScore(), tolerance)
                && close(score.softScore(), target.softScore(), tolerance);
    }

    private static boolean close(long value, long target, double tolerance) {
        return Math.abs((double) value - target) <= tolerance * Math.abs((double) target);
    }

    /** See the class comment; null for an empty history. {@code history} is in time order. */
    static Long timeToWithin(List<Point> history, HardMediumSoftLongScore finalScore, double tolerance) {
        Long since = null;
        for (Point point : history) {
            if (within(point.score(), finalScore, tolerance)) {
                if (since == null) {
                    since = point.millis();
                }
            } else {
                since = null;
            }
        }
        return since;
    }

    /** The best score at {@code mark}: the last point at or before it, null when none was found by then. */
    static HardMediumSoftLongScore scoreAt(List<Point> history, Duration mark) {
        HardMediumSoftLongScore best = null;
        for (Point point : history) {
            if (point.millis() <= mark.toMillis()) {
                best = point.score();
            } else {
                break;
            }
        }
        return best;
    }
}
