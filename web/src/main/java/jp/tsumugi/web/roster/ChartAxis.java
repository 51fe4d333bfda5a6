package jp.tsumugi.web.roster;

import java.util.ArrayList;
import java.util.List;

/** The vertical hours axis of the server-rendered SVG charts: a round top value, gridlines, pixel positions. */
record ChartAxis(int top, int bottom, long maxHours, List<Tick> ticks) {

    /** A gridline at {@code y} labelled {@code hours}. */
    record Tick(double y, long hours) {
    }

    private static final long[] STEPS = {1, 2, 5, 10, 20, 25, 40, 50, 100, 200, 250, 500, 1000};

    /** An axis from 0 to at least {@code maxMinutes}, with 3–6 gridlines, drawn between {@code top} and {@code bottom}. */
    static ChartAxis of(long maxMinutes, int top, int bottom) {
        double hours = Math.max(1, maxMinutes / 60.0);
        long step = STEPS[STEPS.length - 1];
        for (long s : STEPS) {
            if (hours / s <= 5) {
                step = s;
                break;
            }
        }
        long max = (long) Math.ceil(hours / step) * step;
        List<Tick> ticks = new ArrayList<>();
        ChartAxis axis = new ChartAxis(top, bottom, max, ticks);
        for (long h = 0; h <= max; h += step) {
            ticks.add(new Tick(axis.y(h * 60), h));
        }
        return axis;
    }

    /** The y pixel of a number of minutes. */
    double y(long minutes) {
        return round(bottom - (bottom - top) * (minutes / 60.0) / maxHours);
    }

    /** The pixel height of a number of minutes. */
    double height(long minutes) {
        return round((bottom - top) * (minutes / 60.0) / maxHours);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
