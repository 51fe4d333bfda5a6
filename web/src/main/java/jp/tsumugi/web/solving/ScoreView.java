package jp.tsumugi.web.solving;

/**
 * A score as the secretariat reads it: broken legal rules (hard), unfilled required hours, quality (soft, higher is
 * better).
 */
public record ScoreView(long violations, long unfilledRequiredHours, long quality) {

    public static ScoreView of(long hard, long unfilledRequiredMinutes, long soft) {
        return new ScoreView(Math.abs(hard), Math.round(unfilledRequiredMinutes / 60.0), soft);
    }

    public static ScoreView of(SolveProgress.Point point) {
        return point == null ? null : of(point.hard(), point.unfilledRequiredMinutes(), point.soft());
    }
}
