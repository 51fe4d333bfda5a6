package jp.tsumugi.solver.score;

import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Worker;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

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
        return of(worker, weekIndex, sorted, sorted.length);
    }

    /** The week of the first {@code count} days of {@code sorted}, in date order (the array is not kept). */
    static WorkerWeek of(Worker worker, int weekIndex, WorkerDay[] sorted, int count) {
        CooperativeSettings settings = sorted[0].settings();
        int dailyBase = settings.getDailyOvertimeBaselineMinutes();
        int weeklyBase = settings.getWeeklyOvertimeBaselineMinutes();
        int regulated = 0;
        int regulatedDays = 0;
        int cumulative = 0;
        int overtimeTotal = 0;
        int holidayTotal = 0;
        MonthShare[] shares = new MonthShare[count]; // in order of first appearance, as before
        int shareCount = 0;
        for (int d = 0; d < count; d++) {
            WorkerDay day = sorted[d];
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

    /**
     * Groups a worker's days of one week straight into its {@link WorkerWeek}: the days are kept in date order as
     * they come and go (at most seven), instead of a {@code toList} whose copy is sorted on every change. One shared
     * instance, so that every rule's {@code groupBy} with it is one node.
     */
    static final UniConstraintCollector<WorkerDay, Days, WorkerWeek> COLLECTOR =
            new Collector<>(Days::new, Days::add, Days::week);

    /** The collector's container: one worker's days of one week in date order. */
    static final class Days {
        private WorkerDay[] days = new WorkerDay[7];
        private int size;

        Runnable add(WorkerDay day) {
            if (size == days.length) {
                days = java.util.Arrays.copyOf(days, size * 2);
            }
            int i = size;
            while (i > 0 && days[i - 1].dayIndex() > day.dayIndex()) {
                days[i] = days[i - 1];
                i--;
            }
            days[i] = day;
            size++;
            return () -> remove(day);
        }

        private void remove(WorkerDay day) {
            int i = 0;
            while (days[i] != day) {
                i++;
            }
            System.arraycopy(days, i + 1, days, i, size - i - 1);
            days[--size] = null;
        }

        WorkerWeek week() {
            WorkerDay first = days[0];
            return WorkerWeek.of(first.worker(), first.weekIndex(), days, size);
        }
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
