package jp.tsumugi.web.solving;

import java.util.List;
import java.util.Locale;

/**
 * The small score-over-time chart of a running solve as SVG coordinates: unfilled required hours (y) against elapsed
 * seconds (x), drawn server-side so the page needs no charting script.
 */
public final class ProgressChart {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 90;

    private ProgressChart() {
    }

    /** Polyline points ("x,y x,y ...") over the given time span; empty when there is nothing to draw. */
    public static String polyline(List<SolveProgress.Point> points, long spanMillis) {
        if (points.isEmpty()) {
            return "";
        }
        long max = points.stream().mapToLong(SolveProgress.Point::unfilledRequiredMinutes).max().orElse(0);
        long min = points.stream().mapToLong(SolveProgress.Point::unfilledRequiredMinutes).min().orElse(0);
        double span = Math.max(1, spanMillis);
        double range = Math.max(1, max - min);
        StringBuilder out = new StringBuilder();
        SolveProgress.Point previous = null;
        for (SolveProgress.Point p : points) {
            double x = Math.min(WIDTH, WIDTH * p.elapsedMillis() / span);
            if (previous != null) {
                // a step: the best stays where it was until it improves
                out.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(previous, min, range)));
            }
            out.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y(p, min, range)));
            previous = p;
        }
        return out.toString().trim();
    }

    private static double y(SolveProgress.Point p, long min, double range) {
        return 5 + (HEIGHT - 10) * (1 - (p.unfilledRequiredMinutes() - min) / range);
    }
}
