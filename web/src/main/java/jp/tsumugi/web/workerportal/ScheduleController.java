package jp.tsumugi.web.workerportal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.settings.Settings;
import jp.tsumugi.web.settings.SettingsRepository;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker's own published schedule: the coming days as a list, and a month calendar. */
@Controller
class ScheduleController {

    /** Today and this many days after it. */
    static final int DAYS_AHEAD = 7;

    private final MyWorker myWorker;
    private final PublishedSchedule schedule;
    private final AvailabilityRepository availability;
    private final SettingsRepository settings;

    ScheduleController(MyWorker myWorker, PublishedSchedule schedule, AvailabilityRepository availability,
            SettingsRepository settings) {
        this.myWorker = myWorker;
        this.schedule = schedule;
        this.availability = availability;
        this.settings = settings;
    }

    /** The first day of the calendar week: the cooperative's setting, else the planner's default. */
    DayOfWeek weekStart(long cooperativeId) {
        return settings.findFirstByCooperativeId(cooperativeId).map(Settings::getWeekStart)
                .orElseGet(() -> new CooperativeSettings().getWeekStart());
    }

    /** One day of the list or a calendar cell; {@code leave}: an approved leave or day off kind, or null. */
    record Day(LocalDate date, boolean today, boolean inMonth, List<PublishedSchedule.Shift> shifts, String leave) {

        public boolean weekend() {
            return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /** Hours worked (published) in a month against the worker's monthly target. */
    record MonthHours(YearMonth month, BigDecimal hours, BigDecimal target, int percent) {

        static MonthHours of(YearMonth month, int minutes, int targetMinutes) {
            return new MonthHours(month, hours(minutes), hours(targetMinutes),
                    targetMinutes <= 0 ? 0 : Math.min(100, Math.round(100f * minutes / targetMinutes)));
        }

        static BigDecimal hours(int minutes) {
            BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
            return h.stripTrailingZeros().scale() <= 0 ? h.setScale(0, RoundingMode.UNNECESSARY) : h;
        }
    }

    @GetMapping("/worker")
    String days(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Model model) {
        Worker worker = myWorker.of(user);
        LocalDate today = Today.date();
        LocalDate start = from == null ? today : from;
        LocalDate end = start.plusDays(DAYS_AHEAD);
        YearMonth month = YearMonth.from(start);
        LocalDate windowFrom = start.isBefore(month.atDay(1)) ? start : month.atDay(1);
        LocalDate windowTo = end.isAfter(month.atEndOfMonth()) ? end : month.atEndOfMonth();
        PublishedSchedule.Schedule published = schedule.forWorker(worker.getCooperativeId(), worker, windowFrom,
                windowTo);
        Map<LocalDate, List<PublishedSchedule.Shift>> byDate = published.byDate();
        Map<LocalDate, String> leave = leave(worker, start, end);
        List<Day> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            days.add(new Day(d, d.equals(today), true, byDate.getOrDefault(d, List.of()), leave.get(d)));
        }
        int monthMinutes = published.shifts().stream().filter(s -> YearMonth.from(s.date()).equals(month))
                .mapToInt(PublishedSchedule.Shift::netMinutes).sum();
        model.addAttribute("worker", worker);
        model.addAttribute("published", published.published());
        model.addAttribute("days", days);
        model.addAttribute("anyShift", days.stream().anyMatch(d -> !d.shifts().isEmpty()));
        model.addAttribute("hours", MonthHours.of(month, monthMinutes, worker.getMonthlyTargetMinutes()));
        model.addAttribute("previous", start.minusDays(DAYS_AHEAD + 1));
        model.addAttribute("next", end.plusDays(1));
        model.addAttribute("isToday", start.equals(today));
        return "workerportal/days";
    }

    @GetMapping("/worker/calendar")
    String calendar(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        Worker worker = myWorker.of(user);
        LocalDate today = Today.date();
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        DayOfWeek weekStart = weekStart(worker.getCooperativeId());
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(weekStart));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(weekStart.minus(1)));
        PublishedSchedule.Schedule published = schedule.forWorker(worker.getCooperativeId(), worker, first, last);
        Map<LocalDate, List<PublishedSchedule.Shift>> byDate = published.byDate();
        Map<LocalDate, String> leave = leave(worker, first, last);
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate firstOfWeek = first; !firstOfWeek.isAfter(last); firstOfWeek = firstOfWeek.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = firstOfWeek.plusDays(i);
                boolean inMonth = YearMonth.from(d).equals(shown);
                week.add(new Day(d, d.equals(today), inMonth,
                        inMonth ? byDate.getOrDefault(d, List.of()) : List.of(), inMonth ? leave.get(d) : null));
            }
            weeks.add(week);
        }
        int minutes = published.shifts().stream().filter(s -> YearMonth.from(s.date()).equals(shown))
                .mapToInt(PublishedSchedule.Shift::netMinutes).sum();
        long workDays = published.shifts().stream().filter(s -> YearMonth.from(s.date()).equals(shown))
                .map(PublishedSchedule.Shift::date).distinct().count();
        model.addAttribute("worker", worker);
        model.addAttribute("published", published.published());
        model.addAttribute("month", shown);
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekdays", java.util.stream.IntStream.range(0, 7).mapToObj(weekStart::plus).toList());
        model.addAttribute("workDays", workDays);
        model.addAttribute("hours", MonthHours.of(shown, minutes, worker.getMonthlyTargetMinutes()));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        return "workerportal/calendar";
    }

    /** The worker's whole-day leave, days off and unavailable days in the range, by date (paid leave first). */
    private Map<LocalDate, String> leave(Worker worker, LocalDate from, LocalDate to) {
        Map<LocalDate, String> leave = new HashMap<>();
        for (Availability a : availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(worker.getCooperativeId(),
                worker)) {
            if (a.isWholeDay() && !a.getDate().isBefore(from) && !a.getDate().isAfter(to)) {
                leave.merge(a.getDate(), a.getKind().name(),
                        (x, y) -> x.equals(AvailabilityKind.PAID_LEAVE.name()) ? x : y);
            }
        }
        return leave;
    }
}
