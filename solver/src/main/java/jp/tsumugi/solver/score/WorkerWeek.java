package jp.tsumugi.solver.score;

import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Worker;

import java.util.List;

/**
 * One worker's week (from the coop's week start), with its overtime split by month. Overtime follows 労基法 §32: the
 * part of each day beyond the daily baseline, plus the part of the week beyond the weekly baseline counted on the
 * capped daily hours, booked on the day the weekly baseline is crossed. Work on the statutory rest day is holiday work
 * and counts in neither.
 */
public record WorkerWeek(Worker worker, int weekIndex, int regulatedMinutes, int workDays, int overtimeMinutes,
        int holidayMinutes, List<MonthShare> monthShares, WorkerDay firstDay) {

    public static WorkerWeek of(Worker worker, int weekIndex, List<WorkerDay> days) {
        WorkerDay[] sorted = sortedByDay(days);
        CooperativeSettings settings = sorted[0].settings();
        int dailyBase = settings.getDailyOvertimeBaselineMinutes();
        int weeklyBase = settings.getWeeklyOvertimeBaselineMinutes();
        int regulated = 0;
        int regulatedDays = 0;
        int cumulative = 0;
        int overtimeTotal = 0;
        int holidayTotal = 0;
        MonthShare[] shares = new MonthShare[sorted.length]; // in order of first appearance, as before
        int shareCount = 0;
        for (WorkerDay day : sorted) {
            regulated += day.regulatedMinutes();
            if (day.regulatedMinutes() > 0) { // a day of only §41-exempt work is no working day for §35
                regulatedDays++;
            }
            int overtime = 0;
            int holiday = 0;
            if (day.isLegalRestDay()) {
                holiday = day.regulatedMinutes();
            } else {
                overtime = Math.max(0, day.regulatedMinutes() - dailyBase);
                int capped = Math.min(day.regulatedMinutes(), dailyBase);
                int before = cumulative;
                cumulative += capped;
                overtime += Math.max(0, cumulative - Math.max(before, weeklyBase));
            }
            overtimeTotal += overtime;
            holidayTotal += holiday;
            if (overtime > 0 || holiday > 0) {
                int i = 0;
                while (i < shareCount && shares[i].key().monthIndex() != day.monthIndex()) {
                    i++;
                }
                if (i < shareCount) {
                    MonthShare share = shares[i];
                    shares[i] = new MonthShare(share.key(), share.overtimeMinutes() + overtime,
                            share.holidayMinutes() + holiday);
                } else {
                    shares[shareCount++] = newShare(worker, day, overtime, holiday);
                }
            }
        }
        List<MonthShare> shareList = switch (shareCount) {
            case 0 -> List.of();
            case 1 -> List.of(shares[0]);
            case 2 -> List.of(shares[0], shares[1]);
            default -> List.of(java.util.Arrays.copyOf(shares, shareCount));
        };
        return new WorkerWeek(worker, weekIndex, regulated, regulatedDays, overtimeTotal, holidayTotal, shareList,
                sorted[0]);
    }

    private static MonthShare newShare(Worker worker, WorkerDay day, int overtime, int holiday) {
        return new MonthShare(new MonthWork.Key(worker, day.monthIndex(), day.yearIndex(), day.first().getCalendar()),
                overtime, holiday);
    }

    /** The days in date order (insertion sort: at most seven, distinct dates). */
    private static WorkerDay[] sortedByDay(List<WorkerDay> days) {
        WorkerDay[] sorted = days.toArray(new WorkerDay[0]);
        for (int i = 1; i < sorted.length; i++) {
            WorkerDay day = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j].dayIndex() > day.dayIndex()) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = day;
        }
        return sorted;
    }

    /** Identity, like {@link WorkerDay}: rebuilt on every change of its days. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public CooperativeSettings settings() { return firstDay.settings(); }
}
