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
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.WorkerDay;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Builds a worker's monthly hours report. Days are the solver's own {@link WorkerDay}s, and overtime is split over the
 * days of each week exactly as the solver books it (the daily baseline, then the weekly one counted on capped daily
 * hours), so the month's totals are the plan summary's.
 */
@Component
class HoursReportBuilder {

    private final AvailabilityRepository availability;

    HoursReportBuilder(AvailabilityRepository availability) {
        this.availability = availability;
    }

    /** A worked day with its share of the week's overtime and holiday work. */
    private record Booked(WorkerDay day, int overtime, int holiday) {
    }

    HoursReport build(RecordRoster source, YearMonth month, Worker worker) {
        CooperativeSettings settings = source.roster().getSettings();
        PlanCalendar calendar = source.roster().getCalendar();
        Map<LocalDate, Booked> booked = book(source, worker.getCode(), settings);

        Map<LocalDate, Availability> leave = new HashMap<>();
        List<Availability> leaves = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(
                worker.getCooperativeId(), worker).stream()
                .filter(a -> a.getKind() == AvailabilityKind.PAID_LEAVE).toList();
        leaves.forEach(a -> leave.putIfAbsent(a.getDate(), a));

        List<HoursReport.Day> days = new ArrayList<>();
        long work = 0;
        long overtime = 0;
        long night = 0;
        long holiday = 0;
        for (LocalDate date = month.atDay(1); !date.isAfter(month.atEndOfMonth()); date = date.plusDays(1)) {
            Booked b = booked.get(date);
            boolean onLeave = leave.containsKey(date);
            if (b == null) {
                days.add(new HoursReport.Day(date, null, null, null, 0, 0, 0, 0, 0, onLeave));
                continue;
            }
            WorkerDay day = b.day();
            String places = day.slots().stream().map(slot -> slot.getSite().getName()).distinct()
                    .collect(Collectors.joining("・"));
            LocalTime start = day.slots().get(0).getCover().getStartTime();
            LocalTime end = day.slots().stream().max(Comparator.comparingLong(Slot::getEndMinute)).orElseThrow()
                    .getCover().getEndTime();
            days.add(new HoursReport.Day(date, places, start, end, day.breakMinutes(), day.totalMinutes(), b.overtime(),
                    day.nightMinutes(), b.holiday(), onLeave));
            work += day.totalMinutes();
            overtime += b.overtime();
            night += day.nightMinutes();
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
                holiday, limits, paidLeave(worker, month, leaves));
    }

    /** Every worked day of the worker in the whole roster (weeks cross month ends), with its overtime and holiday work. */
    private static Map<LocalDate, Booked> book(RecordRoster source, String workerCode, CooperativeSettings settings) {
        Map<Integer, List<Slot>> slotsByDay = new TreeMap<>();
        jp.tsumugi.solver.domain.Worker worker = null;
        for (Slot slot : source.assigned()) {
            if (slot.getWorker().getId().equals(workerCode)) {
                worker = slot.getWorker();
                slotsByDay.computeIfAbsent(slot.getDayIndex(), d -> new ArrayList<>()).add(slot);
            }
        }
        Map<Integer, List<WorkerDay>> weeks = new TreeMap<>();
        for (List<Slot> daySlots : slotsByDay.values()) {
            WorkerDay day = WorkerDay.of(worker, daySlots);
            weeks.computeIfAbsent(day.weekIndex(), w -> new ArrayList<>()).add(day);
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
                result.put(day.date(), new Booked(day, overtime, holiday));
            }
        }
        return result;
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
