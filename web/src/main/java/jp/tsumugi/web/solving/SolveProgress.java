package jp.tsumugi.web.solving;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSummary;

/**
 * What the page shows of a running solve: elapsed and limit, the best score so far as the secretariat reads it, and
 * the score over time for the small chart. Updated from the solver's event thread, read by page requests.
 */
public final class SolveProgress {

    /** One point of the chart. */
    public record Point(long elapsedMillis, long hard, long unfilledRequiredMinutes, long soft) {
    }

    private final long planId;
    private final Instant startedAt;
    private final Duration limit;
    private final List<Point> points = new ArrayList<>();
    private volatile Point best;
    private volatile boolean finished;
    private volatile boolean stopRequested;

    SolveProgress(long planId, Instant startedAt, Duration limit) {
        this.planId = planId;
        this.startedAt = startedAt;
        this.limit = limit;
    }

    synchronized void improved(Roster roster, Instant now) {
        RosterSummary summary = RosterSummary.of(roster);
        Point point = new Point(Duration.between(startedAt, now).toMillis(), roster.getScore().hardScore(),
                summary.unfilledRequiredMinutes(), roster.getScore().softScore());
        points.add(point);
        best = point;
    }

    public long getPlanId() {
        return planId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Duration getLimit() {
        return limit;
    }

    public Duration elapsed(Instant now) {
        return Duration.between(startedAt, now);
    }

    public Point getBest() {
        return best;
    }

    public synchronized List<Point> getPoints() {
        return List.copyOf(points);
    }

    public boolean isFinished() {
        return finished;
    }

    void finish() {
        finished = true;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    void requestStop() {
        stopRequested = true;
    }
}
