package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.WorkerDay;
import jp.tsumugi.web.memberportal.ActualWork;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Builds a worker's monthly hours report. Days are the solver's own {@link WorkerDay}s, and overtime is split over the
 * days of each week exactly as the solver books it (the daily baseline, then the weekly one counted on capped daily
 * hours), so without actuals the month's totals are the plan summary's. Where a member recorded the worker's actual
 * times for a day (派遣先管理台帳), that member's part of the day is counted on the actual times instead.
 */
@Component
class HoursReportBuilder {

    private final AvailabilityRepository availability;
    private final RecordActuals actuals;

    HoursReportBuilder(AvailabilityRepository availability, RecordActuals actuals) {
        this.availability = availability;
        this.actuals = actuals;
    }

    /**
     * A day of the worker: the scheduled day (null when nothing was scheduled), the day as counted (actual where
     * recorded) with its share of the week's overtime and holiday work, and the recorded minutes (null: none).
     */
    private record Booked(WorkerDay scheduled, WorkerDay counted, int overtime, int holiday, Integer actualMinutes,
            boolean fromActual) {
    }

    HoursReport build(RecordRoster source, YearMonth month, Worker worker) {
        CooperativeSettings settings = source.roster().getSettings();
        PlanCalendar calendar = source.roster().getCalendar();
        Map<String, ActualWork> recorded = actuals.workerDays(worker.getCooperativeId(), worker.getCode(),
                calendar.getFrom(), calendar.getTo());
        Map<LocalDate, Booked> booked = book(source, worker, settings, recorded);

        Map<LocalDate, Availability> leave = new HashMap<>();
        List<Availability> leaves = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(
                worker.getCooperativeId(), worker).stream()
                .filter(a -> a.getKind() == AvailabilityKind.PAID_LEAVE).toList();
        leaves.forEach(a -> leave.putIfAbsent(a.getDate(), a));

        List<HoursReport.Day> days = new ArrayList<>();
        long work = 0;
        long actual = 0;
        long counted = 0;
        long overtime = 0;
        long night = 0;
        long holiday = 0;
        boolean anyActual = false;
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            Booked b = booked.get(date);
            boolean onLeave = leave.containsKey(date);
            if (b == null) {
                days.add(new HoursReport.Day(date, null, null, null, 0, 0, 0, 0, 0, onLeave, null, false));
                continue;
            }
            WorkerDay day = b.scheduled();
            String places = null;
            LocalTime start = null;
            LocalTime end = null;
            int breakMinutes = 0;
            int scheduledMinutes = 0;
            if (day != null) {
                places = day.slots().stream().map(slot -> slot.getSite().getName()).distinct()
                        .collect(Collectors.joining("・"));
                start = day.slots().get(0).getCover().getStartTime();
                end = day.slots().stream().max(Comparator.comparingLong(Slot::getEndMinute)).orElseThrow()
                        .getCover().getEndTime();
                breakMinutes = day.breakMinutes();
                scheduledMinutes = day.totalMinutes();
            } else {
                places = b.counted().slots().stream().map(slot -> slot.getSite().getName()).distinct()
                        .collect(Collectors.joining("・"));
            }
            days.add(new HoursReport.Day(date, places, start, end, breakMinutes, scheduledMinutes, b.overtime(),
                    b.counted().nightMinutes(), b.holiday(), onLeave, b.actualMinutes(), b.fromActual()));
            work += scheduledMinutes;
            actual += b.actualMinutes() == null ? 0 : b.actualMinutes();
            anyActual |= b.actualMinutes() != null;
            counted += b.counted().totalMinutes();
            overtime += b.overtime();
            night += b.counted().nightMinutes();
            holiday += b.holiday();
        }

