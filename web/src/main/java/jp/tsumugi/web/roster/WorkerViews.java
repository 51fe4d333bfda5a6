package jp.tsumugi.web.roster;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSummary;
import jp.tsumugi.solver.solve.RosterSummary.WorkerMonthFigures;

/**
 * Each worker's hours against target. Work, overtime and targets come from the solver's {@link RosterSummary}, which
 * counts hours the way the legal constraints do (all members together, 労基法 §38).
 */
final class WorkerViews {

    /**
     * Templates read components only (no method calls). {@code utilisationPercent}: work as a share of target in whole
     * percent, {@code null} without a target.
     */
    record WorkerRow(String code, String name, long workMinutes, long targetMinutes, long overtimeMinutes,
            String workHours, String targetHours, String overtimeHours, Long utilisationPercent) {

        static WorkerRow of(Worker worker, long work, long target, long overtime) {
            return new WorkerRow(worker.getId(), worker.getName(), work, target, overtime, Hours.of(work),
                    Hours.of(target), Hours.of(overtime), target == 0 ? null : Math.round(100.0 * work / target));
        }
    }

    record MonthLine(YearMonth month, String workHours, String targetHours, String overtimeHours, String nightHours,
            String holidayHours, boolean overCap) {
    }

    record MemberServed(String code, String name, String css, int days, long minutes, String hours) {
    }

    record WorkerDetail(WorkerRow totals, MonthlyChart chart, List<MonthLine> months, List<MemberServed> members,
            String capHours, String weeklyHours) {
    }

    private WorkerViews() {
    }

    static List<WorkerRow> list(Roster roster) {
        RosterSummary summary = RosterSummary.of(roster);
        return YearView.sortedWorkers(roster).stream().map(w -> row(w, figures(summary, w))).toList();
    }

    static WorkerDetail detail(Roster roster, Worker worker) {
        Map<YearMonth, WorkerMonthFigures> figures = figures(RosterSummary.of(roster), worker);
        CooperativeSettings settings = roster.getSettings();
        PlanCalendar calendar = roster.getCalendar();
        long cap = settings.getRegularMonthlyOvertimeCapMinutes();
        List<MonthlyChart.Month> chartMonths = new ArrayList<>();
        List<MonthLine> lines = new ArrayList<>();
        for (int i = 0; i < calendar.monthCount(); i++) {
            YearMonth month = calendar.monthOf(i);
            WorkerMonthFigures f = figures.getOrDefault(month, new WorkerMonthFigures(0, 0, 0, 0, 0));
            long statutory = (long) settings.getWeeklyOvertimeBaselineMinutes() * calendar.daysInWindow(month) / 7;
            chartMonths.add(new MonthlyChart.Month(month, f.workMinutes(), f.overtimeMinutes(), f.targetMinutes(),
                    statutory));
            lines.add(new MonthLine(month, Hours.of(f.workMinutes()), Hours.of(f.targetMinutes()),
                    Hours.of(f.overtimeMinutes()), Hours.of(f.nightMinutes()), Hours.of(f.holidayMinutes()),
                    f.overtimeMinutes() > cap));
        }
        return new WorkerDetail(row(worker, figures), MonthlyChart.of(chartMonths, cap), lines, served(roster, worker),
                Hours.of(cap), Hours.of(settings.getWeeklyOvertimeBaselineMinutes()));
    }

    private static List<MemberServed> served(Roster roster, Worker worker) {
        Map<Member, long[]> minutes = new HashMap<>();
        Map<Member, Set<java.time.LocalDate>> days = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getWorker() == worker) {
                minutes.computeIfAbsent(slot.getMember(), m -> new long[1])[0] += slot.getNetMinutes();
                days.computeIfAbsent(slot.getMember(), m -> new HashSet<>()).add(slot.getDate());
            }
        }
        return minutes.entrySet().stream()
                .map(e -> new MemberServed(e.getKey().getId(), e.getKey().getName(),
                        MemberPalette.cssClass(e.getKey().getId()), days.get(e.getKey()).size(), e.getValue()[0],
                        Hours.of(e.getValue()[0])))
                .sorted(Comparator.comparingLong(MemberServed::minutes).reversed().thenComparing(MemberServed::code))
                .toList();
    }

    private static Map<YearMonth, WorkerMonthFigures> figures(RosterSummary summary, Worker worker) {
        return summary.workerMonths().getOrDefault(worker, Map.of());
    }

    private static WorkerRow row(Worker worker, Map<YearMonth, WorkerMonthFigures> figures) {
        long work = 0;
        long target = 0;
        long overtime = 0;
        for (WorkerMonthFigures f : figures.values()) {
            work += f.workMinutes();
            target += f.targetMinutes();
            overtime += f.overtimeMinutes();
        }
        return WorkerRow.of(worker, work, target, overtime);
    }
}
