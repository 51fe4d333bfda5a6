package jp.tsumugi.solver.score;

import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.Comparator;
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
        List<WorkerDay> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparingInt(WorkerDay::dayIndex));
        CooperativeSettings settings = sorted.get(0).settings();
        int dailyBase = settings.getDailyOvertimeBaselineMinutes();
        int weeklyBase = settings.getWeeklyOvertimeBaselineMinutes();
        int regulated = 0;
        int regulatedDays = 0;
        int cumulative = 0;
        int overtimeTotal = 0;
        int holidayTotal = 0;
        List<MonthShare> shares = new ArrayList<>(2);
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
                addShare(shares, worker, day, overtime, holiday);
            }
        }
        return new WorkerWeek(worker, weekIndex, regulated, regulatedDays, overtimeTotal, holidayTotal,
                List.copyOf(shares), sorted.get(0));
    }

    private static void addShare(List<MonthShare> shares, Worker worker, WorkerDay day, int overtime, int holiday) {
        for (int i = 0; i < shares.size(); i++) {
            MonthShare share = shares.get(i);
            if (share.key().monthIndex() == day.monthIndex()) {
                shares.set(i, new MonthShare(share.key(), share.overtimeMinutes() + overtime,
                        share.holidayMinutes() + holiday));
                return;
            }
        }
        shares.add(new MonthShare(new MonthWork.Key(worker, day.monthIndex(), day.yearIndex(), day.first().getCalendar()),
                overtime, holiday));
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