        Map<YearMonth, long[]> byMonth = new TreeMap<>(); // overtime, holiday
        booked.forEach((date, b) -> {
            long[] sums = byMonth.computeIfAbsent(YearMonth.from(date), m -> new long[2]);
            sums[0] += b.overtime();
            sums[1] += b.holiday();
        });
        List<HoursReport.Limit> limits = limits(month, calendar, settings, byMonth, overtime, holiday);
        return new HoursReport(source.origin(), month, worker.getCode(), worker.getName(), days, work, overtime, night,
                holiday, limits, paidLeave(worker, month, leaves), actual, counted, anyActual);
    }

    /**
     * Every worked day of the worker in the whole roster (weeks cross month ends), scheduled and as counted, with its
     * overtime and holiday work booked on the counted days.
     */
    private static Map<LocalDate, Booked> book(RecordRoster source, Worker worker, CooperativeSettings settings,
            Map<String, ActualWork> recorded) {
        String workerCode = worker.getCode();
        Map<LocalDate, List<Slot>> planned = new TreeMap<>();
        jp.tsumugi.solver.domain.Worker solverWorker = source.roster().getWorkers().stream()
                .filter(w -> w.getId().equals(workerCode)).findFirst().orElse(null);
        for (Slot slot : source.assigned()) {
            if (slot.getWorker().getId().equals(workerCode)) {
                solverWorker = slot.getWorker();
                planned.computeIfAbsent(slot.getDate(), d -> new ArrayList<>()).add(slot);
            }
        }
        if (solverWorker == null) {
            solverWorker = new jp.tsumugi.solver.domain.Worker(workerCode, worker.getName());
        }
        java.util.SortedSet<LocalDate> dates = new java.util.TreeSet<>(planned.keySet());
        recorded.values().forEach(row -> dates.add(row.getDate()));
        PlanCalendar calendar = source.roster().getCalendar();

        Map<Integer, List<WorkerDay>> weeks = new TreeMap<>();
        Map<WorkerDay, WorkerDay> scheduledOf = new HashMap<>();
        Map<WorkerDay, Integer> actualOf = new HashMap<>();
        for (LocalDate date : dates) {
            if (!calendar.getWindow().contains(date)) {
                continue;
            }
            List<Slot> daySlots = planned.getOrDefault(date, List.of());
            Map<String, List<Slot>> byMember = new java.util.LinkedHashMap<>();
            daySlots.forEach(slot -> byMember.computeIfAbsent(slot.getMember().getId(), m -> new ArrayList<>()).add(slot));
            recorded.forEach((key, row) -> {
                if (row.getDate().equals(date)) {
                    byMember.computeIfAbsent(key.substring(0, key.indexOf('\u0000')), m -> new ArrayList<>());
                }
            });
            List<Slot> countedSlots = new ArrayList<>();
            Integer actualMinutes = null;
            for (Map.Entry<String, List<Slot>> entry : byMember.entrySet()) {
                ActualWork row = recorded.get(RecordActuals.key(entry.getKey(), date));
                Slot actualSlot = row == null ? null : actualSlot(source, entry.getKey(), entry.getValue(), row);
                if (actualSlot == null) {
                    countedSlots.addAll(entry.getValue());
                } else {
                    countedSlots.add(actualSlot);
                    actualMinutes = (actualMinutes == null ? 0 : actualMinutes) + RecordActuals.minutes(row);
                }
            }
            if (countedSlots.isEmpty()) {
                continue;
            }
            WorkerDay counted = WorkerDay.of(solverWorker, countedSlots);
            scheduledOf.put(counted, daySlots.isEmpty() ? null : WorkerDay.of(solverWorker, daySlots));
            actualOf.put(counted, actualMinutes);
            weeks.computeIfAbsent(counted.weekIndex(), w -> new ArrayList<>()).add(counted);
        }
        int dailyBase = settings.getDailyOvertimeBaselineMinutes();
        int weeklyBase = settings.getWeeklyOvertimeBaselineMinutes();
        Map<LocalDate, Booked> result = new HashMap<>();
        for (List<WorkerDay> week : weeks.values()) {
            week.sort(Comparator.comparingInt(WorkerDay::dayIndex));
            int cumulative = 0;
            for (WorkerDay day : week) {
                int overtime = 0;
                int holiday = 0;
                if (day.isLegalRestDay()) {
                    holiday = day.regulatedMinutes();
                } else {
                    overtime = Math.max(0, day.regulatedMinutes() - dailyBase);
                    int before = cumulative;
                    cumulative += Math.min(day.regulatedMinutes(), dailyBase);
                    overtime += Math.max(0, cumulative - Math.max(before, weeklyBase));
                }
                Integer actualMinutes = actualOf.get(day);
                result.put(day.date(), new Booked(scheduledOf.get(day), day, overtime, holiday, actualMinutes,
                        actualMinutes != null));
            }
        }
        return result;
    }

    /**
     * The member's recorded day as one slot at the member's scheduled site (else any site of the member) for the
     * solver's arithmetic; null when the roster knows no site of the member.
     */
    private static Slot actualSlot(RecordRoster source, String memberCode, List<Slot> scheduled, ActualWork row) {
        jp.tsumugi.solver.domain.Site site = scheduled.isEmpty() ? source.roster().getSites().stream()
                .filter(s -> s.getMember().getId().equals(memberCode)).findFirst().orElse(null)
                : scheduled.get(0).getSite();
        jp.tsumugi.solver.domain.JobType jobType = scheduled.isEmpty()
                ? source.roster().getJobTypes().stream().findFirst().orElse(null)
                : scheduled.get(0).getCover().getJobType();
        if (site == null || jobType == null) {
            return null;
        }
        Cover cover = Cover.builder(source.roster().getCalendar()).id("actual:" + memberCode + "@" + row.getDate())
                .site(site).jobType(jobType).date(row.getDate())
                .time(row.getStart(), row.getEnd(), row.getBreakMinutes()).build();
        return new Slot(cover.getId() + "#0", cover);
    }

    private static List<HoursReport.Limit> limits(YearMonth month, PlanCalendar calendar, CooperativeSettings settings,
            Map<YearMonth, long[]> byMonth, long overtime, long holiday) {
        List<HoursReport.Limit> limits = new ArrayList<>();
        limits.add(new HoursReport.Limit("records.hours.limit.monthly", overtime,
                settings.getRegularMonthlyOvertimeCapMinutes(), false));
        int fiscalYear = calendar.fiscalYearOf(month.atDay(1));
        long yearToDate = byMonth.entrySet().stream()
                .filter(e -> calendar.fiscalYearOf(e.getKey().atDay(1)) == fiscalYear && !e.getKey().isAfter(month))
                .mapToLong(e -> e.getValue()[0]).sum();
        limits.add(new HoursReport.Limit("records.hours.limit.annual", yearToDate, settings.getAnnualOvertimeCapMinutes(),
                false));
        limits.add(new HoursReport.Limit("records.hours.limit.withHoliday", overtime + holiday,
                settings.getOvertimeHolidayMonthlyLimitMinutes(), true));
        // the 2- to 6-month averages, over the windows that lie inside the plan (months outside it are unknown)
        YearMonth first = YearMonth.from(calendar.getFrom());
        long worstAverage = -1;
        for (int span = 2; span <= 6; span++) {
            if (month.minusMonths(span - 1).isBefore(first)) {
                break;
            }
            long sum = 0;
            for (int i = 0; i < span; i++) {
                long[] sums = byMonth.getOrDefault(month.minusMonths(i), new long[2]);
                sum += sums[0] + sums[1];
            }
            worstAverage = Math.max(worstAverage, sum / span);
        }
        if (worstAverage >= 0) {
            limits.add(new HoursReport.Limit("records.hours.limit.average", worstAverage,
                    settings.getOvertimeHolidayAverageLimitMinutes(), false));
        }
        return limits;
    }

    static HoursReport.PaidLeave paidLeave(Worker worker, YearMonth month, List<Availability> leaves) {
        LocalDate hired = worker.getHiredOn();
        LocalDate reference = month.atEndOfMonth();
        if (hired == null || hired.plusMonths(6).isAfter(reference)) {
            return new HoursReport.PaidLeave(null, null, worker.getPaidLeaveDaysGranted(), 0);
        }
        LocalDate grant = hired.plusMonths(6);
        while (!grant.plusYears(1).isAfter(reference)) {
            grant = grant.plusYears(1);
        }
        LocalDate from = grant;
        LocalDate to = grant.plusYears(1).minusDays(1);
        // a day counts once: whole when any entry of it is whole, else a half day
        double taken = leaves.stream().filter(a -> !a.getDate().isBefore(from) && !a.getDate().isAfter(to))
                .collect(Collectors.toMap(Availability::getDate, a -> a.isWholeDay() ? 1.0 : 0.5, Math::max))
                .values().stream().mapToDouble(Double::doubleValue).sum();
        return new HoursReport.PaidLeave(from, to, worker.getPaidLeaveDaysGranted(), taken);
    }
}
