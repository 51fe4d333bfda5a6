package jp.tsumugi.web.roster;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A worker's hours per month as SVG geometry: a bar of work hours with its overtime part stacked on top in another
 * colour, a marker at the month's target, and two thresholds: the statutory hours of the month (weekly limit × days / 7,
 * the 法定労働時間の総枠) and that plus the 36協定 monthly overtime cap.
 */
record MonthlyChart(int width, int height, int left, int right, int bottom, ChartAxis axis, List<Column> columns) {

    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int TOP = 10;
    static final int BOTTOM = HEIGHT - 24;
    static final int MONTH_WIDTH = 52;

    /** One month's input: minutes worked, of which overtime, the target, and the statutory hours of the month. */
    record Month(YearMonth month, long workMinutes, long overtimeMinutes, long targetMinutes, long statutoryMinutes) {
    }

    record Column(YearMonth month, double x, double labelX, double barX, double barWidth, double regularY,
            double regularHeight, double overtimeY, double overtimeHeight, double targetY, double statutoryY,
            double capY, String workHours, String overtimeHours, String targetHours) {
    }

    static MonthlyChart of(List<Month> months, long capMinutes) {
        long max = months.stream()
                .mapToLong(m -> Math.max(m.workMinutes(), Math.max(m.targetMinutes(), m.statutoryMinutes() + capMinutes)))
                .max().orElse(0);
        ChartAxis axis = ChartAxis.of(max, TOP, BOTTOM);
        List<Column> columns = new ArrayList<>();
        int i = 0;
        for (Month m : months) {
            double x = LEFT + i * MONTH_WIDTH;
            long regular = Math.max(0, m.workMinutes() - m.overtimeMinutes());
            long overtime = m.workMinutes() - regular;
            columns.add(new Column(m.month(), x, x + MONTH_WIDTH / 2.0, x + 12, MONTH_WIDTH - 24, axis.y(regular),
                    axis.height(regular), axis.y(m.workMinutes()), axis.height(overtime), axis.y(m.targetMinutes()),
                    axis.y(m.statutoryMinutes()), axis.y(m.statutoryMinutes() + capMinutes), Hours.of(m.workMinutes()),
                    Hours.of(overtime), Hours.of(m.targetMinutes())));
            i++;
        }
        int right = LEFT + i * MONTH_WIDTH;
        return new MonthlyChart(right + 8, HEIGHT, LEFT, right, BOTTOM, axis, columns);
    }
}
