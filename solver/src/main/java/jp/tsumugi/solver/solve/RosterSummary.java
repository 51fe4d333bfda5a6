package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.MonthShare;
import jp.tsumugi.solver.score.WorkerDay;
import jp.tsumugi.solver.score.WorkerWeek;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a roster amounts to: the score, unfilled required minutes per member and month, and per worker per month the
 * minutes worked, night minutes, overtime and statutory-holiday minutes (tagged for pay, 労基法 §37; not penalties).
 * Computed with the same WorkerDay/WorkerWeek arithmetic as the constraints.
 */
public record RosterSummary(HardMediumSoftLongScore score, long requiredMinutes, long unfilledRequiredMinutes,
        Map<Member, Map<YearMonth, Long>> unfilledMinutesByMemberMonth,
        Map<Worker, Map<YearMonth, WorkerMonthFigures>> workerMonths, long assignedMinutes, long feeRevenueYen) {

    /** One worker's figures for one month. */
    public record WorkerMonthFigures(long workMinutes, long nightMinutes, long overtimeMinutes, long holidayMinutes,
            long targetMinutes) {
        WorkerMonthFigures add(long work, long night, long overtime, long holiday) {
            return new WorkerMonthFigures(workMinutes + work, nightMinutes + night, overtimeMinutes + overtime,
                    holidayMinutes + holiday, targetMinutes);
        }
    }

    public long unfilledMinutes(Member member) {
        return unfilledMinutesByMemberMonth.getOrDefault(member, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public static RosterSummary of(Roster roster) {
        Map<Cover, Integer> assignedByCover = new HashMap<>();
        Map<Worker, Map<Integer, List<Slot>>> slotsByWorkerDay = new HashMap<>();
        long assigned = 0;
        for (Slot slot : roster.getSlots()) {
            assignedByCover.merge(slot.getCover(), slot.isAssigned() ? 1 : 0, Integer::sum);
            if (slot.isAssigned()) {
                assigned += slot.getNetMinutes();
                slotsByWorkerDay.computeIfAbsent(slot.getWorker(), w -> new HashMap<>())
                        .computeIfAbsent(slot.getDayIndex(), d -> new ArrayList<>()).add(slot);
            }
        }
        long required = 0;
        long unfilled = 0;
        Map<Member, Map<YearMonth, Long>> unfilledByMember = new LinkedHashMap<>();
        for (Cover cover : roster.getCovers()) {
            required += (long) cover.getRequiredHeadcount() * cover.getNetMinutes();
            int missing = Math.max(0, cover.getRequiredHeadcount() - assignedByCover.getOrDefault(cover, 0));
            if (missing > 0) {
                long minutes = (long) missing * cover.getNetMinutes();
                unfilled += minutes;
                unfilledByMember.computeIfAbsent(cover.getMember(), m -> new java.util.TreeMap<>())
                        .merge(YearMonth.from(cover.getDate()), minutes, Long::sum);
            }
        }
        Map<Worker, Map<YearMonth, WorkerMonthFigures>> months = new LinkedHashMap<>();
        roster.getWorkerMonths().forEach(wm -> months.computeIfAbsent(wm.worker(), w -> new java.util.TreeMap<>())
                .put(wm.month(), new WorkerMonthFigures(0, 0, 0, 0, wm.targetMinutes())));
        slotsByWorkerDay.forEach((worker, byDay) -> {
            Map<YearMonth, WorkerMonthFigures> figures = months.computeIfAbsent(worker, w -> new java.util.TreeMap<>());
            Map<Integer, List<WorkerDay>> weeks = new HashMap<>();
            byDay.values().forEach(daySlots -> {
                WorkerDay day = WorkerDay.of(worker, daySlots);
                YearMonth month = YearMonth.from(day.date());
                figures.merge(month, new WorkerMonthFigures(day.totalMinutes(), day.nightMinutes(), 0, 0, 0),
                        (a, b) -> a.add(b.workMinutes(), b.nightMinutes(), 0, 0));
                weeks.computeIfAbsent(day.weekIndex(), w -> new ArrayList<>()).add(day);
            });
            weeks.forEach((index, days) -> {
                WorkerWeek week = WorkerWeek.of(worker, index, days);
                for (MonthShare share : week.monthShares()) {
                    YearMonth month = roster.getCalendar().monthOf(share.key().monthIndex());
                    figures.merge(month, new WorkerMonthFigures(0, 0, share.overtimeMinutes(), share.holidayMinutes(), 0),
                            (a, b) -> a.add(0, 0, b.overtimeMinutes(), b.holidayMinutes()));
                }
            });
        });
        long fee = assigned * roster.getSettings().getFeePerHourYen() / 60;
        return new RosterSummary(roster.getScore(), required, unfilled, unfilledByMember, months, assigned, fee);
    }

    /** Members sorted by unfilled minutes, most first. */
    public List<Map.Entry<Member, Long>> membersByShortage() {
        List<Map.Entry<Member, Long>> list = new ArrayList<>();
        unfilledMinutesByMemberMonth.keySet().forEach(m -> list.add(Map.entry(m, unfilledMinutes(m))));
        list.sort(Map.Entry.<Member, Long>comparingByValue(Comparator.reverseOrder()));
        return list;
    }
}
