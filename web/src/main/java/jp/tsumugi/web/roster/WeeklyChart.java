package jp.tsumugi.web.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A member's demand against supply per ISO week as SVG geometry: for each week a wide pale bar (required hours) with a
 * narrower dark bar inside (assigned hours), so a shortfall shows as pale above dark.
 */
record WeeklyChart(int width, int height, int left, int right, int bottom, ChartAxis axis, List<Bar> bars,
        List<MonthLabel> months) {

    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int TOP = 10;
    static final int BOTTOM = HEIGHT - 24;
    static final int WEEK_WIDTH = 14;

    record Bar(LocalDate weekStart, double x, double width, double requiredY, double requiredHeight, double assignedX,
            double assignedWidth, double assignedY, double assignedHeight, String requiredHours,
            String assignedHours) {
    }

    /** The first week starting in a month carries the month's label. */
    record MonthLabel(double x, LocalDate date) {
    }

    /** From required and assigned minutes per week start, in date order. */
    static WeeklyChart of(Map<LocalDate, long[]> weeks) {
        long max = weeks.values().stream().mapToLong(w -> Math.max(w[0], w[1])).max().orElse(0);
        ChartAxis axis = ChartAxis.of(max, TOP, BOTTOM);
        List<Bar> bars = new ArrayList<>();
        List<MonthLabel> months = new ArrayList<>();
        int i = 0;
        int lastMonth = -1;
        for (Map.Entry<LocalDate, long[]> week : weeks.entrySet()) {
            double x = LEFT + i * WEEK_WIDTH;
            long required = week.getValue()[0];
            long assigned = week.getValue()[1];
            bars.add(new Bar(week.getKey(), x + 1, WEEK_WIDTH - 2, axis.y(required), axis.height(required), x + 4,
                    WEEK_WIDTH - 8, axis.y(assigned), axis.height(assigned), Hours.of(required), Hours.of(assigned)));
            LocalDate sunday = week.getKey().plusDays(6);
            int month = sunday.getMonthValue();
            if (month != lastMonth) {
                months.add(new MonthLabel(x, sunday));
                lastMonth = month;
            }
            i++;
        }
        int right = LEFT + i * WEEK_WIDTH;
        return new WeeklyChart(right + 8, HEIGHT, LEFT, right, BOTTOM, axis, bars, months);
    }
}
