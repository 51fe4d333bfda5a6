package jp.tsumugi.benchmarks.domain;

import java.time.Duration;
import java.util.List;

/**
 * One scaling row: what one solve of one problem measured. Times are milliseconds from the start of the solve.
 *
 * @param constructionMillis   when the construction heuristic ended (−1 if it never ran); {@code constructionComplete}
 *                             false when the time limit cut it short
 * @param constructionCpuMillis CPU time of the solving thread up to the end of construction (−1 where unknown)
 * @param scoresAtMarks        per mark of {@code marks}: the best score at that time ({@link Convergence#scoreAt});
 *                             {@link #NOT_CONSTRUCTED} when construction had not finished by then; null when the mark
 *                             lies beyond the time limit. Before construction has ended the best roster is the input's,
 *                             so such marks also say {@link #NOT_CONSTRUCTED}
 * @param unfilledRequiredMinutesAtMarks per mark: the unfilled required minutes of the best roster at that time (what
 *                             the issue reports in hours); null where the mark has no score
 * @param timeToWithin1Percent see {@link Convergence}
 * @param solveCpuMillis       CPU time of the solving thread (−1 where the JVM cannot tell): on a busy machine, speeds
 *                             per CPU second say more about the solver than speeds per second of wall time
 * @param peakHeapBytes        the most heap in use, sampled every 100 ms during the solve (MemoryMXBean)
 * @param heapPoolPeaksBytes   the sum of the heap pools' own peaks (reset before the solve): an upper bound, as the
 *                             pools need not peak at the same moment
 * @param heapAfterGcBytes     the most heap left in use right after any garbage collection during the solve (from the
 *                             collectors' notifications): nearer to what the solve needs than the peak, which
 *                             includes garbage not yet collected; 0 when no collection ran
 * @param loadStart            the 1-minute system load average when the solve started; {@code loadEnd} when it ended;
 *                             {@code loadMean} the mean of samples taken during the solve
 */
record ScalingResult(String problem, String source, String variant, int workers, int slots, long requiredMinutes,
        Duration limit, long constructionMillis, long constructionCpuMillis, boolean constructionComplete, String constructionScore,
        List<Duration> marks, List<String> scoresAtMarks, List<Long> unfilledRequiredMinutesAtMarks, String finalScore, long finalScoreMillis,
        Long timeToWithin1Percent, long solveMillis, long solveCpuMillis, long scoreCalculationCount,
        long moveEvaluationCount, long peakHeapBytes, long heapPoolPeaksBytes, long heapAfterGcBytes,
        long unfilledRequiredMinutes, double loadStart, double loadEnd, double loadMean) {

    static final String NOT_CONSTRUCTED = "not constructed";

    ScalingResult {
        marks = List.copyOf(marks);
        scoresAtMarks = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scoresAtMarks));
        unfilledRequiredMinutesAtMarks = java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(unfilledRequiredMinutesAtMarks));
        if (marks.size() != scoresAtMarks.size() || marks.size() != unfilledRequiredMinutesAtMarks.size()) {
            throw new IllegalArgumentException("one score and one unfilled figure per mark");
        }
    }

    /** Timefold's score-calculation speed: calculations per second of solving. */
    long scoreCalculationSpeed() {
        return scoreCalculationCount * 1000 / Math.max(1, solveMillis);
    }

    /** Score calculations per CPU second of the solving thread; −1 when CPU time is unknown. */
    long scoreCalculationSpeedPerCpuSecond() {
        return solveCpuMillis < 0 ? -1 : scoreCalculationCount * 1000 / Math.max(1, solveCpuMillis);
    }

    long moveEvaluationSpeed() {
        return moveEvaluationCount * 1000 / Math.max(1, solveMillis);
    }

    /** Unfilled required minutes of the best roster at the mark; null where {@link #scoreAt} is not a score. */
    Long unfilledRequiredMinutesAt(Duration mark) {
        int i = marks.indexOf(mark);
        return i < 0 ? null : unfilledRequiredMinutesAtMarks.get(i);
    }

    String scoreAt(Duration mark) {
        int i = marks.indexOf(mark);
        return i < 0 ? null : scoresAtMarks.get(i);
    }
}
